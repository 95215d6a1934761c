#include "redaction.h"

#include <QRegularExpression>

namespace shuriken {

namespace {

constexpr qsizetype minimumRevealableLength = 8;
constexpr qsizetype revealedTailLength = 4;
constexpr qsizetype maximumPrefixLength = 3;
const QChar ellipsis(0x2026);

} // namespace

QString redactSecret(QStringView secret)
{
    if (secret.size() < minimumRevealableLength)
        return QString(ellipsis);
    // The prefix names the kind of key ("sk_") and is not secret; anything longer could be.
    const qsizetype underscore = secret.indexOf(u'_');
    const QStringView prefix
        = (underscore > 0 && underscore < maximumPrefixLength) ? secret.first(underscore + 1) : QStringView();
    return prefix.toString() + ellipsis + secret.last(revealedTailLength).toString();
}

QString redactAuthSignature(QStringView signature)
{
    const qsizetype colon = signature.indexOf(u':');
    if (colon < 0)
        return redactSecret(signature);
    const QStringView hex = signature.sliced(colon + 1);
    const QString tail = hex.size() < minimumRevealableLength ? QString() : hex.last(revealedTailLength).toString();
    return signature.first(colon + 1).toString() + ellipsis + tail;
}

QByteArray redactAuthorizationHeader(const QByteArray &value)
{
    const qsizetype space = value.indexOf(' ');
    if (space < 0)
        return redactSecret(QString::fromLatin1(value)).toUtf8();
    const QByteArray scheme = value.first(space);
    if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0)
        return scheme + ' ' + QString(ellipsis).toUtf8();
    return scheme + ' ' + redactSecret(QString::fromLatin1(value.sliced(space + 1).trimmed())).toUtf8();
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
    const QString source = QString::fromUtf8(text);
    QString result;
    qsizetype copied = 0;
    auto it = signature.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(source).sliced(copied, match.capturedStart() - copied);
        result += match.captured(1) + ellipsis + match.captured(2);
        copied = match.capturedEnd();
    }
    if (copied == 0)
        return text;
    result += QStringView(source).sliced(copied);
    return result.toUtf8();
}

} // namespace shuriken
