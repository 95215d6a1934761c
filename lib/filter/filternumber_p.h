#pragma once

// Private to lib/filter: exact comparison of numbers written in decimal. The payloads carry u64
// amounts and prices as decimal strings ("0.0000259311"); a double would tell neither
// 18446744073709551615 from 18446744073709551614 nor 0.1 + 0.2 from 0.3, so numbers are
// compared digit by digit instead.

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace shuriken::filter {

/// A decimal number as views into its text: [-]int[.frac][e[+-]exp]. Zeros that do not change
/// the value are ignored when comparing; the text must outlive the view.
struct DecimalView
{
    bool negative = false;
    std::string_view intDigits;
    std::string_view fracDigits;
    qint64 exponent = 0; // saturated at +-10^15: beyond that no two written numbers differ

    /// A number in the filter language's strict form, which JSON's numbers also have:
    /// -?digits(.digits)?([eE][+-]?digits)?.
    static std::optional<DecimalView> parseStrict(std::string_view text);
    /// A payload string that holds a number: the strict form, and also a leading '+', no digits
    /// before or after the point (".5", "5.") and surrounding ASCII whitespace, which the event
    /// table's readers accept too.
    static std::optional<DecimalView> parseLenient(std::string_view text);

    bool isZero() const;
    /// The same number without its sign.
    DecimalView absolute() const
    {
        DecimalView copy = *this;
        copy.negative = false;
        return copy;
    }
};

/// @p decimal as the nearest double (infinity beyond the double's range); nothing only for a
/// view no text could give.
std::optional<double> decimalToDouble(const DecimalView &decimal);

/// -1, 0 or 1 as @p a is less than, equal to or greater than @p b.
int compareDecimals(const DecimalView &a, const DecimalView &b);
/// The same against an integer, without writing it out when @p a is short (prices against
/// `150`): empty when the long way is needed.
std::optional<int> compareDecimalWithInteger(const DecimalView &a, qint64 b);

/// Room for any 64-bit integer or double written out.
struct NumberBuffer
{
    char bytes[40];
};

/// @p value as a decimal, written into @p buffer.
DecimalView decimalOf(qint64 value, NumberBuffer &buffer);
DecimalView decimalOf(quint64 value, NumberBuffer &buffer);
/// A JSON number that is not an integer is read as a double (by every JSON reader, simdjson
/// included); it compares as the shortest decimal that reads back as the same double, which is
/// what the payload wrote unless it wrote more digits than a double holds. Whole numbers within
/// 64 bits compare as those integers. Empty for infinities and NaN.
std::optional<DecimalView> decimalOf(double value, NumberBuffer &buffer);

} // namespace shuriken::filter
