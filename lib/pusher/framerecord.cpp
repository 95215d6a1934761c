#include "framerecord.h"

#include <QRegularExpression>

#include <chrono>

namespace shuriken::pusher {

QString redactAuth(QStringView auth)
{
    const QChar ellipsis(0x2026);
    const qsizetype colon = auth.lastIndexOf(QLatin1Char(':'));
    const QStringView key = colon >= 0 ? auth.left(colon) : QStringView();
    const QStringView signature = colon >= 0 ? auth.mid(colon + 1) : auth;
    // Showing 4 characters of a short value would give away most of it.
    const QString tail = signature.size() >= 16 ? signature.right(4).toString() : QString();
    if (colon < 0)
        return ellipsis + tail;
    return key.toString() + QLatin1Char(':') + ellipsis + tail;
}

QString redactFrameText(QByteArrayView frame)
{
    QString text = QString::fromUtf8(frame);
    // Cheap test first: almost no frame has an auth field (only pusher:subscribe does).
    if (!text.contains(QLatin1String("auth")))
        return text;
    // "auth":"value", or \"auth\":\"value\" inside a JSON-encoded data string. Auth values are
    // "<key>:<hex>", so they have no quotes or escapes of their own; anything up to the next
    // quote or backslash is redacted, whatever it holds.
    static const QRegularExpression authField(QStringLiteral(R"((\\*"auth\\*"\s*:\s*\\*")([^"\\]*))"));
    QString redacted;
    redacted.reserve(text.size());
    qsizetype copiedUpTo = 0;
    QRegularExpressionMatchIterator matches = authField.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        redacted.append(QStringView(text).mid(copiedUpTo, match.capturedEnd(1) - copiedUpTo));
        redacted.append(redactAuth(match.capturedView(2)));
        copiedUpTo = match.capturedEnd(2);
    }
    redacted.append(QStringView(text).mid(copiedUpTo));
    return redacted;
}

qint64 currentTimeUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace shuriken::pusher
