// The monitor on the built-in simulator in generic Pusher mode: direct mode end to end. The
// catalog says there is none, a channel is subscribed by name through the channel dialog
// (Ctrl+N), events the simulator triggers arrive, the table discovers its columns from the
// fields seen and never brings back a column the user removed, and a private channel is signed
// with the simulator's app secret. Offscreen platform, fake SecretStore, loopback only.

#include "catalogview.h"
#include "channeldialog.h"
#include "connectionpanel.h"
#include "eventtablemodel.h"
#include "fakesecretstore.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "monitorcontroller.h"
#include "monitorsettings.h"
#include "presencemembermodel.h"
#include "presencepanel.h"
#include "sendeventdialog.h"
#include "simulatorserver.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace shuriken;
using shuriken::test::FakeSecretStore;

namespace {

constexpr int LongWaitMs = 30000;

struct Monitor
{
    explicit Monitor(const QString &settingsPath)
    {
        settings = std::make_unique<MonitorSettings>(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
        secrets = std::make_unique<FakeSecretStore>();
        MonitorController::Options options;
        options.client.requestTimeoutMs = 10000;
        options.client.fallbackBackoffMs = {200, 400};
        options.client.jitterSeed = 7;
        options.simulator.seed = 42;
        options.statsIntervalMs = 200;
        controller = std::make_unique<MonitorController>(settings.get(), secrets.get(), options);
        window = std::make_unique<MainWindow>(controller.get(), settings.get(), secrets.get());
        window->show();
    }

    ~Monitor()
    {
        window.reset();
        controller.reset();
    }

    Subscription *subscribeThroughTheDialog(const QString &channel, const QString &bind = QString())
    {
        QAction *subscribe = nullptr;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::New))
                subscribe = action;
        }
        if (!subscribe)
            return nullptr;
        subscribe->trigger();
        ChannelDialog *dialog = window->channelDialog();
        if (!dialog)
            return nullptr;
        dialog->channelCombo()->setEditText(channel);
        dialog->bindEdit()->setText(bind);
        dialog->okButton()->click();
        for (Subscription *subscription : controller->subscriptions()) {
            if (subscription->stream() == channel)
                return subscription;
        }
        return nullptr;
    }

    std::unique_ptr<MonitorSettings> settings;
    std::unique_ptr<FakeSecretStore> secrets;
    std::unique_ptr<MonitorController> controller;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestPusherMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void directModeHasNoCatalog();
    void publicChannelGetsDiscoveredColumns();
    void privateChannelIsSignedWithTheAppSecret();
    void presenceChannelShowsItsMembersAndEventsCanBeSent();

private:
    std::unique_ptr<Monitor> startOnPusherSimulator();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPusherMonitor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPusherMonitor::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Monitor> TestPusherMonitor::startOnPusherSimulator()
{
    auto monitor = std::make_unique<Monitor>(m_dir->filePath(QStringLiteral("monitor.ini")));
    monitor->controller->activateProfile(monitor->settings->profile(Profile::pusherSimulatorId()));
    return monitor;
}

void TestPusherMonitor::directModeHasNoCatalog()
{
    auto monitor = startOnPusherSimulator();
    QVERIFY(monitor->controller->simulator());
    QVERIFY(monitor->controller->simulator()->config().genericPusher);
    QVERIFY(monitor->controller->isDirect());
    QVERIFY(monitor->controller->client()->isDirect());
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    QVERIFY(monitor->window->catalogView()->isDirectMode());
    QVERIFY(monitor->window->catalogView()->channelButton()->isVisible());
    QVERIFY(!monitor->window->simulatorBanner()->isVisible());
    const QString endpoint = monitor->window->connectionPanel()->endpointDescription();
    QVERIFY2(endpoint.startsWith(QLatin1String("ws://127.0.0.1:")), qPrintable(endpoint));
    QVERIFY(!endpoint.contains(monitor->controller->simulator()->config().appSecret));
    // Nothing is subscribed on its own in Pusher mode.
    QVERIFY(monitor->controller->subscriptions().isEmpty());

    // Back to the Shuriken simulator: the catalog is there again.
    monitor->controller->activateProfile(monitor->settings->profile(Profile::simulatorId()));
    QVERIFY(!monitor->controller->simulator()->config().genericPusher);
    QVERIFY(!monitor->window->catalogView()->isDirectMode());
}

