// EventFormatter's local times: the formatter remembers the local offset per quarter hour (Qt's
// own conversion costs a system call each time); its text must be what QDateTime's conversion to
// local time gives, minute by minute across daylight-saving transitions, in a zone that moves by
// an hour (Europe/Berlin), one that moves by half an hour (Australia/Lord_Howe) and one 45
// minutes off the hour (Asia/Kathmandu), before the epoch too.

#include "eventformatter.h"
#include "streamevent.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

using namespace shuriken;

class TestEventFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localTimesAcrossTransitions_data();
    void localTimesAcrossTransitions();
};

void TestEventFormatter::localTimesAcrossTransitions_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("aroundUtc");
    // Each row's times are in quarters no other row uses: the remembered offset of one zone
    // cannot answer for another.
    QTest::newRow("Berlin, spring") << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-29T01:00:00Z");
    QTest::newRow("Berlin, autumn") << QByteArray("Europe/Berlin") << QStringLiteral("2026-10-25T01:00:00Z");
    QTest::newRow("Lord Howe, spring") << QByteArray("Australia/Lord_Howe") << QStringLiteral("2026-10-03T15:30:00Z");
    QTest::newRow("Lord Howe, autumn") << QByteArray("Australia/Lord_Howe") << QStringLiteral("2026-04-04T15:00:00Z");
    QTest::newRow("Kathmandu") << QByteArray("Asia/Kathmandu") << QStringLiteral("2026-06-01T00:00:00Z");
    QTest::newRow("Berlin, before 1970") << QByteArray("Europe/Berlin") << QStringLiteral("1965-06-01T12:07:00Z");
}

void TestEventFormatter::localTimesAcrossTransitions()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, aroundUtc);
    const QByteArray previous = qgetenv("TZ");
    qputenv("TZ", zone);
    tzset();
    const EventFormatter formatter;
    const qint64 middle = QDateTime::fromString(aroundUtc, Qt::ISODate).toMSecsSinceEpoch();
    for (qint64 ms = middle - 3 * 3600 * 1000; ms <= middle + 3 * 3600 * 1000; ms += 60 * 1000 + 7) {
        StreamEvent event;
        event.receivedAtUs = ms * 1000;
        event.setParseError(QStringLiteral("no row needed"));
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
        QCOMPARE(formatter.displayText(event.view(), EventFormatter::ReceivedColumn),
                 local.toString(QStringLiteral("hh:mm:ss.zzz")));
        QCOMPARE(formatter.fullText(event.view(), EventFormatter::ReceivedColumn), local.toString(Qt::ISODateWithMs));
    }
    if (previous.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", previous);
    tzset();
}

QTEST_GUILESS_MAIN(TestEventFormatter)
#include "tst_eventformatter.moc"
