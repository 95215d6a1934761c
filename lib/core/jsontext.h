#pragma once

// JSON string literals written straight into UTF-8 bytes, for the wire encoders, the simulator's
// firehose and the CLI's JSON lines: one escaper, so every writer produces the same valid JSON.

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace shuriken {

/// Appends @p utf8 to @p out as a JSON string literal (quotes and escapes included). Bytes of
/// well-formed UTF-8 sequences are copied as they are; every byte of an ill-formed sequence
/// becomes U+FFFD, so the output is always valid JSON whatever the input holds.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

/// The same for UTF-16 text, converted to UTF-8 on the way (no intermediate QByteArray: names
/// are short and almost always ASCII). Lone surrogates become U+FFFD.
void appendJsonString(QByteArray &out, QStringView text);

/// Length of the well-formed UTF-8 sequence at @p data (RFC 3629: no overlongs, no surrogates,
/// nothing above U+10FFFF), or 0 when it is malformed or cut off. @p data[0] must be >= 0x80.
/// Inline because the decoder's envelope scanner calls it for every non-ASCII byte.
inline qsizetype validUtf8SequenceLength(const unsigned char *data, qsizetype available)
{
    const unsigned char lead = data[0];
    qsizetype length = 0;
    unsigned char min = 0x80;
    unsigned char max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            min = 0xA0;
        else if (lead == 0xED)
            max = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            min = 0x90;
        else if (lead == 0xF4)
            max = 0x8F;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    if (data[1] < min || data[1] > max)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (data[i] < 0x80 || data[i] > 0xBF)
            return 0;
    }
    return length;
}

} // namespace shuriken
