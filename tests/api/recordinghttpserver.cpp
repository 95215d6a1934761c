#include "recordinghttpserver.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace shuriken::testing {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QUrlQuery RecordedRequest::form() const
{
    // Form encoding writes spaces as '+'; QUrlQuery only knows %20.
    QByteArray text = body;
    text.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromLatin1(text));
}

CannedResponse CannedResponse::json(const QJsonObject &body, int status)
{
    CannedResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

CannedResponse CannedResponse::errorEnvelope(int status, const QString &code, const QString &message,
                                             const QString &requestId)
{
    const QJsonObject error {{QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("details"), QJsonValue::Null}};
    return json(QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("requestId"), requestId}}, status);
}

CannedResponse CannedResponse::text(const QByteArray &body, int status, const QByteArray &contentType)
{
    CannedResponse response;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    return response;
}

CannedResponse &CannedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

RecordingHttpServer::RecordingHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    // Every request goes through the missing handler: the table here is the only router, so a
    // request to a path nobody configured is recorded too. QtHttpServer was a technical preview
    // up to 6.7; 6.8 changed the handler, header and listen APIs, hence the two branches.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_server->setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        respond(request, responder);
    });
#else
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) { respond(request, responder); });
#endif
}

RecordingHttpServer::~RecordingHttpServer() = default;

void RecordingHttpServer::respond(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        recorded.headers.append({QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray()});
    }
#else
    recorded.headers = request.headers();
#endif
    recorded.body = request.body();
    m_requests.append(recorded);
    Q_EMIT requestReceived(recorded);

    const Responder route = m_routes.value(routeKey(recorded.method, recorded.path));
    const CannedResponse response = route
        ? route(recorded)
        : CannedResponse::errorEnvelope(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such route"),
                                        QStringLiteral("req_test_404"));
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders answerHeaders;
    answerHeaders.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &[name, value] : response.headers)
        answerHeaders.append(name, value);
    responder.write(response.body, answerHeaders, status);
#else
    responder.writeStatusLine(status);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
}

bool RecordingHttpServer::listen()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(QHostAddress(QHostAddress::LocalHost), 0) || !m_server->bind(tcpServer))
        return false;
    m_port = tcpServer->serverPort();
#else
    m_port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
#endif
    return m_port != 0;
}

QUrl RecordingHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void RecordingHttpServer::setResponse(const QByteArray &method, const QString &path, const CannedResponse &response)
{
    setResponder(method, path, [response](const RecordedRequest &) { return response; });
}

void RecordingHttpServer::setResponder(const QByteArray &method, const QString &path, Responder responder)
{
    m_routes.insert(routeKey(method, path), std::move(responder));
}

QString RecordingHttpServer::routeKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + u' ' + path;
}

SilentTcpServer::SilentTcpServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            ++m_accepted;
            // Drain and ignore; the socket stays open until the server goes away.
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        }
    });
}

bool SilentTcpServer::listenOnLoopback()
{
    return listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QUrl SilentTcpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

UntrustedTlsServer::UntrustedTlsServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QSslServer>())
{
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                socket->readAll();
                ++m_decryptedRequests;
            });
        }
    });
}

UntrustedTlsServer::~UntrustedTlsServer() = default;

bool UntrustedTlsServer::listen(const QString &certificatePath, const QString &keyPath)
{
    if (!QSslSocket::supportsSsl())
        return false;
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(configuration);
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QUrl UntrustedTlsServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->serverPort()));
}

} // namespace shuriken::testing