void TestPusherMonitor::publicChannelGetsDiscoveredColumns()
{
    auto monitor = startOnPusherSimulator();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    Subscription *subscription
        = monitor->subscribeThroughTheDialog(QStringLiteral("orders"), QStringLiteral("order.created"));
    QVERIFY(subscription);
    QCOMPARE(subscription->boundEvent(), QStringLiteral("order.created"));
    QTRY_COMPARE_WITH_TIMEOUT(subscription->status(), Subscription::Status::Subscribed, LongWaitMs);
    QCOMPARE(monitor->settings->recentChannels(Profile::pusherSimulatorId()), QStringList {QStringLiteral("orders")});
    QCOMPARE(monitor->settings->savedSubscriptions(Profile::pusherSimulatorId()).size(), 1);

    sim::SimulatorServer *simulator = monitor->controller->simulator();
    QCOMPARE(simulator->trigger(QStringLiteral("orders"), QStringLiteral("order.created"),
                                R"({"id":7,"price":"2.5","user":{"name":"ada"}})"),
             1);
    EventTableModel *model = monitor->controller->eventModel(subscription);
    QVERIFY(model);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, LongWaitMs);
    QCOMPARE(
        model->customColumns(),
        (QStringList {QStringLiteral("event"), QStringLiteral("id"), QStringLiteral("price"), QStringLiteral("user")}));
    const int first = model->firstCustomColumn();
    QCOMPARE(model->index(0, first).data().toString(), QStringLiteral("order.created"));
    QCOMPARE(model->index(0, first + 2).data().toString(), QStringLiteral("2.5"));

    // The user removes "price"; a later event with it and a new field brings only the new one.
    model->removeCustomColumn(first + 2);
    simulator->trigger(QStringLiteral("orders"), QStringLiteral("order.created"), R"({"id":8,"price":"3","qty":2})");
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, LongWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->customColumns(),
        (QStringList {QStringLiteral("event"), QStringLiteral("id"), QStringLiteral("user"), QStringLiteral("qty")}),
        LongWaitMs);
    QCOMPARE(monitor->settings->customColumns(QStringLiteral("orders")), model->customColumns());
    QVERIFY(monitor->settings->discoveredColumns(QStringLiteral("orders")).contains(QStringLiteral("price")));

    // Events that arrive only under another name than the bound one are explained in the banner
    // (Laravel broadcasts App\\Events\\OrderShipped unless the app binds ".OrderShipped").
    Subscription *shipments
        = monitor->subscribeThroughTheDialog(QStringLiteral("shipments"), QStringLiteral("OrderShipped"));
    QVERIFY(shipments);
    QTRY_COMPARE_WITH_TIMEOUT(shipments->status(), Subscription::Status::Subscribed, LongWaitMs);
    simulator->trigger(QStringLiteral("shipments"), QStringLiteral("App\\Events\\OrderShipped"), R"({"id":8})");
    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->channelBanner()->isVisible(), LongWaitMs);
    QVERIFY(monitor->window->channelBanner()->text().startsWith(QLatin1String("shipments: ")));
}

void TestPusherMonitor::privateChannelIsSignedWithTheAppSecret()
{
    auto monitor = startOnPusherSimulator();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    Subscription *subscription = monitor->subscribeThroughTheDialog(QStringLiteral("private-orders"));
    QVERIFY(subscription);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->status(), Subscription::Status::Subscribed, LongWaitMs);
    monitor->controller->simulator()->trigger(QStringLiteral("private-orders"), QStringLiteral("x"), R"({"a":1})");
    EventTableModel *model = monitor->controller->eventModel(subscription);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, LongWaitMs);
}

void TestPusherMonitor::presenceChannelShowsItsMembersAndEventsCanBeSent()
{
    auto monitor = startOnPusherSimulator();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    QAction *send = nullptr;
    for (QAction *action : monitor->window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+S")))
            send = action;
    }
    QVERIFY(send);
    QVERIFY(send->isEnabled());

    Subscription *subscription = monitor->subscribeThroughTheDialog(QStringLiteral("presence-room"));
    QVERIFY(subscription);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->status(), Subscription::Status::Subscribed, LongWaitMs);
    monitor->window->openTab(subscription);
    // The Channel dock shows the members of the current presence tab.
    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->channelDock()->isVisibleTo(monitor->window.get()), LongWaitMs);
    auto *panel = monitor->window->channelDock()->findChild<PresencePanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->subscription(), subscription);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, LongWaitMs);

    // Send Event… opens the dialog on this connection, with the simulator's HTTP API.
    send->trigger();
    auto *dialog = monitor->window->findChild<SendEventDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    // Back on the Shuriken simulator: no Pusher tools.
    monitor->controller->activateProfile(monitor->settings->profile(Profile::simulatorId()));
    QTRY_VERIFY_WITH_TIMEOUT(!send->isEnabled(), LongWaitMs);
}

QTEST_MAIN(TestPusherMonitor)
#include "tst_pushermonitor.moc"
