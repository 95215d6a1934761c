#include "connectiontimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;

class TestConnectionTimelineModel : public QObject
{
    Q_OBJECT

private:
    using State = StreamClient::State;
    using Kind = ConnectionTimelineModel::Kind;

    static void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

    static Kind kindAt(const ConnectionTimelineModel &model, int row)
    {
        return model.index(row, 0).data(ConnectionTimelineModel::KindRole).value<Kind>();
    }

private Q_SLOTS:
    void recordsStatesAttemptsAndErrors()
    {
        ConnectionTimelineModel model;
        attachTester(&model);
        model.record(State::Connecting, QStringLiteral("user"), 1000);
        model.record(State::Connected, {}, 1200);
        model.recordError(QStringLiteral("socket closed (4200)"), 5000);
        model.record(State::Reconnecting, QStringLiteral("closed 4200"), 5000);
        model.recordReconnectAttempt(1, 6000, 5000);
        model.recordReconnectAttempt(2, -1, 7000);

        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(kindAt(model, 0), Kind::StateChange);
        QCOMPARE(kindAt(model, 2), Kind::Error);
        QCOMPARE(kindAt(model, 4), Kind::ReconnectAttempt);
        QCOMPARE(model.index(1, 0).data(ConnectionTimelineModel::StateRole).value<State>(), State::Connected);
        QCOMPARE(model.index(1, ConnectionTimelineModel::StateColumn).data().toString(),
                 StreamClient::stateText(State::Connected));
        QCOMPARE(model.index(0, ConnectionTimelineModel::DetailColumn).data().toString(), QStringLiteral("user"));
        QCOMPARE(model.index(2, ConnectionTimelineModel::DetailColumn).data().toString(),
                 QStringLiteral("socket closed (4200)"));
        // Error and attempt rows carry the state they happened in.
        QCOMPARE(model.index(2, 0).data(ConnectionTimelineModel::StateRole).value<State>(), State::Connected);
        QCOMPARE(model.index(4, 0).data(ConnectionTimelineModel::StateRole).value<State>(), State::Reconnecting);
        QCOMPARE(model.index(4, 0).data(ConnectionTimelineModel::AttemptRole).toInt(), 1);
        QVERIFY(model.index(4, ConnectionTimelineModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("1000 ms")));
        QVERIFY(!model.index(1, 0).data(ConnectionTimelineModel::AttemptRole).isValid());
        QCOMPARE(model.index(3, 0).data(ConnectionTimelineModel::TimeMsRole).toLongLong(), 5000);
        QCOMPARE(
            model.index(3, ConnectionTimelineModel::TimeColumn).data(ConnectionTimelineModel::SortRole).toLongLong(),
            5000);
        QCOMPARE(model.currentState(), State::Reconnecting);
    }

    void boundedWindow()
    {
        ConnectionTimelineModel model;
        attachTester(&model);
        model.setCapacity(3);
        for (int i = 0; i < 5; ++i)
            model.recordError(QStringLiteral("e%1").arg(i), i);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.letGoCount(), 2u);
        QCOMPARE(model.index(0, ConnectionTimelineModel::DetailColumn).data().toString(), QStringLiteral("e2"));
        model.setCapacity(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.letGoCount(), 4u);
        QCOMPARE(model.index(0, ConnectionTimelineModel::DetailColumn).data().toString(), QStringLiteral("e4"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.letGoCount(), 0u);
    }

    void followsAClient()
    {
        // A client that is told to connect to a closed port goes Connecting -> Reconnecting
        // without any server; its state changes must appear as rows stamped by the clock.
        QNetworkAccessManager network;
        StreamClient client(&network);
        StreamClient::Options options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        options.apiKey = QStringLiteral("sk_test_0123456789abcdef");
        options.requestTimeoutMs = 2000;
        options.fallbackBackoffMs = {60000};
        client.setOptions(options);

        ConnectionTimelineModel model;
        attachTester(&model);
        model.setClock([] { return qint64(42); });
        model.setClient(&client);
        client.connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(model.currentState() != State::Connecting && model.rowCount() >= 2, 20000);
        QCOMPARE(model.index(0, 0).data(ConnectionTimelineModel::StateRole).value<State>(), State::Connecting);
        QCOMPARE(model.index(0, 0).data(ConnectionTimelineModel::TimeMsRole).toLongLong(), 42);
        bool sawProblem = false;
        for (int row = 1; row < model.rowCount(); ++row) {
            const Kind kind = kindAt(model, row);
            const State state = model.index(row, 0).data(ConnectionTimelineModel::StateRole).value<State>();
            if (kind == Kind::Error || state == State::Reconnecting || state == State::Failed)
                sawProblem = true;
            if (kind == Kind::ReconnectAttempt)
                QCOMPARE(model.index(row, 0).data(ConnectionTimelineModel::AttemptRole).toInt(), 1);
        }
        QVERIFY(sawProblem);
        client.disconnectFromService();
        model.setClient(nullptr);
        const int rows = model.rowCount();
        client.connectToService();
        QCOMPARE(model.rowCount(), rows); // detached: nothing recorded
        client.disconnectFromService();
    }
};

QTEST_GUILESS_MAIN(TestConnectionTimelineModel)
#include "tst_connectiontimelinemodel.moc"
