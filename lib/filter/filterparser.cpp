#include "eventjsonline.h"
#include "filterlexer_p.h"
#include "filterparser_p.h"

#include <QCoreApplication>

#include <array>
#include <charconv>

namespace shuriken::filter {

namespace {

// Deeper nesting than any hand-written filter, shallow enough for any thread's stack.
constexpr int MaxDepth = 200;

struct MetaName
{
    const char *name;
    MetaField field;
};

constexpr std::array metaNames {
    MetaName {"channel", MetaField::Channel}, MetaName {"event", MetaField::Event},
    MetaName {"stream", MetaField::Stream},   MetaName {"received", MetaField::Received},
    MetaName {"latency", MetaField::Latency}, MetaName {"seq", MetaField::Seq},
};

constexpr std::array keywords {"and", "or", "not", "contains", "matches", "in", "exists", "true", "false"};

bool isKeyword(const Token &token, const char *word)
{
    return token.kind == TokenKind::Identifier && token.text == QLatin1String(word);
}

bool isAnyKeyword(const Token &token)
{
    for (const char *word : keywords) {
        if (isKeyword(token, word))
            return true;
    }
    return false;
}

bool isCompareOperator(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Eq:
    case TokenKind::Ne:
    case TokenKind::Lt:
    case TokenKind::Le:
    case TokenKind::Gt:
    case TokenKind::Ge:
        return true;
    default:
        return false;
    }
}

CompareOp compareOperatorOf(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Ne:
        return CompareOp::Ne;
    case TokenKind::Lt:
        return CompareOp::Lt;
    case TokenKind::Le:
        return CompareOp::Le;
    case TokenKind::Gt:
        return CompareOp::Gt;
    case TokenKind::Ge:
        return CompareOp::Ge;
    default:
        return CompareOp::Eq;
    }
}

/// What the token before a missing part asked for: the message names it ("expected a value
/// after '>'").
enum class Wanted
{
    Expression,
    Value,
    Field,
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
        , m_tokens(tokenize(text))
    {
        m_program.text = text;
    }

    std::shared_ptr<const Program> run(FilterError *error)
    {
        const int root = parseOr(nullptr, Wanted::Expression);
        if (root >= 0 && peek().kind != TokenKind::End) {
            const Token &token = peek();
            if (token.kind == TokenKind::Error)
                failWith(token);
            else if (token.kind == TokenKind::RightParen)
                fail(QCoreApplication::translate("DisplayFilter", "unmatched ')'"), token.start);
            else
                fail(QCoreApplication::translate("DisplayFilter", "unexpected '%1'").arg(spelling(token)), token.start);
        }
        if (m_failed) {
            if (error)
                *error = m_error;
            return nullptr;
        }
        m_program.root = root;
        // The literals are all in place now: their number views can point into their texts.
        for (Literal &literal : m_program.literals) {
            if (literal.type != Literal::Type::Number)
                continue;
            literal.number = *DecimalView::parseStrict(literal.numberText);
            const char *begin = literal.numberText.data();
            const char *end = begin + literal.numberText.size();
            if (const auto whole = std::from_chars(begin, end, literal.integer);
                whole.ec == std::errc() && whole.ptr == end)
                literal.whole = Literal::Whole::Signed;
            else if (const auto above = std::from_chars(begin, end, literal.unsignedInteger);
                     above.ec == std::errc() && above.ptr == end)
                literal.whole = Literal::Whole::Unsigned;
        }
        for (const Field &field : m_program.fields) {
            m_program.readsPayload |= field.meta == MetaField::None;
            m_program.readsLatency |= field.meta == MetaField::Latency;
        }
        return std::make_shared<const Program>(std::move(m_program));
    }

private:
    struct DepthGuard
    {
        explicit DepthGuard(int &depth)
            : m_depth(depth)
        {
            ++m_depth;
        }
        ~DepthGuard() { --m_depth; }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;
        int &m_depth;
    };

    const Token &peek(size_t ahead = 0) const
    {
        const size_t index = std::min(m_pos + ahead, m_tokens.size() - 1);
        return m_tokens[index];
    }
    Token take()
    {
        Token token = peek();
        if (m_pos < m_tokens.size() - 1)
            ++m_pos;
        return token;
    }
    QString spelling(const Token &token) const { return m_text.mid(token.start, token.end - token.start); }

