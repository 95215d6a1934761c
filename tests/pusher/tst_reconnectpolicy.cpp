#include "reconnectpolicy.h"

#include <QTest>

using namespace shuriken::pusher;

Q_DECLARE_METATYPE(shuriken::pusher::CloseAction)

namespace {

/// A clock the test moves by hand.
struct FakeClock
{
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1'000'000);
    ReconnectPolicy::Clock clock() const
    {
        return [now = now] {
            return *now;
        };
    }
};

bool withinJitter(qint64 delay, qint64 base)
{
    return delay >= std::llround(base * 0.8) && delay <= std::llround(base * 1.2);
}

} // namespace

class TestReconnectPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastValueRepeats();
    void fallbackSchedule();
    void emptyScheduleSelectsFallback();
    void scheduleIsClamped();
    void everyScheduledWaitHasAFloorAndACeiling_data();
    void everyScheduledWaitHasAFloorAndACeiling();
    void jitterStaysInBounds();
    void jitterVaries();
    void sameSeedSameDelays();
    void otherSeedOtherDelays();
    void minimumPerAction_data();
    void minimumPerAction();
    void immediateFirstThenSchedule();
    void failSchedulesNothing();
    void countdownFollowsTheClock();
    void resetStartsOver();
};

void TestReconnectPolicy::lastValueRepeats()
{
    ReconnectPolicy policy(1);
    policy.setSchedule({1000, 5000, 20000});
    const QList<qint64> bases {1000, 5000, 20000, 20000, 20000, 20000};
    for (int i = 0; i < bases.size(); ++i) {
        const qint64 delay = policy.nextDelayMs(CloseAction::Backoff);
        QVERIFY2(withinJitter(delay, bases.at(i)) || (bases.at(i) == 1000 && delay == 1000),
                 qPrintable(QStringLiteral("attempt %1: %2").arg(i).arg(delay)));
        QCOMPARE(policy.attempt(), i + 1);
    }
}

void TestReconnectPolicy::fallbackSchedule()
{
    QCOMPARE(ReconnectPolicy::fallbackSchedule(), (QList<qint64> {1000, 2000, 4000, 8000, 16000, 30000}));
    ReconnectPolicy policy(3);
    QCOMPARE(policy.schedule(), ReconnectPolicy::fallbackSchedule());
    const QList<qint64> bases {2000, 4000, 8000, 16000, 30000, 30000, 30000};
    policy.nextDelayMs(CloseAction::Backoff); // 1 s (floor)
    for (const qint64 base : bases) {
        const qint64 delay = policy.nextDelayMs(CloseAction::Backoff);
        QVERIFY2(withinJitter(delay, base), qPrintable(QString::number(delay)));
    }
}

void TestReconnectPolicy::emptyScheduleSelectsFallback()
{
    ReconnectPolicy policy(3);
    policy.setSchedule({50});
    QCOMPARE(policy.schedule(), (QList<qint64> {50}));
    policy.setSchedule({});
    QCOMPARE(policy.schedule(), ReconnectPolicy::fallbackSchedule());
}

void TestReconnectPolicy::scheduleIsClamped()
{
    ReconnectPolicy policy(3);
    policy.setSchedule({-5, 0, 999'999'999});
    QCOMPARE(policy.schedule(), (QList<qint64> {0, 0, ReconnectPolicy::kMaximumDelayMs}));
}

void TestReconnectPolicy::everyScheduledWaitHasAFloorAndACeiling_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("4200 retry") << int(CloseAction::RetryImmediately);
    QTest::newRow("4100 backoff") << int(CloseAction::Backoff);
    QTest::newRow("4009 refresh") << int(CloseAction::RefreshSession);
}

void TestReconnectPolicy::everyScheduledWaitHasAFloorAndACeiling()
{
    // A server recommending 0 ms must not get a reconnect loop out of a socket it closes again
    // at once (issue 13, finding 9); only the one immediate retry of a transient close is sooner.
    QFETCH(int, action);
    const auto closeAction = CloseAction(action);
    ReconnectPolicy policy(3);
    policy.setSchedule({0, 0, 999'999'999});
    const qint64 first = policy.nextDelayMs(closeAction);
    QCOMPARE(first, closeAction == CloseAction::Backoff ? ReconnectPolicy::kMinimumBackoffMs : qint64(0));
    for (int i = 0; i < 5; ++i) {
        const qint64 delay = policy.nextDelayMs(closeAction);
        QVERIFY2(delay >= ReconnectPolicy::kMinimumBackoffMs && delay <= ReconnectPolicy::kMaximumDelayMs,
                 qPrintable(QString::number(delay)));
    }
}

void TestReconnectPolicy::jitterStaysInBounds()
{
    for (quint32 seed = 1; seed <= 50; ++seed) {
        ReconnectPolicy policy(seed);
        policy.setSchedule({10000});
        for (int i = 0; i < 100; ++i) {
            const qint64 delay = policy.nextDelayMs(CloseAction::Backoff);
            QVERIFY2(delay >= 8000 && delay <= 12000, qPrintable(QString::number(delay)));
        }
    }
}

