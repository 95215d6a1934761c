#pragma once

// A loopback HTTP server for tests: it answers from a table of canned responses and records
// method, path, headers and body of every request it receives, so a test can assert exactly
// what a client sent. Plus two misbehaving servers: one that accepts and never answers, and a
// TLS server whose certificate no client trusts.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QSslServer;
class QTcpSocket;

namespace shuriken::testing {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct RecordedRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    /// Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    /// The body read as application/x-www-form-urlencoded.
    QUrlQuery form() const;
};

struct CannedResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    HeaderList headers;

    static CannedResponse json(const QJsonObject &body, int status = 200);
    /// {"error":{"code":..,"message":..,"details":null},"requestId":..}
    static CannedResponse errorEnvelope(int status, const QString &code, const QString &message,
                                        const QString &requestId);
    static CannedResponse text(const QByteArray &body, int status, const QByteArray &contentType = "text/plain");
    CannedResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

class RecordingHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingHttpServer)

public:
    using Responder = std::function<CannedResponse(const RecordedRequest &request)>;

    explicit RecordingHttpServer(QObject *parent = nullptr);
    ~RecordingHttpServer() override;

    /// Listens on 127.0.0.1 on an ephemeral port.
    bool listen();
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port>
    QUrl baseUrl() const;

    /// The answer to @p method @p path; unknown routes get 404 with the error envelope.
    void setResponse(const QByteArray &method, const QString &path, const CannedResponse &response);
    /// Computes the answer of @p method @p path from the request.
    void setResponder(const QByteArray &method, const QString &path, Responder responder);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    /// A request arrived (before it is answered).
    void requestReceived(const shuriken::testing::RecordedRequest &request);

private:
    static QString routeKey(const QByteArray &method, const QString &path);
    void respond(const QHttpServerRequest &request, QHttpServerResponder &responder);

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QHash<QString, Responder> m_routes;
    QList<RecordedRequest> m_requests;
};

/// Accepts connections, reads whatever arrives and never answers.
class SilentTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilentTcpServer)

public:
    explicit SilentTcpServer(QObject *parent = nullptr);
    bool listenOnLoopback();
    QUrl baseUrl() const;
    int acceptedConnections() const { return m_accepted; }

private:
    int m_accepted = 0;
};

/// A TLS server on 127.0.0.1 with a self-signed certificate (from the test's resources) that
/// no client trusts; it counts the requests that got through (there must be none).
class UntrustedTlsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UntrustedTlsServer)

public:
    explicit UntrustedTlsServer(QObject *parent = nullptr);
    ~UntrustedTlsServer() override;
    /// False when the TLS backend or the certificate is not available.
    bool listen(const QString &certificatePath, const QString &keyPath);
    QUrl baseUrl() const;
    int decryptedRequests() const { return m_decryptedRequests; }

private:
    std::unique_ptr<QSslServer> m_server;
    int m_decryptedRequests = 0;
};

} // namespace shuriken::testing

Q_DECLARE_METATYPE(shuriken::testing::RecordedRequest)
