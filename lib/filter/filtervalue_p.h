#pragma once

// Private to lib/filter: the values a filter compares while it evaluates one row, and the rules
// of comparing them (docs/display-filters.md, "Types and comparisons"). Values are views: of the
// payload's parsed document, of the row's cells, of the program's literals, or of text the
// evaluation made (lower()) and keeps in its Scratch until the row is done.

#include "displayfilter.h"
#include "filternumber_p.h"
#include "filterprogram_p.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <limits>
#include <string_view>
#include <vector>

namespace shuriken::filter {

struct Value
{
    enum class Type : quint8
    {
        Missing, // absent, null, or a function of a value it does not take
        Bool,
        Int,
        UInt, // above INT64_MAX
        Double,
        Decimal, // a number literal, or abs() of a numeric string
        String,
        Array,
        Object,
    };
    Type type = Type::Missing;
    bool boolean = false;
    // String: UTF-8, UTF-16 or both (the program's literals have both; metadata has UTF-16).
    bool hasUtf8 = false;
    bool hasUtf16 = false;
    union {
        qint64 integer = 0; // Int; Array/Object: the element count
        quint64 unsignedInteger;
        double number;
    };
    DecimalView decimal;
    std::string_view utf8;
    QStringView utf16;

    bool isMissing() const { return type == Type::Missing; }
    bool isNumber() const
    {
        return type == Type::Int || type == Type::UInt || type == Type::Double || type == Type::Decimal;
    }

    static Value fromBool(bool value)
    {
        Value v;
        v.type = Type::Bool;
        v.boolean = value;
        return v;
    }
    static Value fromInt(qint64 value)
    {
        Value v;
        v.type = Type::Int;
        v.integer = value;
        return v;
    }
    static Value fromUInt(quint64 value)
    {
        if (value <= quint64(std::numeric_limits<qint64>::max()))
            return fromInt(qint64(value));
        Value v;
        v.type = Type::UInt;
        v.unsignedInteger = value;
        return v;
    }
    static Value fromDouble(double value)
    {
        Value v;
        v.type = Type::Double;
        v.number = value;
        return v;
    }
    static Value fromDecimal(const DecimalView &value)
    {
        Value v;
        v.type = Type::Decimal;
        v.decimal = value;
        return v;
    }
    static Value fromUtf8(std::string_view text)
    {
        Value v;
        v.type = Type::String;
        v.utf8 = text;
        v.hasUtf8 = true;
        return v;
    }
    static Value fromUtf16(QStringView text)
    {
        Value v;
        v.type = Type::String;
        v.utf16 = text;
        v.hasUtf16 = true;
        return v;
    }
    static Value fromLiteral(const Literal &literal);
};

/// Text an evaluation makes (lower(), UTF-8 copies of metadata) lives here until the row is
/// done. One per thread, reused from row to row, so a row costs no allocation once warm.
class Scratch
{
public:
    /// Forgets what the last row kept (the buffers keep their capacity).
    void reset() { m_usedBytes = 0; }
    /// A copy of @p utf16 in UTF-8, valid until reset().
    std::string_view utf8Of(QStringView utf16);
    /// @p utf8 kept until reset().
    std::string_view keep(const QByteArray &utf8);
    /// @p value's text as a QString for QRegularExpression, valid until the next call.
    const QString &utf16Of(const Value &value);

private:
    std::vector<QByteArray> m_bytes;
    size_t m_usedBytes = 0;
    QString m_utf16;
};

/// The comparison @p op of @p a and @p b: false whenever they cannot be compared (a missing
/// value, different types, an ordering of booleans).
bool compareValues(const Value &a, CompareOp op, const Value &b, Scratch &scratch);
/// @p haystack contains @p needle; both must be strings.
bool containsText(const Value &haystack, const Value &needle, Scratch &scratch);
/// A bare operand: true, a nonzero number, a nonempty string, array or object.
bool isTruthy(const Value &value);
/// len(): characters (code points) of a string, elements of an array or object.
Value lengthOf(const Value &value);
/// abs(): of a number or of a string holding one.
Value absoluteOf(const Value &value, Scratch &scratch);
/// @p value as a table cell shows and sorts it (DisplayFilter::cellValueOf()).
FilterCellValue cellValueOf(const Value &value, Scratch &scratch);
/// lower(): a string in lower case (Unicode), kept in @p scratch.
Value lowerOf(const Value &value, Scratch &scratch);

} // namespace shuriken::filter
