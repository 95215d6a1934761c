#include "textutil.h"

#include <algorithm>

namespace shuriken {

QString abbreviated(const QString &text, qsizetype above, qsizetype ends)
{
    if (text.size() <= above || ends * 2 >= text.size())
        return text;
    return text.left(ends) + QChar(0x2026) + text.right(ends);
}

QString singleLine(QString text, qsizetype maxChars)
{
    if (text.size() > maxChars) {
        text.truncate(std::max<qsizetype>(maxChars, 0));
        text.append(QChar(0x2026));
    }
    for (QChar &character : text) {
        if (character == u'\n' || character == u'\r' || character == u'\t')
            character = u' ';
    }
    return text;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace shuriken
