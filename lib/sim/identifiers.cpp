#include "identifiers.h"

#include "randomsource.h"

#include <array>

namespace shuriken::sim {

namespace {

constexpr char kBase58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr char kHexDigits[] = "0123456789abcdef";

template<std::size_t N>
std::array<quint8, N> randomBytes(RandomSource &random)
{
    std::array<quint8, N> bytes {};
    for (std::size_t i = 0; i < N; i += 8) {
        quint64 word = random.next();
        for (std::size_t j = i; j < N && j < i + 8; ++j) {
            bytes[j] = quint8(word & 0xff);
            word >>= 8;
        }
    }
    return bytes;
}

QByteArray randomHex(RandomSource &random, int digits)
{
    QByteArray text;
    text.reserve(2 + digits);
    text.append("0x");
    quint64 word = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0)
            word = random.next();
        text.append(kHexDigits[word & 0xf]);
        word >>= 4;
    }
    return text;
}

} // namespace

QByteArray base58Encode(QByteArrayView bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    // log(256) / log(58) < 1.37: enough digits for the big-endian number.
    QByteArray digits(bytes.size() * 137 / 100 + 1, 0);
    qsizetype length = 0;
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        int carry = quint8(bytes[i]);
        qsizetype j = 0;
        for (; j < length || carry != 0; ++j) {
            carry += 256 * quint8(digits[j]);
            digits[j] = char(carry % 58);
            carry /= 58;
        }
        length = j;
    }
    QByteArray text(zeros + length, '1');
    for (qsizetype i = 0; i < length; ++i)
        text[zeros + i] = kBase58Alphabet[quint8(digits[length - 1 - i])];
    return text;
}

QByteArray randomSvmAddress(RandomSource &random)
{
    const auto bytes = randomBytes<32>(random);
    return base58Encode(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
}

QByteArray randomPumpMint(RandomSource &random)
{
    QByteArray text;
    text.reserve(44);
    text.append(kBase58Alphabet[1 + random.below(57)]);
    for (int i = 1; i < 40; ++i)
        text.append(kBase58Alphabet[random.below(58)]);
    text.append("pump");
    return text;
}

QByteArray randomSvmSignature(RandomSource &random)
{
    auto bytes = randomBytes<64>(random);
    // A leading byte of at least 50 puts the value above 58^87 (about 49.9 * 2^504), so the
    // encoding always has 88 digits, like the signatures on-chain almost always do.
    bytes[0] = quint8(50 + random.below(206));
    return base58Encode(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
}

QByteArray randomEvmAddress(RandomSource &random)
{
    return randomHex(random, 40);
}

QByteArray randomEvmHash(RandomSource &random)
{
    return randomHex(random, 64);
}

QByteArray randomUuid(RandomSource &random)
{
    auto bytes = randomBytes<16>(random);
    bytes[6] = quint8((bytes[6] & 0x0f) | 0x40);
    bytes[8] = quint8((bytes[8] & 0x3f) | 0x80);
    QByteArray text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append('-');
        text.append(kHexDigits[bytes[i] >> 4]);
        text.append(kHexDigits[bytes[i] & 0xf]);
    }
    return text;
}

QByteArray randomDecimalId(RandomSource &random, int digits)
{
    QByteArray text;
    text.reserve(digits);
    text.append(char('1' + random.below(9)));
    for (int i = 1; i < digits; ++i)
        text.append(char('0' + random.below(10)));
    return text;
}

bool isBase58(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        bool found = false;
        for (const char *p = kBase58Alphabet; *p; ++p) {
            if (*p == c) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool isEvmAddress(QByteArrayView text)
{
    if (text.size() != 42 || !text.startsWith("0x"))
        return false;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const char c = text[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

} // namespace shuriken::sim
