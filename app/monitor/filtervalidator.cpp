#include "filtervalidator.h"

#include <QCoreApplication>

#include <algorithm>

namespace shuriken {

namespace {

// Base58 (Bitcoin alphabet): no 0, O, I or l.
bool isBase58(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'1' && u <= u'9')
        return true;
    if (u >= u'A' && u <= u'Z')
        return u != u'I' && u != u'O';
    if (u >= u'a' && u <= u'z')
        return u != u'l';
    return false;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isDecimalDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Solana public keys are 32 bytes: 32 to 44 base58 characters.
constexpr int MinBase58Length = 32;
constexpr int MaxBase58Length = 44;
constexpr int HexAddressDigits = 40;
constexpr int MaxChainIdDigits = 19; // fits in a signed 64-bit integer

} // namespace

FilterValueFormat filterValueFormat(const QString &streamNamespace, const QString &filterName)
{
    if (filterName == QLatin1String("chainId"))
        return FilterValueFormat::ChainId;
    if (filterName.endsWith(QLatin1String("Address"))) {
        if (streamNamespace == QLatin1String("svm"))
            return FilterValueFormat::Base58Address;
        if (streamNamespace == QLatin1String("evm"))
            return FilterValueFormat::HexAddress;
    }
    return FilterValueFormat::FreeText;
}

QString filterValueHint(FilterValueFormat format)
{
    switch (format) {
    case FilterValueFormat::Base58Address:
        return QCoreApplication::translate("shuriken::FilterValueValidator", "base58 address (32–44 characters)");
    case FilterValueFormat::HexAddress:
        return QCoreApplication::translate("shuriken::FilterValueValidator", "0x followed by 40 hex digits");
    case FilterValueFormat::ChainId:
        return QCoreApplication::translate("shuriken::FilterValueValidator", "decimal chain id, e.g. 1 or 8453");
    case FilterValueFormat::FreeText:
        return QCoreApplication::translate("shuriken::FilterValueValidator", "text");
    }
    return {};
}

QString filterValueProblem(FilterValueFormat format, const QString &value)
{
    const QString v = value.trimmed();
    switch (format) {
    case FilterValueFormat::Base58Address:
        if (v.size() < MinBase58Length || v.size() > MaxBase58Length || !std::all_of(v.cbegin(), v.cend(), isBase58))
            return QCoreApplication::translate("shuriken::FilterValueValidator",
                                               "a Solana address is 32 to 44 base58 characters");
        return {};
    case FilterValueFormat::HexAddress:
        if (v.size() != HexAddressDigits + 2 || !v.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
            || !std::all_of(v.cbegin() + 2, v.cend(), isHexDigit))
            return QCoreApplication::translate("shuriken::FilterValueValidator",
                                               "an EVM address is 0x followed by 40 hex digits");
        return {};
    case FilterValueFormat::ChainId:
        if (v.isEmpty() || v.size() > MaxChainIdDigits || !std::all_of(v.cbegin(), v.cend(), isDecimalDigit)
            || (v.size() > 1 && v.startsWith(u'0')) || v == QLatin1String("0"))
            return QCoreApplication::translate("shuriken::FilterValueValidator",
                                               "a chain id is a positive decimal number");
        return {};
    case FilterValueFormat::FreeText:
        if (v.isEmpty())
            return QCoreApplication::translate("shuriken::FilterValueValidator", "the value is empty");
        return {};
    }
    return {};
}

FilterValueValidator::FilterValueValidator(FilterValueFormat format, QObject *parent)
    : QValidator(parent)
    , m_format(format)
{ }

QValidator::State FilterValueValidator::validate(QString &input, int &pos) const
{
    const QString trimmed = input.trimmed();
    if (trimmed.size() != input.size()) {
        const qsizetype leading = input.indexOf(trimmed.isEmpty() ? input : trimmed);
        pos = int(std::clamp<qsizetype>(pos - std::max<qsizetype>(leading, 0), 0, trimmed.size()));
        input = trimmed;
    }
    if (input.isEmpty())
        return Intermediate;

    switch (m_format) {
    case FilterValueFormat::Base58Address:
        if (!std::all_of(input.cbegin(), input.cend(), isBase58) || input.size() > MaxBase58Length)
            return Invalid;
        return input.size() >= MinBase58Length ? Acceptable : Intermediate;
    case FilterValueFormat::HexAddress: {
        // "0", "0x" and a partial hex string are on the way to a valid address.
        if (input == QLatin1String("0"))
            return Intermediate;
        if (!input.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            return Invalid;
        if (!std::all_of(input.cbegin() + 2, input.cend(), isHexDigit) || input.size() > HexAddressDigits + 2)
            return Invalid;
        return input.size() == HexAddressDigits + 2 ? Acceptable : Intermediate;
    }
    case FilterValueFormat::ChainId:
        if (!std::all_of(input.cbegin(), input.cend(), isDecimalDigit) || input.size() > MaxChainIdDigits)
            return Invalid;
        return filterValueProblem(m_format, input).isEmpty() ? Acceptable : Intermediate;
    case FilterValueFormat::FreeText:
        return Acceptable;
    }
    return Intermediate;
}

void FilterValueValidator::fixup(QString &input) const
{
    input = input.trimmed();
}

} // namespace shuriken