void TestReconnectPolicy::jitterVaries()
{
    ReconnectPolicy policy(11);
    policy.setSchedule({10000});
    QSet<qint64> delays;
    qint64 lowest = 12000;
    qint64 highest = 8000;
    for (int i = 0; i < 1000; ++i) {
        const qint64 delay = policy.nextDelayMs(CloseAction::Backoff);
        delays.insert(delay);
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    // Spread over the whole ±20 % band, not a constant.
    QVERIFY(delays.size() > 500);
    QVERIFY2(lowest < 8200 && highest > 11800, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
}

void TestReconnectPolicy::sameSeedSameDelays()
{
    ReconnectPolicy first(1234);
    ReconnectPolicy second(1234);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(first.nextDelayMs(CloseAction::Backoff), second.nextDelayMs(CloseAction::Backoff));
}

void TestReconnectPolicy::otherSeedOtherDelays()
{
    ReconnectPolicy first(1234);
    ReconnectPolicy second(4321);
    first.setSchedule({10000});
    second.setSchedule({10000});
    int differences = 0;
    for (int i = 0; i < 20; ++i)
        differences += first.nextDelayMs(CloseAction::Backoff) != second.nextDelayMs(CloseAction::Backoff) ? 1 : 0;
    QVERIFY(differences > 10);
}

void TestReconnectPolicy::minimumPerAction_data()
{
    QTest::addColumn<CloseAction>("action");
    QTest::addColumn<qint64>("firstDelay");
    QTest::addColumn<qint64>("secondMinimum");

    // Schedule {10 ms}: every scheduled wait is floored at 1 s; only the first retry of the
    // non-backoff actions is immediate.
    QTest::newRow("Backoff") << CloseAction::Backoff << qint64(1000) << qint64(1000);
    QTest::newRow("RetryImmediately") << CloseAction::RetryImmediately << qint64(0) << qint64(1000);
    QTest::newRow("ReconnectWithTls") << CloseAction::ReconnectWithTls << qint64(0) << qint64(1000);
    QTest::newRow("RefreshSession") << CloseAction::RefreshSession << qint64(0) << qint64(1000);
}

void TestReconnectPolicy::minimumPerAction()
{
    QFETCH(CloseAction, action);
    QFETCH(qint64, firstDelay);
    QFETCH(qint64, secondMinimum);

    ReconnectPolicy policy(5);
    policy.setSchedule({10});
    QCOMPARE(policy.nextDelayMs(action), firstDelay);
    const qint64 second = policy.nextDelayMs(action);
    QVERIFY2(second >= secondMinimum, qPrintable(QString::number(second)));
    QCOMPARE(second, ReconnectPolicy::kMinimumBackoffMs);
}

void TestReconnectPolicy::immediateFirstThenSchedule()
{
    ReconnectPolicy policy(9);
    policy.setSchedule({3000, 6000});
    QCOMPARE(policy.nextDelayMs(CloseAction::RetryImmediately), qint64(0));
    // Then the schedule from its start, not from its second entry.
    QVERIFY(withinJitter(policy.nextDelayMs(CloseAction::RetryImmediately), 3000));
    QVERIFY(withinJitter(policy.nextDelayMs(CloseAction::RetryImmediately), 6000));
    QCOMPARE(policy.attempt(), 3);
}

void TestReconnectPolicy::failSchedulesNothing()
{
    FakeClock clock;
    ReconnectPolicy policy(9, clock.clock());
    QCOMPARE(policy.nextDelayMs(CloseAction::Fail), qint64(-1));
    QCOMPARE(policy.attempt(), 0);
    QCOMPARE(policy.nextAttemptAtMs(), qint64(-1));
    QCOMPARE(policy.remainingMs(), qint64(-1));
}

void TestReconnectPolicy::countdownFollowsTheClock()
{
    FakeClock clock;
    ReconnectPolicy policy(9, clock.clock());
    policy.setSchedule({5000});
    QCOMPARE(policy.nextAttemptAtMs(), qint64(-1));
    QCOMPARE(policy.now(), qint64(1'000'000));

    const qint64 delay = policy.nextDelayMs(CloseAction::Backoff);
    QCOMPARE(policy.nextAttemptAtMs(), 1'000'000 + delay);
    QCOMPARE(policy.remainingMs(), delay);
    *clock.now += 1500;
    QCOMPARE(policy.remainingMs(), delay - 1500);
    *clock.now += 100000;
    QCOMPARE(policy.remainingMs(), qint64(0));

    policy.clearScheduledAttempt();
    QCOMPARE(policy.nextAttemptAtMs(), qint64(-1));
    QCOMPARE(policy.remainingMs(), qint64(-1));
    QCOMPARE(policy.attempt(), 1);
}

void TestReconnectPolicy::resetStartsOver()
{
    FakeClock clock;
    ReconnectPolicy policy(9, clock.clock());
    policy.setSchedule({2000, 4000, 8000});
    policy.nextDelayMs(CloseAction::Backoff);
    policy.nextDelayMs(CloseAction::Backoff);
    QVERIFY(withinJitter(policy.nextDelayMs(CloseAction::Backoff), 8000));
    policy.reset();
    QCOMPARE(policy.attempt(), 0);
    QCOMPARE(policy.nextAttemptAtMs(), qint64(-1));
    QVERIFY(withinJitter(policy.nextDelayMs(CloseAction::Backoff), 2000));
    policy.reset();
    QCOMPARE(policy.nextDelayMs(CloseAction::RetryImmediately), qint64(0));
    // The schedule survives a reset.
    QCOMPARE(policy.schedule(), (QList<qint64> {2000, 4000, 8000}));
}

QTEST_GUILESS_MAIN(TestReconnectPolicy)
#include "tst_reconnectpolicy.moc"
