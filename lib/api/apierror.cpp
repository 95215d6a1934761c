#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace shuriken {

namespace {

int monthFromName(QStringView name)
{
    static const QStringList months {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec"),
    };
    for (qsizetype i = 0; i < months.size(); ++i) {
        if (name.compare(months.at(i), Qt::CaseInsensitive) == 0)
            return int(i) + 1;
    }
    return 0;
}

// HTTP dates (RFC 9110 section 5.6.7) are always GMT. Qt::RFC2822Date rejects the "GMT" zone
// name, so the three allowed forms are matched here.
QDateTime parseHttpDate(const QString &text)
{
    static const QRegularExpression imfFixdate(
        QStringLiteral(R"(^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression rfc850(
        QStringLiteral(R"(^[A-Za-z]+, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression asctime(
        QStringLiteral(R"(^[A-Za-z]{3} ([A-Za-z]{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));

    int day = 0;
    int month = 0;
    int year = 0;
    QTime time;
    auto readTime = [](const QRegularExpressionMatch &m, int first) {
        return QTime(m.captured(first).toInt(), m.captured(first + 1).toInt(), m.captured(first + 2).toInt());
    };
    if (const auto m = imfFixdate.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthFromName(m.capturedView(2));
        year = m.captured(3).toInt();
        time = readTime(m, 4);
    } else if (const auto m850 = rfc850.match(text); m850.hasMatch()) {
        day = m850.captured(1).toInt();
        month = monthFromName(m850.capturedView(2));
        // Two-digit years: RFC 9110 says a year more than 50 years ahead is in the past century;
        // for a retry delay every plausible value is this century.
        year = 2000 + m850.captured(3).toInt();
        time = readTime(m850, 4);
    } else if (const auto mAsc = asctime.match(text); mAsc.hasMatch()) {
        month = monthFromName(mAsc.capturedView(1));
        day = mAsc.captured(2).toInt();
        time = readTime(mAsc, 3);
        year = mAsc.captured(6).toInt();
    } else {
        return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

ApiError::ApiError(Kind kind, QString message, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_message(std::move(message))
{ }

ApiError::Kind ApiError::kindForHttpStatus(int httpStatus)
{
    switch (httpStatus) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 408: // Request Timeout: the server gave up waiting, the next attempt may well work
        return Kind::Timeout;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 400 && httpStatus < 500)
        return Kind::BadRequest;
    if (httpStatus >= 500 && httpStatus < 600)
        return Kind::Server;
    // 1xx, 2xx and 3xx are not errors by themselves; a caller that still treats one as a failure
    // got an answer it cannot use.
    return Kind::Decode;
}

std::optional<std::chrono::milliseconds> ApiError::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        constexpr qlonglong maximumSeconds = std::numeric_limits<std::chrono::milliseconds::rep>::max() / 1000;
        if (seconds < 0 || seconds > maximumSeconds || trimmed.startsWith('+'))
            return std::nullopt;
        return std::chrono::seconds(seconds);
    }
    const QDateTime at = parseHttpDate(QString::fromLatin1(trimmed));
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader,
                                    const QDateTime &now)
{
    ApiError error(kindForHttpStatus(httpStatus), {}, httpStatus);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue envelope = object.value(QStringLiteral("error"));
        if (envelope.isObject()) {
            const QJsonObject inner = envelope.toObject();
            error.m_code = inner.value(QStringLiteral("code")).toString();
            error.m_message = inner.value(QStringLiteral("message")).toString();
            error.m_details = inner.value(QStringLiteral("details"));
        } else if (envelope.isString()) {
            // Some gateways answer {"error":"text"}; keep the text rather than lose it.
            error.m_message = envelope.toString();
        }
        error.m_requestId = object.value(QStringLiteral("requestId")).toString();
    } else if (!body.trimmed().isEmpty()) {
        // A proxy's HTML page or a plain-text answer: keep a short, single-line excerpt so the
        // user sees what answered instead of the API.
        constexpr qsizetype excerptLength = 200;
        QString excerpt = QString::fromUtf8(body.left(excerptLength)).simplified();
        if (body.size() > excerptLength)
            excerpt += QChar(0x2026);
        error.m_message = excerpt;
    }
    if (httpStatus == 429)
        error.m_retryAfter = parseRetryAfter(retryAfterHeader, now);
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("notFound");
    case Kind::BadRequest:
        return QStringLiteral("badRequest");
    case Kind::RateLimited:
        return QStringLiteral("rateLimited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("unknown");
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    case Kind::Tls: // a certificate problem does not fix itself between two attempts
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::BadRequest:
    case Kind::Decode:
    case Kind::Refused:
        return false;
    }
    return false;
}

QString ApiError::summary() const
{
    if (!m_summary.isEmpty())
        return m_summary;
    switch (m_kind) {
    case Kind::Network:
        return tr("The server could not be reached");
    case Kind::Tls:
        return tr("The secure connection to the server failed");
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::Unauthorized:
        return tr("The API key was rejected");
    case Kind::Forbidden:
        return tr("The API key is not allowed to do this");
    case Kind::NotFound:
        return tr("The server does not know this endpoint");
    case Kind::BadRequest:
        return tr("The server rejected the request");
    case Kind::RateLimited:
        if (m_retryAfter) {
            const auto seconds = std::chrono::ceil<std::chrono::seconds>(*m_retryAfter).count();
            return tr("Too many requests; the server asks to wait %n second(s)", nullptr,
                      int(qMin<qint64>(seconds, 1 << 30)));
        }
        return tr("Too many requests");
    case Kind::Server:
        return tr("The server failed to handle the request");
    case Kind::Decode:
        return tr("The server's answer could not be understood");
    case Kind::Refused:
        return tr("The request was blocked by this application");
    }
    return tr("Unknown error");
}

QString ApiError::displayText() const
{
    // "(401 UNAUTHORIZED: message, request req_abc)": each part only when known.
    QString head;
    if (m_httpStatus > 0)
        head = QString::number(m_httpStatus);
    if (!m_code.isEmpty())
        head += (head.isEmpty() ? QString() : QStringLiteral(" ")) + m_code;
    QString detail = head;
    if (!m_message.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral(": ")) + m_message;
    if (!m_requestId.isEmpty()) {
        const QString request = tr("request %1", "the server's request id, for support").arg(m_requestId);
        detail += (detail.isEmpty() ? QString() : QStringLiteral(", ")) + request;
    }
    if (detail.isEmpty())
        return summary();
    return tr("%1 (%2)", "summary (details)").arg(summary(), detail);
}

} // namespace shuriken
