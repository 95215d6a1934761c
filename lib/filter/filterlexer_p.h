#pragma once

// Private to lib/filter: splits a filter text into tokens. A malformed token (an unterminated
// string, a stray character) ends the list with an Error token carrying its message, so the
// parser reports errors in the order they appear in the text.

#include <QString>

#include <vector>

namespace shuriken::filter {

enum class TokenKind : quint8
{
    End,
    Error,
    Identifier,
    Number,
    String,
    Eq, // ==
    Ne, // !=
    Lt,
    Le,
    Gt,
    Ge,
    AndAnd,
    OrOr,
    Bang,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Dot,
    Comma,
};

struct Token
{
    TokenKind kind = TokenKind::End;
    qsizetype start = 0; // UTF-16 index into the text
    qsizetype end = 0;
    /// Identifier: its name; Number: its text; String: its value, escapes resolved; Error: the
    /// message.
    QString text;
    /// Error: where the problem is (the opening quote of an unterminated string).
    qsizetype errorPosition = 0;
};

/// The tokens of @p text, ending with an End or an Error token.
std::vector<Token> tokenize(const QString &text);

/// Whether all of @p text lexes as one name (an identifier).
bool isName(QStringView text);
/// @p text as a string literal that lexes back to it.
QString stringLiteral(QStringView text);

/// The 1-based column, in code points, of the UTF-16 index @p position in @p text.
int columnOf(const QString &text, qsizetype position);
/// "expected ... at column N" with the column of @p position, in the user's language.
QString atColumn(const QString &what, const QString &text, qsizetype position);

} // namespace shuriken::filter
