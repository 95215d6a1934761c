#include "filternumber_p.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace shuriken::filter {

namespace {

constexpr qint64 ExponentLimit = 1000000000000000LL; // 10^15

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::optional<DecimalView> parse(std::string_view text, bool lenient)
{
    size_t at = 0;
    const size_t size = text.size();
    if (lenient) {
        while (at < size && isAsciiSpace(text[at]))
            ++at;
    }
    DecimalView number;
    if (at < size && text[at] == '-') {
        number.negative = true;
        ++at;
    } else if (lenient && at < size && text[at] == '+') {
        ++at;
    }
    size_t start = at;
    while (at < size && isDigit(text[at]))
        ++at;
    number.intDigits = text.substr(start, at - start);
    bool point = false;
    if (at < size && text[at] == '.') {
        point = true;
        start = ++at;
        while (at < size && isDigit(text[at]))
            ++at;
        number.fracDigits = text.substr(start, at - start);
    }
    if (number.intDigits.empty() && number.fracDigits.empty())
        return std::nullopt;
    if (!lenient && (number.intDigits.empty() || (point && number.fracDigits.empty())))
        return std::nullopt;
    if (at < size && (text[at] == 'e' || text[at] == 'E')) {
        ++at;
        bool negativeExponent = false;
        if (at < size && (text[at] == '+' || text[at] == '-'))
            negativeExponent = text[at++] == '-';
        if (at >= size || !isDigit(text[at]))
            return std::nullopt;
        qint64 exponent = 0;
        while (at < size && isDigit(text[at])) {
            exponent = std::min(ExponentLimit, exponent * 10 + (text[at] - '0'));
            ++at;
        }
        number.exponent = negativeExponent ? -exponent : exponent;
    }
    if (lenient) {
        while (at < size && isAsciiSpace(text[at]))
            ++at;
    }
    if (at != size)
        return std::nullopt;
    return number;
}

// The significant digits of a number: its integer and fraction digits as one sequence, without
// the zeros in front of the first nonzero digit and after the last one. The value is
// 0.<digits> * 10^point.
struct Significand
{
    const DecimalView *number = nullptr;
    size_t first = 0; // into intDigits followed by fracDigits
    size_t end = 0;
    qint64 point = 0;
    bool zero = true;

    explicit Significand(const DecimalView &value)
        : number(&value)
    {
        const size_t total = value.intDigits.size() + value.fracDigits.size();
        size_t lead = 0;
        while (lead < total && at(lead) == '0')
            ++lead;
        if (lead == total)
            return;
        size_t last = total;
        while (last > lead && at(last - 1) == '0')
            --last;
        zero = false;
        first = lead;
        end = last;
        point = qint64(value.intDigits.size()) + value.exponent - qint64(lead);
    }

    char at(size_t index) const
    {
        const size_t integerSize = number->intDigits.size();
        return index < integerSize ? number->intDigits[index] : number->fracDigits[index - integerSize];
    }
    size_t size() const { return end - first; }
    char digit(size_t k) const { return k < size() ? at(first + k) : '0'; }
};

} // namespace

std::optional<DecimalView> DecimalView::parseStrict(std::string_view text)
{
    return parse(text, false);
}

std::optional<DecimalView> DecimalView::parseLenient(std::string_view text)
{
    return parse(text, true);
}

bool DecimalView::isZero() const
{
    return std::all_of(intDigits.begin(), intDigits.end(), [](char c) { return c == '0'; })
        && std::all_of(fracDigits.begin(), fracDigits.end(), [](char c) { return c == '0'; });
}

int compareDecimals(const DecimalView &a, const DecimalView &b)
{
    const Significand x(a);
    const Significand y(b);
    const int signX = x.zero ? 0 : (a.negative ? -1 : 1);
    const int signY = y.zero ? 0 : (b.negative ? -1 : 1);
    if (signX != signY)
        return signX < signY ? -1 : 1;
    if (signX == 0)
        return 0;
    int magnitude = 0;
    if (x.point != y.point) {
        magnitude = x.point < y.point ? -1 : 1;
    } else {
        const size_t digits = std::max(x.size(), y.size());
        for (size_t k = 0; k < digits && magnitude == 0; ++k) {
            const char dx = x.digit(k);
            const char dy = y.digit(k);
            if (dx != dy)
                magnitude = dx < dy ? -1 : 1;
        }
    }
    return signX < 0 ? -magnitude : magnitude;
}

std::optional<int> compareDecimalWithInteger(const DecimalView &a, qint64 b)
{
    std::string_view digits = a.intDigits;
    while (!digits.empty() && digits.front() == '0')
        digits.remove_prefix(1);
    if (a.exponent != 0 || digits.size() > 18) // 18 digits always fit
        return std::nullopt;
    qint64 whole = 0;
    for (const char c : digits)
        whole = whole * 10 + (c - '0');
    if (a.negative)
        whole = -whole;
    if (whole != b)
        return whole < b ? -1 : 1;
    const bool fraction = std::any_of(a.fracDigits.begin(), a.fracDigits.end(), [](char c) { return c != '0'; });
    if (!fraction)
        return 0;
    return a.negative ? -1 : 1; // the fraction moves it away from zero
}

DecimalView decimalOf(qint64 value, NumberBuffer &buffer)
{
    const auto result = std::to_chars(buffer.bytes, buffer.bytes + sizeof buffer.bytes, value);
    return *DecimalView::parseStrict(std::string_view(buffer.bytes, size_t(result.ptr - buffer.bytes)));
}

DecimalView decimalOf(quint64 value, NumberBuffer &buffer)
{
    const auto result = std::to_chars(buffer.bytes, buffer.bytes + sizeof buffer.bytes, value);
    return *DecimalView::parseStrict(std::string_view(buffer.bytes, size_t(result.ptr - buffer.bytes)));
}

std::optional<DecimalView> decimalOf(double value, NumberBuffer &buffer)
{
    if (!std::isfinite(value))
        return std::nullopt;
    constexpr double twoTo63 = 9223372036854775808.0;
    if (value >= -twoTo63 && value < twoTo63 && std::trunc(value) == value)
        return decimalOf(qint64(value), buffer);
    // Shortest round trip: "1e+20", "0.1", "-2.5e-07".
    const auto result = std::to_chars(buffer.bytes, buffer.bytes + sizeof buffer.bytes, value);
    const std::string_view text(buffer.bytes, size_t(result.ptr - buffer.bytes));
    return DecimalView::parseStrict(text);
}

std::optional<double> decimalToDouble(const DecimalView &decimal)
{
    // Written out again in the strict form from_chars reads: [-]int[.frac]e<exp>.
    std::string text;
    text.reserve(decimal.intDigits.size() + decimal.fracDigits.size() + 24);
    if (decimal.negative)
        text += '-';
    text += decimal.intDigits.empty() ? std::string_view("0") : decimal.intDigits;
    if (!decimal.fracDigits.empty()) {
        text += '.';
        text += decimal.fracDigits;
    }
    text += 'e';
    text += std::to_string(decimal.exponent);
    double result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() && error != std::errc::result_out_of_range)
        return std::nullopt;
    if (end != text.data() + text.size())
        return std::nullopt;
    return result;
}

} // namespace shuriken::filter
