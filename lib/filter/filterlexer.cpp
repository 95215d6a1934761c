#include "filterlexer_p.h"

#include <QCoreApplication>

namespace shuriken::filter {

namespace {

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    std::vector<Token> run()
    {
        std::vector<Token> tokens;
        while (true) {
            skipSpace();
            Token token = next();
            const bool last = token.kind == TokenKind::End || token.kind == TokenKind::Error;
            tokens.push_back(std::move(token));
            if (last)
                return tokens;
        }
    }

private:
    QChar at(qsizetype index) const { return index < m_text.size() ? m_text.at(index) : QChar(); }

    void skipSpace()
    {
        while (m_at < m_text.size() && m_text.at(m_at).isSpace())
            ++m_at;
    }

    Token make(TokenKind kind, qsizetype length)
    {
        Token token;
        token.kind = kind;
        token.start = m_at;
        token.end = m_at + length;
        m_at += length;
        return token;
    }

    Token error(const QString &message, qsizetype position)
    {
        Token token;
        token.kind = TokenKind::Error;
        token.start = token.end = token.errorPosition = position;
        token.text = message;
        return token;
    }

    Token next()
    {
        if (m_at >= m_text.size())
            return make(TokenKind::End, 0);
        const QChar c = m_text.at(m_at);
        const QChar following = at(m_at + 1);
        switch (c.unicode()) {
        case u'=':
            if (following == u'=')
                return make(TokenKind::Eq, 2);
            break;
        case u'!':
            return following == u'=' ? make(TokenKind::Ne, 2) : make(TokenKind::Bang, 1);
        case u'<':
            return following == u'=' ? make(TokenKind::Le, 2) : make(TokenKind::Lt, 1);
        case u'>':
            return following == u'=' ? make(TokenKind::Ge, 2) : make(TokenKind::Gt, 1);
        case u'&':
            if (following == u'&')
                return make(TokenKind::AndAnd, 2);
            break;
        case u'|':
            if (following == u'|')
                return make(TokenKind::OrOr, 2);
            break;
        case u'(':
            return make(TokenKind::LeftParen, 1);
        case u')':
            return make(TokenKind::RightParen, 1);
        case u'{':
            return make(TokenKind::LeftBrace, 1);
        case u'}':
            return make(TokenKind::RightBrace, 1);
        case u'[':
            return make(TokenKind::LeftBracket, 1);
        case u']':
            return make(TokenKind::RightBracket, 1);
        case u'.':
            return make(TokenKind::Dot, 1);
        case u',':
            return make(TokenKind::Comma, 1);
        case u'"':
        case u'\'':
            return string(c);
        case u'-':
            if (isDigit(following))
                return number();
            break;
        default:
            if (isDigit(c))
                return number();
            if (isIdentifierStart(c)) {
                qsizetype end = m_at + 1;
                while (end < m_text.size() && isIdentifierPart(m_text.at(end)))
                    ++end;
                Token token = make(TokenKind::Identifier, end - m_at);
                token.text = m_text.mid(token.start, token.end - token.start);
                return token;
            }
            break;
        }
        // One character, a surrogate pair whole.
        const qsizetype length = c.isHighSurrogate() && at(m_at + 1).isLowSurrogate() ? 2 : 1;
        return error(
            atColumn(
                QCoreApplication::translate("DisplayFilter", "unexpected character '%1'").arg(m_text.mid(m_at, length)),
                m_text, m_at),
            m_at);
    }

