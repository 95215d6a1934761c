#pragma once

// End-to-end encrypted channels (`private-encrypted-…`), as Pusher Channels defines them: the
// server-side library encrypts each event's data with NaCl secretbox (XSalsa20-Poly1305) under a
// per-channel shared secret, and the client gets that secret from the channel authorization
// answer (`shared_secret`, base64). The event's data is then `{"nonce": b64, "ciphertext": b64}`.
// Implemented with libsodium; pure functions.

#include <QByteArray>
#include <QString>

#include <optional>

namespace shuriken::pusher {

/// Bytes of a secretbox key (crypto_secretbox_KEYBYTES).
inline constexpr qsizetype kSecretBoxKeyBytes = 32;
/// Bytes of a secretbox nonce (crypto_secretbox_NONCEBYTES).
inline constexpr qsizetype kSecretBoxNonceBytes = 24;

/// The shared secret of @p channel under @p encryptionMasterKey (32 raw bytes), as every Pusher
/// server library derives it: SHA-256 of the channel name followed by the master key.
QByteArray encryptedChannelSecret(const QString &channel, const QByteArray &encryptionMasterKey);

/// The payload text of an encrypted event: `{"nonce":"…","ciphertext":"…"}` with @p plaintext
/// sealed under @p key (kSecretBoxKeyBytes). @p nonce must be kSecretBoxNonceBytes; empty picks
/// a random one. Empty on a wrong key or nonce size.
QByteArray encryptPayload(const QByteArray &plaintext, const QByteArray &key, const QByteArray &nonce = {});

/// Opens an encrypted event's payload text with @p key. nullopt, and why in @p error, when the
/// payload is not the `{nonce, ciphertext}` object, a field is not base64 of the right size, or
/// the box does not open (wrong key: the secret changed, or another channel's).
std::optional<QByteArray> decryptPayload(const QByteArray &payload, const QByteArray &key, QString *error);

/// A base64 text of exactly kSecretBoxKeyBytes bytes (a `shared_secret`, a master key), or
/// empty; @p error says what is wrong.
QByteArray decodeSecretKey(const QString &base64, QString *error);

} // namespace shuriken::pusher
