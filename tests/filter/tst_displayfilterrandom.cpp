// The display-filter parser against random input (fixed seeds): random tokens, random text and
// random edits of valid filters. Nothing may crash; every text either parses or is refused with
// a column inside it; a text that parses is matched against every sample row the three ways,
// which must agree.

#include "filtertestrows.h"

#include <QRandomGenerator>
#include <QTest>

using namespace shuriken;
using namespace filtertest;

namespace {

const QStringList tokens {
    // fields, metadata, payload paths
    QStringLiteral("isBuy"),
    QStringLiteral("priceUsd"),
    QStringLiteral("sizeUsd"),
    QStringLiteral("maker"),
    QStringLiteral("preBalance"),
    QStringLiteral("blockTime"),
    QStringLiteral("data.tokens[0].chain"),
    QStringLiteral("data.tokens[-1]"),
    QStringLiteral("[\"odd key\"]"),
    QStringLiteral("payload.channel"),
    QStringLiteral("payload"),
    QStringLiteral("channel"),
    QStringLiteral("event"),
    QStringLiteral("stream"),
    QStringLiteral("received"),
    QStringLiteral("latency"),
    QStringLiteral("seq"),
    QStringLiteral("fees.gasLamports"),
    QStringLiteral("nested.list[1].tags"),
    QStringLiteral("u64"),
    QStringLiteral("sp"),
    QStringLiteral("n"),
    // literals
    QStringLiteral("150"),
    QStringLiteral("-1.5"),
    QStringLiteral("18446744073709551615"),
    QStringLiteral("1e300"),
    QStringLiteral("0"),
    QStringLiteral("\"sol\""),
    QStringLiteral("'日本'"),
    QStringLiteral("\"🚀\""),
    QStringLiteral("true"),
    QStringLiteral("false"),
    QStringLiteral("\"\\d+\""),
    QStringLiteral("\"(\""),
    QStringLiteral("\"2026-12-06T10:00:00Z\""),
    QStringLiteral("\"155.80\""),
    QStringLiteral("\"\""),
    // operators and keywords
    QStringLiteral("=="),
    QStringLiteral("!="),
    QStringLiteral("<"),
    QStringLiteral("<="),
    QStringLiteral(">"),
    QStringLiteral(">="),
    QStringLiteral("&&"),
    QStringLiteral("||"),
    QStringLiteral("!"),
    QStringLiteral("and"),
    QStringLiteral("or"),
    QStringLiteral("not"),
    QStringLiteral("contains"),
    QStringLiteral("matches"),
    QStringLiteral("in"),
    QStringLiteral("exists"),
    // punctuation, functions, junk
    QStringLiteral("("),
    QStringLiteral(")"),
    QStringLiteral("{"),
    QStringLiteral("}"),
    QStringLiteral("["),
    QStringLiteral("]"),
    QStringLiteral("."),
    QStringLiteral(","),
    QStringLiteral("len("),
    QStringLiteral("abs("),
    QStringLiteral("lower("),
    QStringLiteral("foo("),
    QStringLiteral("="),
    QStringLiteral("&"),
    QStringLiteral("|"),
    QStringLiteral("#"),
    QStringLiteral("\""),
    QStringLiteral("'"),
    QStringLiteral("\\"),
    QStringLiteral("1.2.3"),
};

const QStringList validFilters {
    QStringLiteral("isBuy && priceUsd > 150"),
    QStringLiteral("not isBuy or sizeUsd >= 1000.50"),
    QStringLiteral("preBalance == 18446744073709551615 && postBalance < preBalance"),
    QStringLiteral(R"(data.content matches "(?i)^buy \$\w+" || data.tokens[-1].chain in {"sol", "eth"})"),
    QStringLiteral(R"(received > "2026-12-06T10:00:00Z" && latency < 5000)"),
    QStringLiteral(R"(payload["odd key"] == 'yes' && exists nested.list[1].tags)"),
    QStringLiteral(R"(lower(maker) contains "trader" && len(maker) == 10)"),
    QStringLiteral(R"(!(channel == "x") && stream matches "^svm\." && seq exists)"),
    QStringLiteral("abs(neg) == 5.5 || u64 > 18446744073709551614 || big > 1e29"),
    QStringLiteral(R"(type in {"swap" "transfer"} and chainId in {1, 56})"),
};

int codePoints(const QString &text)
{
    return int(text.toUcs4().size());
}

} // namespace

class TestDisplayFilterRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const SampleRow &row : sampleRows())
            m_events.append(sampleEvent(row));
    }

    void randomTokens()
    {
        QRandomGenerator random(20261206);
        for (int i = 0; i < 4000; ++i) {
            const int count = 1 + int(random.bounded(14));
            QString text;
            for (int k = 0; k < count; ++k) {
                if (k > 0 && random.bounded(4) != 0)
                    text += u' ';
                text += tokens.at(random.bounded(int(tokens.size())));
            }
            check(text);
            if (QTest::currentTestFailed())
                return;
        }
        // Both outcomes were exercised, not only one of them.
        QVERIFY2(m_valid > 100, qPrintable(QString::number(m_valid)));
        QVERIFY2(m_invalid > 200, qPrintable(QString::number(m_invalid)));
    }

    void randomText()
    {
        QRandomGenerator random(4242);
        // ASCII punctuation and letters, and characters that are hard to get right: quotes,
        // backslashes, controls, non-ASCII, a surrogate pair and lone surrogates.
        const QString alphabet = QStringLiteral(" \t\n!\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~aeinrstxAZ")
            + QStringLiteral("éü日本🚀") + QChar(0xD800) + QChar(0xDC00) + QChar(0) + QChar(0x7F) + QChar(0xFFFF);
        for (int i = 0; i < 3000; ++i) {
            const int length = int(random.bounded(40));
            QString text;
            for (int k = 0; k < length; ++k)
                text += alphabet.at(random.bounded(int(alphabet.size())));
            check(text);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void randomEdits()
    {
        QRandomGenerator random(777);
        const QString inserts = QStringLiteral("()[]{}\"'\\.,!=<>&|# 0123456789a-eé🚀");
        for (int i = 0; i < 3000; ++i) {
            QString text = validFilters.at(random.bounded(int(validFilters.size())));
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits && !text.isEmpty(); ++e) {
                const int at = int(random.bounded(int(text.size())));
                switch (random.bounded(4)) {
                case 0:
                    text.remove(at, 1);
                    break;
                case 1:
                    text.insert(at, inserts.at(random.bounded(int(inserts.size()))));
                    break;
                case 2:
                    text.truncate(at);
                    break;
                default:
                    text.replace(at, 1, inserts.at(random.bounded(int(inserts.size()))));
                    break;
                }
            }
            check(text);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void validFiltersStayValid()
    {
        for (const QString &text : validFilters) {
            FilterError error;
            QVERIFY2(DisplayFilter::parse(text, &error).isValid(), qPrintable(text + u' ' + error.message));
        }
    }

private:
    void check(const QString &text)
    {
        FilterError error;
        const DisplayFilter filter = DisplayFilter::parse(text, &error);
        if (!filter.isValid()) {
            ++m_invalid;
            const QString where = QStringLiteral("text: \"%1\", error: \"%2\"").arg(text, error.message);
            QVERIFY2(error.column >= 1 && error.column <= codePoints(text) + 1, qPrintable(where));
            QVERIFY2(error.position >= 0 && error.position <= text.size(), qPrintable(where));
            QVERIFY2(codePoints(text.left(error.position)) + 1 == error.column, qPrintable(where));
            QVERIFY2(error.message.endsWith(QStringLiteral(" at column %1").arg(error.column)), qPrintable(where));
            return;
        }
        ++m_valid;
        for (const StreamEvent &event : std::as_const(m_events)) {
            const Verdicts result = verdicts(filter, event);
            const QString where = QStringLiteral("text: \"%1\", stream %2").arg(text, event.stream);
            QVERIFY2(result.copied == result.inPlace, qPrintable(where));
            QVERIFY2(result.copied == result.typed, qPrintable(where));
        }
    }

    QList<StreamEvent> m_events;
    int m_valid = 0;
    int m_invalid = 0;
};

QTEST_GUILESS_MAIN(TestDisplayFilterRandom)
#include "tst_displayfilterrandom.moc"