    // -?digits(.digits)?([eE][+-]?digits)?, and nothing glued to it: "1.2.3" and "12ab" are one
    // bad number, not a number followed by something else.
    Token number()
    {
        const qsizetype start = m_at;
        qsizetype end = start + (m_text.at(start) == u'-' ? 1 : 0);
        auto digits = [&] {
            const qsizetype from = end;
            while (end < m_text.size() && isDigit(m_text.at(end)))
                ++end;
            return end > from;
        };
        bool ok = digits();
        if (ok && at(end) == u'.' && isDigit(at(end + 1))) {
            ++end;
            digits();
        }
        if (ok && (at(end) == u'e' || at(end) == u'E')) {
            const qsizetype mark = end;
            ++end;
            if (at(end) == u'+' || at(end) == u'-')
                ++end;
            if (!digits())
                end = mark; // "2e" is glued: caught below
        }
        qsizetype glued = end;
        while (glued < m_text.size() && (isIdentifierPart(m_text.at(glued)) || m_text.at(glued) == u'.'))
            ++glued;
        // A '.' right after a whole number may begin a path step only in brackets ("a[0].b"),
        // which the parser sees as ']' first; anywhere else it is part of a bad number.
        if (glued > end) {
            return error(atColumn(QCoreApplication::translate("DisplayFilter", "invalid number '%1'")
                                      .arg(m_text.mid(start, glued - start)),
                                  m_text, start),
                         start);
        }
        Token token = make(TokenKind::Number, end - start);
        token.text = m_text.mid(start, end - start);
        return token;
    }

    // "..." or '...'. \" \' \\ \n \r \t and \uXXXX are escapes; any other backslash is kept as
    // written, so a regular expression reads as it would anywhere else ("\d+").
    Token string(QChar quote)
    {
        const qsizetype start = m_at;
        QString value;
        qsizetype i = start + 1;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c == quote) {
                Token token = make(TokenKind::String, i + 1 - start);
                token.text = value;
                return token;
            }
            if (c != u'\\') {
                value.append(c);
                ++i;
                continue;
            }
            const QChar escaped = at(i + 1);
            switch (escaped.unicode()) {
            case u'"':
            case u'\'':
            case u'\\':
                value.append(escaped);
                i += 2;
                continue;
            case u'n':
                value.append(u'\n');
                i += 2;
                continue;
            case u'r':
                value.append(u'\r');
                i += 2;
                continue;
            case u't':
                value.append(u'\t');
                i += 2;
                continue;
            case u'u': {
                int code = 0;
                bool ok = true;
                for (int k = 0; ok && k < 4; ++k) {
                    const int digit = hexValue(at(i + 2 + k));
                    ok = digit >= 0;
                    code = code * 16 + digit;
                }
                if (ok) {
                    value.append(QChar(char16_t(code)));
                    i += 6;
                    continue;
                }
                break;
            }
            default:
                break;
            }
            value.append(c); // kept as written
            ++i;
        }
        return error(atColumn(QCoreApplication::translate("DisplayFilter", "unterminated string"), m_text, start),
                     start);
    }

    const QString &m_text;
    qsizetype m_at = 0;
};

} // namespace

std::vector<Token> tokenize(const QString &text)
{
    return Lexer(text).run();
}

bool isName(QStringView text)
{
    if (text.isEmpty() || !isIdentifierStart(text.front()))
        return false;
    for (const QChar c : text) {
        if (!isIdentifierPart(c))
            return false;
    }
    return true;
}

QString stringLiteral(QStringView text)
{
    // The escapes the lexer resolves (see the string case above), written the other way.
    QString literal;
    literal.reserve(text.size() + 2);
    literal += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            literal += QLatin1String("\\\"");
            break;
        case u'\\':
            literal += QLatin1String("\\\\");
            break;
        case u'\n':
            literal += QLatin1String("\\n");
            break;
        case u'\r':
            literal += QLatin1String("\\r");
            break;
        case u'\t':
            literal += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                literal += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                literal += c;
        }
    }
    literal += u'"';
    return literal;
}

int columnOf(const QString &text, qsizetype position)
{
    int column = 1;
    for (qsizetype i = 0; i < position && i < text.size(); ++i) {
        // The second half of a surrogate pair is not a character of its own.
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++column;
    }
    return column;
}

QString atColumn(const QString &what, const QString &text, qsizetype position)
{
    // One arg() call for both: a '%1' in the user's text must stay as it is.
    return QCoreApplication::translate("DisplayFilter", "%1 at column %2")
        .arg(what, QString::number(columnOf(text, position)));
}

} // namespace shuriken::filter
