#include "redaction.h"

#include <QRegularExpression>

#include <functional>
#include <optional>

namespace shuriken {

namespace {

// The three redaction rules this module replaced differed; the strictest of each won: the
// 16-character threshold of the frame log and the simulator, the '_'-ended prefix of the API
// layer.
constexpr qsizetype minimumRevealableLength = 16;
constexpr qsizetype revealedTailLength = 4;
constexpr qsizetype maximumPrefixLength = 3;
const QChar ellipsis(0x2026);

/// What redactedTail() makes of a secret: an ellipsis and at most its last four characters.
bool isRedactedTail(QStringView text)
{
    return text.startsWith(ellipsis) && text.size() <= 1 + revealedTailLength;
}

QString redactedTail(QStringView secret)
{
    // Redacting twice shows what redacting once showed (a capture's redacted values, read
    // back, keep their tails).
    if (isRedactedTail(secret))
        return secret.toString();
    if (secret.size() < minimumRevealableLength)
        return QString(ellipsis);
    return ellipsis + secret.last(revealedTailLength).toString();
}

/// @p source with every match of @p pattern replaced by @p replace of it; nullopt when nothing
/// matched (the caller keeps its own bytes then, invalid UTF-8 included).
std::optional<QString> replaceMatches(const QString &source, const QRegularExpression &pattern,
                                      const std::function<QString(const QRegularExpressionMatch &)> &replace)
{
    QRegularExpressionMatchIterator it = pattern.globalMatch(source);
    if (!it.hasNext())
        return std::nullopt;
    QString result;
    result.reserve(source.size());
    qsizetype copied = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(source).sliced(copied, match.capturedStart() - copied);
        result += replace(match);
        copied = match.capturedEnd();
    }
    result += QStringView(source).sliced(copied);
    return result;
}

/// A JSON string member named @p name, bare ("name":"value") or inside a JSON-encoded string
/// (\"name\":\"value\"): group 1 is everything up to the value, group 2 the value (up to the
/// next quote or backslash: the values redacted here have neither).
QRegularExpression jsonStringMember(QLatin1String name)
{
    return QRegularExpression(QStringLiteral(R"((\\*"%1\\*"\s*:\s*\\*")([^"\\]*))").arg(name));
}

} // namespace

QString redactSecret(QStringView secret)
{
    // The prefix names the kind of key ("sk_") and is not secret; anything longer could be.
    const qsizetype underscore = secret.indexOf(u'_');
    const QStringView prefix
        = (underscore > 0 && underscore < maximumPrefixLength) ? secret.first(underscore + 1) : QStringView();
    if (isRedactedTail(secret.sliced(prefix.size())))
        return secret.toString(); // redacted already: "sk_…1234" stays as it is
    if (secret.size() < minimumRevealableLength)
        return QString(ellipsis);
    return prefix.toString() + redactedTail(secret);
}

QString redactAuthSignature(QStringView signature)
{
    // The first colon: whatever follows it, colons included, is treated as signature.
    const qsizetype colon = signature.indexOf(u':');
    if (colon < 0)
        return redactedTail(signature);
    return signature.first(colon + 1).toString() + redactedTail(signature.sliced(colon + 1));
}

QByteArray redactAuthorizationHeader(const QByteArray &value)
{
    const qsizetype space = value.indexOf(' ');
    if (space < 0)
        return redactSecret(QString::fromUtf8(value)).toUtf8();
    const QByteArray scheme = value.first(space);
    if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0)
        return scheme + ' ' + QString(ellipsis).toUtf8();
    return scheme + ' ' + redactSecret(QString::fromUtf8(value.sliced(space + 1).trimmed())).toUtf8();
}

QByteArray scrubSecret(const QByteArray &text, const QString &secret)
{
    if (secret.isEmpty())
        return text;
    QByteArray result = text;
    return result.replace(secret.toUtf8(), redactSecret(secret).toUtf8());
}

QString scrubSecret(const QString &text, const QString &secret)
{
    if (secret.isEmpty())
        return text;
    QString result = text;
    return result.replace(secret, redactSecret(secret));
}

QByteArray scrubAuthSignatures(const QByteArray &text)
{
    static const QRegularExpression signature(
        QStringLiteral("([A-Za-z0-9_.-]+:)[0-9a-fA-F]{60}([0-9a-fA-F]{4})(?![0-9a-fA-F])"));
    const auto scrubbed
        = replaceMatches(QString::fromUtf8(text), signature, [](const QRegularExpressionMatch &m) -> QString {
              return m.captured(1) + ellipsis + m.captured(2);
          });
    return scrubbed ? scrubbed->toUtf8() : text;
}

QByteArray scrubSharedSecrets(const QByteArray &text)
{
    if (!text.contains("shared_secret"))
        return text;
    static const QRegularExpression field = jsonStringMember(QLatin1String("shared_secret"));
    const auto scrubbed
        = replaceMatches(QString::fromUtf8(text), field, [](const QRegularExpressionMatch &m) -> QString {
              return m.captured(1) + redactSecret(m.capturedView(2));
          });
    return scrubbed ? scrubbed->toUtf8() : text;
}

bool isSecretHeaderName(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" || lower == "set-cookie")
        return true;
    for (const char *word : {"token", "key", "secret", "session", "csrf", "xsrf", "auth", "password"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

QByteArray redactHeaderValue(QByteArrayView name, const QByteArray &value)
{
    if (!isSecretHeaderName(name))
        return value;
    if (name.compare(QByteArrayView("authorization"), Qt::CaseInsensitive) == 0)
        return redactAuthorizationHeader(value);
    return redactSecret(QString::fromUtf8(value)).toUtf8();
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
    static const QRegularExpression authField = jsonStringMember(QLatin1String("auth"));
    return replaceMatches(text, authField,
                          [](const QRegularExpressionMatch &m) -> QString {
                              return m.captured(1) + redactAuthSignature(m.capturedView(2));
                          })
        .value_or(text);
}

} // namespace shuriken