    int fail(const QString &what, qsizetype position)
    {
        if (!m_failed) {
            m_failed = true;
            m_error.message = atColumn(what, m_text, position);
            m_error.column = columnOf(m_text, position);
            m_error.position = position;
        }
        return -1;
    }
    int failWith(const Token &errorToken)
    {
        if (!m_failed) {
            m_failed = true;
            m_error.message = errorToken.text;
            m_error.column = columnOf(m_text, errorToken.errorPosition);
            m_error.position = errorToken.errorPosition;
        }
        return -1;
    }
    /// The current token cannot start what @p after asked for.
    int failMissing(const Token *after, Wanted wanted)
    {
        const Token &token = peek();
        if (token.kind == TokenKind::Error)
            return failWith(token);
        if (m_depth > MaxDepth)
            return fail(QCoreApplication::translate("DisplayFilter", "the expression is nested too deeply"),
                        token.start);
        if (!after) {
            if (token.kind == TokenKind::End)
                return fail(QCoreApplication::translate("DisplayFilter", "empty expression"), 0);
            return fail(QCoreApplication::translate("DisplayFilter", "unexpected '%1'").arg(spelling(token)),
                        token.start);
        }
        switch (wanted) {
        case Wanted::Expression:
            return fail(
                QCoreApplication::translate("DisplayFilter", "expected an expression after '%1'").arg(spelling(*after)),
                after->start);
        case Wanted::Value:
            return fail(
                QCoreApplication::translate("DisplayFilter", "expected a value after '%1'").arg(spelling(*after)),
                after->start);
        case Wanted::Field:
            return fail(
                QCoreApplication::translate("DisplayFilter", "expected a field after '%1'").arg(spelling(*after)),
                after->start);
        }
        return -1;
    }

    int addNode(NodeKind kind, int a, int b = -1, CompareOp op = CompareOp::Eq)
    {
        Node node;
        node.kind = kind;
        node.a = a;
        node.b = b;
        node.op = op;
        m_program.nodes.push_back(node);
        return int(m_program.nodes.size()) - 1;
    }
    int addOperand(OperandKind kind, int index)
    {
        m_program.operands.push_back(Operand {kind, index});
        return int(m_program.operands.size()) - 1;
    }
    const Operand &operand(int index) const { return m_program.operands[size_t(index)]; }
    const Literal *literalOf(int operandIndex) const
    {
        const Operand &o = operand(operandIndex);
        return o.kind == OperandKind::Literal ? &m_program.literals[size_t(o.index)] : nullptr;
    }
    Field *fieldOf(int operandIndex)
    {
        const Operand &o = operand(operandIndex);
        return o.kind == OperandKind::Field ? &m_program.fields[size_t(o.index)] : nullptr;
    }

    // orExpr = andExpr { ("||" | "or") andExpr }
    int parseOr(const Token *after, Wanted wanted)
    {
        int left = parseAnd(after, wanted);
        while (left >= 0 && (peek().kind == TokenKind::OrOr || isKeyword(peek(), "or"))) {
            const Token op = take();
            const int right = parseAnd(&op, Wanted::Expression);
            if (right < 0)
                return -1;
            left = addNode(NodeKind::Or, left, right);
        }
        return left;
    }

    // andExpr = unary { ("&&" | "and") unary }
    int parseAnd(const Token *after, Wanted wanted)
    {
        int left = parseUnary(after, wanted);
        while (left >= 0 && (peek().kind == TokenKind::AndAnd || isKeyword(peek(), "and"))) {
            const Token op = take();
            const int right = parseUnary(&op, Wanted::Expression);
            if (right < 0)
                return -1;
            left = addNode(NodeKind::And, left, right);
        }
        return left;
    }

