#include "streamclient.h"
#include "subscriptionmodel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;

class TestSubscriptionModel : public QObject
{
    Q_OBJECT

private:
    static void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

    static StreamFilter tokenFilter(const QString &token)
    {
        StreamFilter filter;
        filter.insert(QStringLiteral("tokenAddress"), token);
        return filter;
    }

private Q_SLOTS:
    void rowsFedDirectly()
    {
        SubscriptionModel model;
        attachTester(&model);
        model.setTickInterval(0);
        QCOMPARE(model.addSubscription(1, QStringLiteral("svm.token.swaps"), tokenFilter(QStringLiteral("Mint1"))), 0);
        QCOMPARE(model.addSubscription(2, QStringLiteral("alpha.personal"), {}), 1);
        QCOMPARE(model.addSubscription(1, QStringLiteral("ignored"), {}), 0); // same id: same row
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SubscriptionModel::ColumnCount));

        QCOMPARE(model.index(0, SubscriptionModel::StreamColumn).data().toString(), QStringLiteral("svm.token.swaps"));
        QCOMPARE(model.index(0, SubscriptionModel::FilterColumn).data().toString(),
                 QStringLiteral("tokenAddress=Mint1"));
        const SubscriptionRequest request {QStringLiteral("svm.token.swaps"), tokenFilter(QStringLiteral("Mint1"))};
        QCOMPARE(model.index(0, 0).data(SubscriptionModel::KeyRole).toString(), request.key());
        QCOMPARE(model.index(0, SubscriptionModel::StatusColumn).data().toString(),
                 Subscription::statusText(Subscription::Status::Pending));
        QCOMPARE(model.index(1, 0).data(SubscriptionModel::IdRole).toULongLong(), 2u);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.idAt(0), 1u);
        QVERIFY(!model.subscriptionAt(0));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateStatus(1, Subscription::Status::Error, QStringLiteral("auth refused"));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, SubscriptionModel::StatusColumn)
                     .data(SubscriptionModel::StatusRole)
                     .value<Subscription::Status>(),
                 Subscription::Status::Error);
        QCOMPARE(model.index(0, SubscriptionModel::ReasonColumn).data().toString(), QStringLiteral("auth refused"));
        changed.clear();
        model.updateStatus(1, Subscription::Status::Error, QStringLiteral("auth refused"));
        QCOMPARE(changed.size(), 0); // no change, no signal

        model.setPaused(2, true);
        QCOMPARE(model.index(1, SubscriptionModel::PausedColumn).data(SubscriptionModel::PausedRole).toBool(), true);
        QVERIFY(!model.index(1, SubscriptionModel::PausedColumn).data().toString().isEmpty());

        model.updateStatus(99, Subscription::Status::Subscribed, {}); // unknown ids are ignored
        model.removeSubscription(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), 2u);
        model.removeSubscription(1);
        QCOMPARE(model.rowCount(), 1);
    }

    void ratesFromCountersOnTicks()
    {
        SubscriptionModel model;
        attachTester(&model);
        model.setTickInterval(0);
        model.addSubscription(7, QStringLiteral("svm.token.swaps"), tokenFilter(QStringLiteral("M")));
        model.addSubscription(8, QStringLiteral("evm.token.swaps"), {});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const qint64 t0 = 1'000'000;
        model.tick(t0);
        QCOMPARE(changed.size(), 1);
        // One ranged signal: every row, rate..gaps columns.
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, SubscriptionModel::RateColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, SubscriptionModel::GapsColumn));
        QCOMPARE(model.index(0, 0).data(SubscriptionModel::RateRole).toDouble(), 0.0);

        model.updateCounters(7, 250, 42'000'000, 3);
        model.updateCounters(8, 10, 43'000'000, 0);
        // Counters are shown at the next tick, not before.
        QCOMPARE(model.index(0, SubscriptionModel::TotalColumn).data().toString(), QStringLiteral("0"));
        changed.clear();
        model.tick(t0 + 1000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, SubscriptionModel::TotalColumn).data().toString(), QStringLiteral("250"));
        QCOMPARE(model.index(0, SubscriptionModel::RateColumn).data(SubscriptionModel::SortRole).toDouble(), 250.0);
        QCOMPARE(model.index(0, SubscriptionModel::RateColumn).data().toString(), QStringLiteral("250.0"));
        QCOMPARE(model.index(1, SubscriptionModel::RateColumn).data(SubscriptionModel::RateRole).toDouble(), 10.0);
        QCOMPARE(model.index(0, SubscriptionModel::GapsColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, 0).data(SubscriptionModel::LastEventAtUsRole).toLongLong(), 42'000'000);
        QVERIFY(!model.index(0, SubscriptionModel::LastEventColumn).data().toString().isEmpty());

        // The window is one second: a quiet second brings the rate to zero.
        model.updateCounters(7, 400, 42'500'000, 3);
        model.tick(t0 + 2000);
        QCOMPARE(model.index(0, 0).data(SubscriptionModel::RateRole).toDouble(), 150.0);
        model.tick(t0 + 3000);
        QCOMPARE(model.index(0, 0).data(SubscriptionModel::RateRole).toDouble(), 0.0);
    }

    void internalTimerUsesTheInjectedClock()
    {
        SubscriptionModel model;
        attachTester(&model);
        qint64 now = 5000;
        model.setClock([&now] { return now; });
        model.setTickInterval(10);
        model.addSubscription(1, QStringLiteral("svm.token.swaps"), {});
        // Without a client the timer does not run; the tests (and the GUI) drive tick().
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.tick(now);
        QCOMPARE(changed.size(), 1);
    }

    void followsAClient()
    {
        QNetworkAccessManager network;
        StreamClient client(&network);
        Subscription *existing = client.subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(QStringLiteral("A")));
        QVERIFY(existing);

        SubscriptionModel model;
        attachTester(&model);
        model.setTickInterval(0);
        model.setClient(&client);
        QCOMPARE(model.client(), &client);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.subscriptionAt(0), existing);
        QCOMPARE(model.idAt(0), SubscriptionModel::idOf(existing));

        Subscription *added = client.subscribe(QStringLiteral("alpha.signalFeedGlobal"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.subscriptionAt(1), added);
        QCOMPARE(model.index(1, SubscriptionModel::StreamColumn).data().toString(),
                 QStringLiteral("alpha.signalFeedGlobal"));
        QCOMPARE(model.index(1, 0).data(SubscriptionModel::StatusRole).value<Subscription::Status>(), added->status());

        // Two subscriptions of one key are two rows.
        Subscription *twin = client.subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(QStringLiteral("A")));
        QVERIFY(twin != existing);
        QCOMPARE(model.rowCount(), 3);

        client.unsubscribe(existing);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(SubscriptionModel::idOf(existing)), -1);

        model.tick(1000);
        model.setClient(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void clientDestroyedDetaches()
    {
        SubscriptionModel model;
        attachTester(&model);
        model.setTickInterval(0);
        {
            QNetworkAccessManager network;
            StreamClient client(&network);
            client.subscribe(QStringLiteral("alpha.signalFeedGlobal"));
            model.setClient(&client);
            QCOMPARE(model.rowCount(), 1);
        }
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.client());
        model.tick(1); // no dangling subscription is read
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionModel)
#include "tst_subscriptionmodel.moc"
