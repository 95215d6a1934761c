#pragma once

// Private to lib/filter: the compiled form of a display filter. Built once by the parser, never
// changed afterwards, so every thread may read it without locks.

#include "filternumber_p.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace shuriken::filter {

/// The event's own values, reached by name (docs/display-filters.md, "Metadata").
enum class MetaField : quint8
{
    None, // a payload field
    Channel,
    Event,
    Stream,
    Received,
    Latency,
    Seq,
};

/// One step of a payload path: an object key or an array index (negative: from the end).
struct PathStep
{
    QByteArray key; // UTF-8
    qint64 index = 0;
    bool isIndex = false;
};

/// How a field's value is used, which decides whether a typed cell can stand in for it: an
/// integer cell does not say whether the payload held a number or a string of digits, which
/// matters to a text comparison but not to a numeric one.
enum class FieldUse : quint8
{
    Any,
    Numeric, // compared with a number literal (or inside abs()): numbers and numeric strings agree
    Presence, // exists: only whether there is a value
};

struct Field
{
    MetaField meta = MetaField::None;
    std::vector<PathStep> steps; // empty with MetaField::None: the payload itself
    FieldUse use = FieldUse::Any;
};

struct Literal
{
    enum class Type : quint8
    {
        Bool,
        Number,
        String,
    };
    Type type = Type::String;
    bool boolean = false;
    std::string numberText; // Number: the text `number` views
    DecimalView number;
    // Number: a whole number written without a fraction or exponent that fits 64 bits, compared
    // as an integer (the common case: `priceUsd > 150`, `seq == 41`). `seq > 5` took 628
    // instructions a row written out as a decimal, 416 as an integer (callgrind).
    enum class Whole : quint8
    {
        No,
        Signed,
        Unsigned,
    };
    Whole whole = Whole::No;
    qint64 integer = 0;
    quint64 unsignedInteger = 0;
    QByteArray utf8; // String
    QString utf16; // String
};

enum class OperandKind : quint8
{
    Field,
    Literal,
    Len,
    Abs,
    Lower,
};

struct Operand
{
    OperandKind kind = OperandKind::Literal;
    int index = -1; // the field or literal, or the argument's operand for a function
};

enum class NodeKind : quint8
{
    Or,
    And,
    Not,
    Truthy, // a bare operand
    Exists,
    Compare,
    Contains,
    Matches,
    In,
};

enum class CompareOp : quint8
{
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
};

struct Node
{
    NodeKind kind = NodeKind::Truthy;
    CompareOp op = CompareOp::Eq;
    // Or/And: both child nodes; Not: a. Truthy, Exists, Compare, Contains, Matches, In: a is the
    // (left) operand; b the right operand (Compare, Contains), the regex (Matches) or the set (In).
    int a = -1;
    int b = -1;
};

struct Program
{
    QString text;
    std::vector<Node> nodes;
    int root = -1;
    std::vector<Operand> operands;
    std::vector<Field> fields;
    std::vector<Literal> literals;
    std::vector<QRegularExpression> regexes;
    std::vector<std::vector<int>> sets; // literal indexes
    bool readsPayload = false;
    bool readsLatency = false;
};

/// A field bound to a schema column (FilterBinding), or not (column -1).
struct BoundColumn
{
    int column = -1;
    quint8 kind = 0; // ColumnKind
};

} // namespace shuriken::filter
