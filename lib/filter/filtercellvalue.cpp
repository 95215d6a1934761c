// A filter's value as a table cell: the text it shows and a sort key that orders as the filter
// language compares (docs/display-filters.md, "Types and comparisons").

#include "filtervalue_p.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <limits>

namespace shuriken::filter {

namespace {

QString textOf(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

/// A decimal's sort key: the exact integer when it is a whole number within 64 bits, so that
/// u64 amounts next to each other do not tie as one double; the nearest double otherwise.
QVariant sortKeyOf(const DecimalView &decimal)
{
    const bool whole = decimal.exponent == 0
        && std::all_of(decimal.fracDigits.cbegin(), decimal.fracDigits.cend(), [](char digit) { return digit == '0'; });
    if (whole) {
        std::string_view digits = decimal.intDigits;
        while (digits.size() > 1 && digits.front() == '0')
            digits.remove_prefix(1);
        quint64 magnitude = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude);
        if (error == std::errc() && end == digits.data() + digits.size()) {
            constexpr quint64 int64Max = quint64(std::numeric_limits<qint64>::max());
            if (!decimal.negative)
                return magnitude <= int64Max ? QVariant(qint64(magnitude)) : QVariant(magnitude);
            if (magnitude <= int64Max)
                return QVariant(-qint64(magnitude));
            if (magnitude == int64Max + 1)
                return QVariant(std::numeric_limits<qint64>::min());
        }
    }
    const std::optional<double> number = decimalToDouble(decimal);
    return number ? QVariant(*number) : QVariant();
}

QString textOf(const DecimalView &decimal)
{
    QString text;
    if (decimal.negative)
        text += QLatin1Char('-');
    text += decimal.intDigits.empty() ? QStringLiteral("0") : textOf(decimal.intDigits);
    if (!decimal.fracDigits.empty())
        text += QLatin1Char('.') + textOf(decimal.fracDigits);
    if (decimal.exponent != 0)
        text += QLatin1Char('e') + QString::number(decimal.exponent);
    return text;
}

FilterCellValue number(QString text, QVariant key)
{
    FilterCellValue cell;
    cell.type = FilterCellValue::Type::Number;
    cell.text = std::move(text);
    cell.sortKey = std::move(key);
    return cell;
}

} // namespace

FilterCellValue cellValueOf(const Value &value, Scratch &scratch)
{
    FilterCellValue cell;
    switch (value.type) {
    case Value::Type::Missing:
    case Value::Type::Array:
    case Value::Type::Object:
        break;
    case Value::Type::Bool:
        cell.type = FilterCellValue::Type::Bool;
        cell.text = value.boolean ? QStringLiteral("true") : QStringLiteral("false");
        cell.sortKey = value.boolean;
        break;
    case Value::Type::Int:
        return number(QString::number(value.integer), QVariant(value.integer));
    case Value::Type::UInt:
        return number(QString::number(value.unsignedInteger), QVariant(value.unsignedInteger));
    case Value::Type::Double:
        return number(QString::number(value.number, 'g', QLocale::FloatingPointShortest), QVariant(value.number));
    case Value::Type::Decimal:
        return number(textOf(value.decimal), sortKeyOf(value.decimal));
    case Value::Type::String: {
        // A string that holds a number is that number, as comparisons take it; shown as written.
        const std::string_view utf8 = value.hasUtf8 ? value.utf8 : scratch.utf8Of(value.utf16);
        if (const auto decimal = DecimalView::parseLenient(utf8)) {
            QString text = value.hasUtf16 ? value.utf16.toString() : textOf(utf8);
            return number(text.trimmed(), sortKeyOf(*decimal));
        }
        cell.type = FilterCellValue::Type::Text;
        cell.text = value.hasUtf16 ? value.utf16.toString() : textOf(utf8);
        cell.sortKey = cell.text;
        break;
    }
    }
    return cell;
}

} // namespace shuriken::filter