    // unary = ("!" | "not") unary | "exists" field | "(" orExpr ")" | predicate
    int parseUnary(const Token *after, Wanted wanted)
    {
        const DepthGuard guard(m_depth);
        if (m_depth > MaxDepth)
            return failMissing(after, wanted);
        const Token &token = peek();
        if (token.kind == TokenKind::Bang || isKeyword(token, "not")) {
            const Token op = take();
            const int child = parseUnary(&op, Wanted::Expression);
            return child < 0 ? -1 : addNode(NodeKind::Not, child);
        }
        if (isKeyword(token, "exists")) {
            const Token op = take();
            if (!startsField(peek()) || peek(1).kind == TokenKind::LeftParen)
                return failMissing(&op, Wanted::Field);
            const int field = parseField();
            if (field < 0)
                return -1;
            m_program.fields[size_t(field)].use = FieldUse::Presence;
            return addNode(NodeKind::Exists, addOperand(OperandKind::Field, field));
        }
        if (token.kind == TokenKind::LeftParen) {
            const Token open = take();
            const int inner = parseOr(&open, Wanted::Expression);
            if (inner < 0)
                return -1;
            if (peek().kind != TokenKind::RightParen)
                return missingClose(open, QCoreApplication::translate("DisplayFilter", "missing ')' for '('"));
            take();
            return inner;
        }
        return parsePredicate(after, wanted);
    }

    int missingClose(const Token &open, const QString &what)
    {
        if (peek().kind == TokenKind::Error)
            return failWith(peek());
        return fail(what, open.start);
    }

    // predicate = operand [ compareOp operand | "contains" operand | "matches" string
    //                     | "in" set | "exists" ]
    int parsePredicate(const Token *after, Wanted wanted)
    {
        const int left = parseOperand(after, wanted);
        if (left < 0)
            return -1;
        const Token &next = peek();
        if (isCompareOperator(next.kind)) {
            const Token op = take();
            const int right = parseOperand(&op, Wanted::Value);
            if (right < 0 || !prepareComparison(left, right))
                return -1;
            return addNode(NodeKind::Compare, left, right, compareOperatorOf(op.kind));
        }
        if (isKeyword(next, "contains")) {
            const Token op = take();
            const int right = parseOperand(&op, Wanted::Value);
            if (right < 0)
                return -1;
            const Literal *literal = literalOf(right);
            if (literal && literal->type != Literal::Type::String)
                return fail(
                    QCoreApplication::translate("DisplayFilter", "expected a string after '%1'").arg(spelling(op)),
                    op.start);
            return addNode(NodeKind::Contains, left, right);
        }
        if (isKeyword(next, "matches")) {
            const Token op = take();
            if (peek().kind == TokenKind::Error)
                return failWith(peek());
            if (peek().kind != TokenKind::String)
                return fail(
                    QCoreApplication::translate("DisplayFilter", "expected a string after '%1'").arg(spelling(op)),
                    op.start);
            const Token pattern = take();
            // Compiled here, once: a bad pattern is the user's to fix before anything matches.
            QRegularExpression regex(pattern.text, QRegularExpression::DontCaptureOption);
            if (!regex.isValid())
                return fail(QCoreApplication::translate("DisplayFilter", "invalid regular expression (%1)")
                                .arg(regex.errorString()),
                            pattern.start);
            regex.optimize();
            m_program.regexes.push_back(regex);
            return addNode(NodeKind::Matches, left, int(m_program.regexes.size()) - 1);
        }
        if (isKeyword(next, "in"))
            return parseSet(left);
        if (isKeyword(next, "exists")) {
            const Token op = take();
            Field *field = fieldOf(left);
            if (!field)
                return fail(
                    QCoreApplication::translate("DisplayFilter", "expected a field before '%1'").arg(spelling(op)),
                    op.start);
            field->use = FieldUse::Presence;
            return addNode(NodeKind::Exists, left);
        }
        return addNode(NodeKind::Truthy, left);
    }

    // A number, or a string holding one: a field compared with it compares as a number.
    static bool isNumeric(const Literal &literal)
    {
        if (literal.type == Literal::Type::Number)
            return true;
        if (literal.type != Literal::Type::String || literal.utf8.isEmpty())
            return false;
        return DecimalView::parseLenient(std::string_view(literal.utf8.constData(), size_t(literal.utf8.size())))
            .has_value();
    }

