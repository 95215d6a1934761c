#include "filtervalidator.h"

#include <QTest>

using namespace shuriken;

Q_DECLARE_METATYPE(shuriken::FilterValueFormat)

class TestFilterValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFromStreamAndFilter_data();
    void formatFromStreamAndFilter();
    void validate_data();
    void validate();
    void trimsPastedWhitespace();
    void problemMatchesValidator_data();
    void problemMatchesValidator();
};

void TestFilterValidator::formatFromStreamAndFilter_data()
{
    QTest::addColumn<QString>("streamNamespace");
    QTest::addColumn<QString>("filterName");
    QTest::addColumn<FilterValueFormat>("format");
    QTest::newRow("svm token") << "svm"
                               << "tokenAddress" << FilterValueFormat::Base58Address;
    QTest::newRow("svm wallet") << "svm"
                                << "walletAddress" << FilterValueFormat::Base58Address;
    QTest::newRow("evm token") << "evm"
                               << "tokenAddress" << FilterValueFormat::HexAddress;
    QTest::newRow("evm wallet") << "evm"
                                << "walletAddress" << FilterValueFormat::HexAddress;
    QTest::newRow("evm chain") << "evm"
                               << "chainId" << FilterValueFormat::ChainId;
    QTest::newRow("alpha profile") << "alpha"
                                   << "profileId" << FilterValueFormat::FreeText;
    QTest::newRow("alpha feed") << "alpha"
                                << "feedId" << FilterValueFormat::FreeText;
    QTest::newRow("unknown namespace address") << "tron"
                                               << "tokenAddress" << FilterValueFormat::FreeText;
}

void TestFilterValidator::formatFromStreamAndFilter()
{
    QFETCH(QString, streamNamespace);
    QFETCH(QString, filterName);
    QFETCH(FilterValueFormat, format);
    QCOMPARE(filterValueFormat(streamNamespace, filterName), format);
}

void TestFilterValidator::validate_data()
{
    QTest::addColumn<FilterValueFormat>("format");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QValidator::State>("state");

    const QString wsol = QStringLiteral("So11111111111111111111111111111111111111112");
    QTest::newRow("base58 complete") << FilterValueFormat::Base58Address << wsol << QValidator::Acceptable;
    QTest::newRow("base58 partial") << FilterValueFormat::Base58Address << QStringLiteral("So111")
                                    << QValidator::Intermediate;
    QTest::newRow("base58 empty") << FilterValueFormat::Base58Address << QString() << QValidator::Intermediate;
    QTest::newRow("base58 with 0") << FilterValueFormat::Base58Address << QStringLiteral("So110")
                                   << QValidator::Invalid;
    QTest::newRow("base58 with l") << FilterValueFormat::Base58Address << QStringLiteral("Sol") << QValidator::Invalid;
    QTest::newRow("base58 too long") << FilterValueFormat::Base58Address << wsol + QStringLiteral("11")
                                     << QValidator::Invalid;

    const QString usdc = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
    QTest::newRow("hex complete") << FilterValueFormat::HexAddress << usdc << QValidator::Acceptable;
    QTest::newRow("hex upper prefix") << FilterValueFormat::HexAddress
                                      << QStringLiteral("0XA0B86991C6218B36C1D19D4A2E9EB0CE3606EB48")
                                      << QValidator::Acceptable;
    QTest::newRow("hex 0") << FilterValueFormat::HexAddress << QStringLiteral("0") << QValidator::Intermediate;
    QTest::newRow("hex 0x") << FilterValueFormat::HexAddress << QStringLiteral("0x") << QValidator::Intermediate;
    QTest::newRow("hex partial") << FilterValueFormat::HexAddress << QStringLiteral("0xa0b8")
                                 << QValidator::Intermediate;
    QTest::newRow("hex no prefix") << FilterValueFormat::HexAddress << QStringLiteral("a0b8") << QValidator::Invalid;
    QTest::newRow("hex bad digit") << FilterValueFormat::HexAddress << QStringLiteral("0xa0g8") << QValidator::Invalid;
    QTest::newRow("hex too long") << FilterValueFormat::HexAddress << usdc + QStringLiteral("0") << QValidator::Invalid;

    QTest::newRow("chain 1") << FilterValueFormat::ChainId << QStringLiteral("1") << QValidator::Acceptable;
    QTest::newRow("chain 8453") << FilterValueFormat::ChainId << QStringLiteral("8453") << QValidator::Acceptable;
    QTest::newRow("chain 0") << FilterValueFormat::ChainId << QStringLiteral("0") << QValidator::Intermediate;
    QTest::newRow("chain leading zero") << FilterValueFormat::ChainId << QStringLiteral("01")
                                        << QValidator::Intermediate;
    QTest::newRow("chain letters") << FilterValueFormat::ChainId << QStringLiteral("eth") << QValidator::Invalid;
    QTest::newRow("chain negative") << FilterValueFormat::ChainId << QStringLiteral("-1") << QValidator::Invalid;

    QTest::newRow("free text") << FilterValueFormat::FreeText << QStringLiteral("feed 1") << QValidator::Acceptable;
}

void TestFilterValidator::validate()
{
    QFETCH(FilterValueFormat, format);
    QFETCH(QString, input);
    QFETCH(QValidator::State, state);
    FilterValueValidator validator(format);
    int pos = int(input.size());
    QCOMPARE(validator.validate(input, pos), state);
}

void TestFilterValidator::trimsPastedWhitespace()
{
    FilterValueValidator validator(FilterValueFormat::Base58Address);
    QString input = QStringLiteral("  So11111111111111111111111111111111111111112\n");
    int pos = int(input.size());
    QCOMPARE(validator.validate(input, pos), QValidator::Acceptable);
    QCOMPARE(input, QStringLiteral("So11111111111111111111111111111111111111112"));
    QVERIFY(pos >= 0 && pos <= input.size());
}

void TestFilterValidator::problemMatchesValidator_data()
{
    validate_data();
}

void TestFilterValidator::problemMatchesValidator()
{
    // The dialog's inline message and the validator must agree on what is complete.
    QFETCH(FilterValueFormat, format);
    QFETCH(QString, input);
    QFETCH(QValidator::State, state);
    QCOMPARE(filterValueProblem(format, input).isEmpty(), state == QValidator::Acceptable);
}

QTEST_MAIN(TestFilterValidator)
#include "tst_filtervalidator.moc"
