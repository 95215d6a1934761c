#pragma once

#include <QValidator>

namespace shuriken {

/// What a stream filter value looks like, decided from the stream's namespace and the filter's
/// name (PROTOCOL.md 4.1: SVM addresses are base58, EVM addresses 0x-hex, chainId decimal).
enum class FilterValueFormat
{
    Base58Address,
    HexAddress,
    ChainId,
    FreeText,
};

FilterValueFormat filterValueFormat(const QString &streamNamespace, const QString &filterName);
/// A short hint for the line edit's placeholder ("base58 address").
QString filterValueHint(FilterValueFormat format);
/// Why a complete value is not acceptable, or an empty string when it is.
QString filterValueProblem(FilterValueFormat format, const QString &value);

/// Accepts a complete value of one FilterValueFormat, keeps partial input Intermediate while the
/// user types, and rejects characters that can never be part of a valid value. Surrounding
/// whitespace (from a paste) is trimmed away.
class FilterValueValidator final : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterValueValidator)

public:
    explicit FilterValueValidator(FilterValueFormat format, QObject *parent = nullptr);

    FilterValueFormat format() const { return m_format; }
    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

private:
    FilterValueFormat m_format;
};

} // namespace shuriken