    // Dates for `received`, and whether a field is compared as a number (FieldUse::Numeric).
    bool prepareComparison(int left, int right)
    {
        for (const auto &[fieldSide, literalSide] : {std::pair {left, right}, std::pair {right, left}}) {
            Field *field = fieldOf(fieldSide);
            const Literal *literal = literalOf(literalSide);
            if (!field || !literal)
                continue;
            // receivedFromDate() changes the literal in place.
            if (field->meta == MetaField::Received && !receivedFromDate(operand(literalSide).index))
                return false;
            if (isNumeric(*literal))
                field->use = FieldUse::Numeric;
        }
        return true;
    }

    // `received > "2026-12-06T10:00:00Z"`: the date becomes its µs since the epoch.
    bool receivedFromDate(int literalIndex)
    {
        Literal &literal = m_program.literals[size_t(literalIndex)];
        if (literal.type != Literal::Type::String)
            return true;
        const auto us = parseReceivedAt(literal.utf16);
        if (!us) {
            fail(QCoreApplication::translate("DisplayFilter", "invalid date and time '%1'").arg(literal.utf16),
                 m_literalPositions[size_t(literalIndex)]);
            return false;
        }
        literal.type = Literal::Type::Number;
        literal.numberText = std::to_string(*us);
        return true;
    }

    // set = "{" value { [","] value } "}"
    int parseSet(int left)
    {
        const Token op = take();
        if (peek().kind == TokenKind::Error)
            return failWith(peek());
        if (peek().kind != TokenKind::LeftBrace)
            return fail(QCoreApplication::translate("DisplayFilter", "expected '{' after '%1'").arg(spelling(op)),
                        op.start);
        const Token open = take();
        std::vector<int> elements;
        const Token *previous = &open;
        Token comma;
        while (true) {
            if (!startsLiteral(peek()))
                return failMissing(previous, Wanted::Value);
            elements.push_back(parseLiteral());
            if (peek().kind == TokenKind::Comma) {
                comma = take();
                previous = &comma;
                continue;
            }
            if (peek().kind == TokenKind::RightBrace) {
                take();
                break;
            }
            if (!startsLiteral(peek()))
                return missingClose(open, QCoreApplication::translate("DisplayFilter", "missing '}' for '{'"));
            previous = nullptr; // values may also be separated by spaces only
        }
        Field *field = fieldOf(left);
        bool numbers = true;
        for (const int element : elements) {
            if (field && field->meta == MetaField::Received && !receivedFromDate(element))
                return -1;
            numbers &= isNumeric(m_program.literals[size_t(element)]);
        }
        if (field && numbers)
            field->use = FieldUse::Numeric;
        m_program.sets.push_back(std::move(elements));
        return addNode(NodeKind::In, left, int(m_program.sets.size()) - 1);
    }

    static bool startsLiteral(const Token &token)
    {
        return token.kind == TokenKind::Number || token.kind == TokenKind::String || isKeyword(token, "true")
            || isKeyword(token, "false");
    }
    static bool startsField(const Token &token)
    {
        return (token.kind == TokenKind::Identifier && !isAnyKeyword(token)) || token.kind == TokenKind::LeftBracket;
    }

    // The literal at the current token (startsLiteral() is true); its index.
    int parseLiteral()
    {
        const Token token = take();
        Literal literal;
        if (token.kind == TokenKind::Number) {
            literal.type = Literal::Type::Number;
            literal.numberText = token.text.toStdString();
        } else if (token.kind == TokenKind::String) {
            literal.type = Literal::Type::String;
            literal.utf16 = token.text;
            literal.utf8 = token.text.toUtf8();
        } else {
            literal.type = Literal::Type::Bool;
            literal.boolean = isKeyword(token, "true");
        }
        m_program.literals.push_back(std::move(literal));
        m_literalPositions.push_back(token.start);
        return int(m_program.literals.size()) - 1;
    }

    // operand = literal | function "(" operand ")" | field
    int parseOperand(const Token *after, Wanted wanted)
    {
        const DepthGuard guard(m_depth);
        const Token &token = peek();
        if (m_depth > MaxDepth)
            return failMissing(after, wanted);
        if (startsLiteral(token))
            return addOperand(OperandKind::Literal, parseLiteral());
        if (token.kind == TokenKind::Identifier && !isAnyKeyword(token) && peek(1).kind == TokenKind::LeftParen)
            return parseFunction();
        if (startsField(token)) {
            const int field = parseField();
            return field < 0 ? -1 : addOperand(OperandKind::Field, field);
        }
        return failMissing(after, wanted);
    }

