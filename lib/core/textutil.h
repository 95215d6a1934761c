#pragma once

// Short-text helpers every front end shows text with, and a comparison for secrets.

#include <QByteArrayView>
#include <QString>

namespace shuriken {

/// "7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU" -> "7xKX…AsU"-style: a text longer than
/// @p above characters becomes its first and last @p ends characters around U+2026; a shorter
/// one is returned unchanged. Addresses and ids are long and alike: their ends tell them apart.
QString abbreviated(const QString &text, qsizetype above = 12, qsizetype ends = 4);

/// @p text on one line of at most @p maxChars characters (plus U+2026 when it was cut): line
/// breaks and tabs become spaces, so a table cell or a log line never grows a second line.
QString singleLine(QString text, qsizetype maxChars);

/// Compares two secrets (API keys, signatures) in time that depends only on their length, so a
/// caller cannot find a secret byte by byte by timing answers. The length is not hidden.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace shuriken
