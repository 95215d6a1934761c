#pragma once

// Redaction of secrets for logs, error texts and the connection debugger. Every layer that
// shows a request, a frame or an error runs secrets through these helpers first, so the rule
// "no secret is ever shown in full" lives in one place.

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace shuriken {

/// "sk_live_abcdef1234" -> "sk_…1234": the prefix up to the first '_' (at most 3 characters) and
/// the last 4 characters. Secrets shorter than 8 characters reveal nothing: "…".
QString redactSecret(QStringView secret);

/// An API key (`sk_{keyId}_{secret}` or a user JWT) in its redacted form.
inline QString redactApiKey(QStringView apiKey)
{
    return redactSecret(apiKey);
}

/// "appkey:<64 hex>" -> "appkey:…abcd". The app key is public (it is in the WebSocket URL), the
/// signature is not. Text without a colon is redacted as a whole secret.
QString redactAuthSignature(QStringView signature);

/// "Bearer sk_live_abcdef1234" -> "Bearer sk_…1234"; any other scheme keeps its name only.
QByteArray redactAuthorizationHeader(const QByteArray &value);

/// Replaces every occurrence of @p secret in @p text by its redacted form (a server echoing the
/// key back must not put it into a log). An empty secret leaves the text unchanged.
QByteArray scrubSecret(const QByteArray &text, const QString &secret);
QString scrubSecret(const QString &text, const QString &secret);

/// Replaces every Pusher channel signature ("<appKey>:<64 hex>") in @p text by its redacted
/// form, leaving the rest of the bytes as they were.
QByteArray scrubAuthSignatures(const QByteArray &text);

} // namespace shuriken