    int parseFunction()
    {
        const Token name = take();
        OperandKind kind;
        if (name.text == QLatin1String("len"))
            kind = OperandKind::Len;
        else if (name.text == QLatin1String("abs"))
            kind = OperandKind::Abs;
        else if (name.text == QLatin1String("lower"))
            kind = OperandKind::Lower;
        else
            return fail(QCoreApplication::translate("DisplayFilter", "unknown function '%1'").arg(name.text),
                        name.start);
        const Token open = take();
        const int argument = parseOperand(&open, Wanted::Value);
        if (argument < 0)
            return -1;
        if (peek().kind != TokenKind::RightParen)
            return missingClose(open, QCoreApplication::translate("DisplayFilter", "missing ')' for '('"));
        take();
        // abs() of a number and of a string holding that number are the same.
        if (Field *field = fieldOf(argument); field && kind == OperandKind::Abs && field->use == FieldUse::Any)
            field->use = FieldUse::Numeric;
        return addOperand(kind, argument);
    }

    // field = (name | "[" key "]") { "." name | "[" (index | key) "]" }; its index.
    int parseField()
    {
        Field field;
        if (peek().kind == TokenKind::Identifier) {
            const Token name = take();
            for (const auto &meta : metaNames) {
                if (name.text == QLatin1String(meta.name))
                    field.meta = meta.field;
            }
            if (field.meta != MetaField::None) {
                if (peek().kind == TokenKind::Dot || peek().kind == TokenKind::LeftBracket)
                    return fail(
                        QCoreApplication::translate("DisplayFilter", "metadata '%1' has no fields").arg(name.text),
                        name.start);
            } else if (name.text != QLatin1String("payload")) {
                field.steps.push_back(PathStep {name.text.toUtf8(), 0, false});
            }
        }
        while (!m_failed) {
            if (peek().kind == TokenKind::Dot) {
                const Token dot = take();
                if (peek().kind == TokenKind::Error)
                    return failWith(peek());
                if (peek().kind != TokenKind::Identifier)
                    return fail(QCoreApplication::translate("DisplayFilter", "expected a field name after '.'"),
                                dot.start);
                field.steps.push_back(PathStep {take().text.toUtf8(), 0, false});
            } else if (peek().kind == TokenKind::LeftBracket) {
                const Token open = take();
                const Token &inside = peek();
                if (inside.kind == TokenKind::Error)
                    return failWith(inside);
                bool ok = false;
                const qint64 index = inside.kind == TokenKind::Number ? inside.text.toLongLong(&ok) : 0;
                if (inside.kind == TokenKind::String)
                    field.steps.push_back(PathStep {inside.text.toUtf8(), 0, false});
                else if (ok)
                    field.steps.push_back(PathStep {{}, index, true});
                else
                    return fail(
                        QCoreApplication::translate("DisplayFilter", "expected an index or a quoted key after '['"),
                        open.start);
                take();
                if (peek().kind != TokenKind::RightBracket)
                    return missingClose(open, QCoreApplication::translate("DisplayFilter", "missing ']' for '['"));
                take();
            } else {
                break;
            }
        }
        if (m_failed)
            return -1;
        m_program.fields.push_back(std::move(field));
        return int(m_program.fields.size()) - 1;
    }

    const QString &m_text;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    Program m_program;
    std::vector<qsizetype> m_literalPositions;
    FilterError m_error;
    bool m_failed = false;
    int m_depth = 0;
};

} // namespace

bool isReservedName(QStringView name)
{
    if (name == QLatin1String("payload"))
        return true;
    for (const MetaName &meta : metaNames) {
        if (name == QLatin1String(meta.name))
            return true;
    }
    for (const char *word : keywords) {
        if (name == QLatin1String(word))
            return true;
    }
    return false;
}

std::shared_ptr<const Program> parseProgram(const QString &text, FilterError *error)
{
    return Parser(text).run(error);
}

} // namespace shuriken::filter
