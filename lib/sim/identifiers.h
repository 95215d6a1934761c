#pragma once

// Chain identifiers with the shapes real ones have, so a client's validators, link builders and
// column widths meet what production sends.

#include <QByteArray>
#include <QByteArrayView>

namespace shuriken::sim {

class RandomSource;

/// Bitcoin-alphabet base58 of @p bytes (leading zero bytes become '1').
QByteArray base58Encode(QByteArrayView bytes);

/// A Solana public key: base58 of 32 random bytes (43 or 44 characters, rarely fewer).
QByteArray randomSvmAddress(RandomSource &random);
/// A pump.fun-style vanity mint: a 44-character address ending in "pump".
QByteArray randomPumpMint(RandomSource &random);
/// A Solana transaction signature: base58 of 64 bytes, always 88 characters.
QByteArray randomSvmSignature(RandomSource &random);
/// "0x" + 40 lowercase hex digits.
QByteArray randomEvmAddress(RandomSource &random);
/// "0x" + 64 lowercase hex digits (transaction and block hashes).
QByteArray randomEvmHash(RandomSource &random);
/// A version-4 UUID in its canonical text form.
QByteArray randomUuid(RandomSource &random);
/// @p digits decimal digits, the first non-zero (Discord/Telegram/X ids).
QByteArray randomDecimalId(RandomSource &random, int digits);

/// Checks used by the generators' own tests and by the session endpoint's filter validation.
bool isBase58(QByteArrayView text);
bool isEvmAddress(QByteArrayView text);

} // namespace shuriken::sim
