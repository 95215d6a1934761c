#pragma once

// Redaction of secrets for logs, error texts and the connection debugger. Every layer that
// shows a request, a frame or an error runs secrets through these helpers first, so the rule
// "no secret is ever shown in full" lives in one place and is the same everywhere:
// - nothing of a value shorter than 16 characters is shown (4 characters of a 12-character
//   secret would give a third of it away);
// - of a longer one only its last 4 characters, after a kind prefix such as "sk_" (never more
//   than 3 characters, and only when it ends in '_');
// - an auth signature keeps its app key, which is public (it is in the WebSocket URL);
// - what is redacted already stays as it is: redacting twice shows what redacting once showed,
//   so a value read back from a capture or a HAR we wrote keeps its tail.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace shuriken {

/// "sk_live_abcdef1234" -> "sk_…1234": the prefix up to the first '_' (at most 3 characters) and
/// the last 4 characters. Secrets shorter than 16 characters reveal nothing: "…".
QString redactSecret(QStringView secret);

/// An API key (`sk_{keyId}_{secret}` or a user JWT) in its redacted form.
inline QString redactApiKey(QStringView apiKey)
{
    return redactSecret(apiKey);
}

/// "appkey:<64 hex>" -> "appkey:…abcd": the app key up to the first ':' and the signature's last
/// 4 characters (none when it is shorter than 16). Text without a colon is all signature:
/// "…abcd" or "…".
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

/// Replaces the value of every `"shared_secret"` field (an encrypted channel's key, in the auth
/// endpoint's answer) by its redacted form, also inside a JSON-encoded string.
QByteArray scrubSharedSecrets(const QByteArray &text);

/// Whether a request header carries a credential by its name (Authorization, Cookie, X-CSRF-TOKEN,
/// anything naming a token, key, secret or session): its value is shown redacted.
bool isSecretHeaderName(QByteArrayView name);
/// The value of header @p name as it may be shown: redacted when isSecretHeaderName().
QByteArray redactHeaderValue(QByteArrayView name, const QByteArray &value);

/// A WebSocket frame's UTF-8 text with the value of every `"auth"` field replaced by
/// redactAuthSignature() of it, also inside a JSON-encoded `data` string (`\"auth\":\"…\"`).
/// The rest of the text is kept as it was.
QString redactFrameText(QByteArrayView frame);

} // namespace shuriken
