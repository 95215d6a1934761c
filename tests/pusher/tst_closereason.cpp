#include "closereason.h"

#include <QTest>

using namespace shuriken::pusher;

Q_DECLARE_METATYPE(shuriken::pusher::CloseAction)

class TestCloseReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void action_data();
    void action();
    void description_data();
    void description();
};

void TestCloseReason::action_data()
{
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<CloseAction>("expected");

    QTest::newRow("4000 TLS only") << 4000 << CloseAction::ReconnectWithTls;
    for (const int code : {4001, 4003, 4004, 4009})
        QTest::addRow("%d refused", code) << code << CloseAction::RefreshSession;
    QTest::newRow("4002 unassigned refusal") << 4002 << CloseAction::RefreshSession;
    QTest::newRow("4099 end of the refusal range") << 4099 << CloseAction::RefreshSession;
    for (const int code : {4005, 4006, 4007, 4008})
        QTest::addRow("%d client bug", code) << code << CloseAction::Fail;
    for (const int code : {4100, 4150, 4199})
        QTest::addRow("%d busy", code) << code << CloseAction::Backoff;
    for (const int code : {4200, 4201, 4202, 4299})
        QTest::addRow("%d transient", code) << code << CloseAction::RetryImmediately;
    for (const int code : {4300, 4301, 4302, 4999, 5000, 65535})
        QTest::addRow("%d other", code) << code << CloseAction::Backoff;
    for (const int code : {1000, 1001, 1002, 1003, 1004, 1005, 1006, 1011, 1015, 3000, 3999})
        QTest::addRow("%d WebSocket", code) << code << CloseAction::Backoff;
    QTest::newRow("0") << 0 << CloseAction::Backoff;
    QTest::newRow("negative") << -1 << CloseAction::Backoff;
}

void TestCloseReason::action()
{
    QFETCH(int, closeCode);
    QFETCH(CloseAction, expected);
    QCOMPARE(closeActionFor(closeCode), expected);
}

void TestCloseReason::description_data()
{
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("4201") << 4201 << QStringLiteral("4201 pong not received");
    QTest::newRow("4200") << 4200 << QStringLiteral("4200 generic reconnect immediately");
    QTest::newRow("4202") << 4202 << QStringLiteral("4202 closed after inactivity");
    QTest::newRow("4001") << 4001 << QStringLiteral("4001 application does not exist");
    QTest::newRow("4009") << 4009 << QStringLiteral("4009 connection unauthorized");
    QTest::newRow("4007") << 4007 << QStringLiteral("4007 unsupported protocol version");
    QTest::newRow("4100") << 4100 << QStringLiteral("4100 over capacity");
    QTest::newRow("4150") << 4150 << QStringLiteral("4150 server busy");
    QTest::newRow("4050") << 4050 << QStringLiteral("4050 connection refused");
    QTest::newRow("1006") << 1006 << QStringLiteral("1006 connection lost");
    QTest::newRow("1000") << 1000 << QStringLiteral("1000 normal closure");
    QTest::newRow("unknown") << 3333 << QStringLiteral("3333 unknown close code");
}

void TestCloseReason::description()
{
    QFETCH(int, closeCode);
    QFETCH(QString, expected);
    QCOMPARE(describeCloseCode(closeCode), expected);
}

QTEST_GUILESS_MAIN(TestCloseReason)
#include "tst_closereason.moc"
