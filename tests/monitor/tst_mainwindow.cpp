// The monitor's window end to end on the in-process simulator: catalog, subscribe dialog, live
// rows with schema columns, detail view, unsubscribe, the state indicator through a dropped
// connection, banners for the simulator, a missing key and a missing keychain, session restore
// and the flight recorder behind the debugger. Offscreen platform, fake SecretStore, loopback only.

#include "capturecontrols.h"
#include "capturefile.h"
#include "capturereplayer.h"
#include "catalogview.h"
#include "connectionpanel.h"
#include "connectiontimelinemodel.h"
#include "debuggerview.h"
#include "eventfilterproxymodel.h"
#include "eventjsonline.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "fakesecretstore.h"
#include "flightrecorder.h"
#include "framelogmodel.h"
#include "httplogmodel.h"
#include "jsontreemodel.h"
#include "livelabel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "monitorcontroller.h"
#include "monitorsettings.h"
#include "profiledialog.h"
#include "savecapturedialog.h"
#include "simulatorserver.h"
#include "streamcatalogmodel.h"
#include "subscriptionmodel.h"
#include "subscriptionsview.h"
#include "tableexport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace shuriken;
using shuriken::test::FakeSecretStore;

namespace {

constexpr int LongWaitMs = 30000;
const QString wrappedSol = QStringLiteral("So11111111111111111111111111111111111111112");
const QString usdcMint = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");

/// One monitor: settings on a temporary file, a fake secret store, the controller with short
/// timers and the main window, shown offscreen.
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
        // Long enough for the indicator to be seen in Reconnecting, short enough for a fast test.
        options.simulator.reconnectBackoffMs = {400, 800};
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

    Subscription *findSubscription(const QString &stream, const QString &filterValue = QString()) const
    {
        for (Subscription *subscription : controller->subscriptions()) {
            if (subscription->stream() == stream
                && (filterValue.isEmpty() || subscription->filter().values().contains(filterValue)))
                return subscription;
        }
        return nullptr;
    }

    std::unique_ptr<MonitorSettings> settings;
    std::unique_ptr<FakeSecretStore> secrets;
    std::unique_ptr<MonitorController> controller;
    std::unique_ptr<MainWindow> window;
};

int streamCount(const QAbstractItemModel *model)
{
    int streams = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        streams += model->rowCount(model->index(row, 0));
    return streams;
}

QStringList streamIds(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex ns = model->index(row, 0);
        for (int child = 0; child < model->rowCount(ns); ++child)
            ids.append(model->index(child, 0, ns).data(StreamCatalogModel::StreamIdRole).toString());
    }
    return ids;
}

QStringList headers(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int column = 0; column < model->columnCount(); ++column)
        texts.append(model->headerData(column, Qt::Horizontal).toString());
    return texts;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsOnTheSimulatorWithBannerAndDemoRows();
    void catalogBrowsing();
    void subscribeThroughTheDialog();
    void unsubscribeRemovesTabAndSavedEntry();
    void closingATabKeepsTheSubscription();
    void indicatorFollowsDropAndReconnect();
    void savedSessionIsRestoredInsteadOfTheDemo();
    void missingKeyShowsBannerAndStaysDisconnected();
    void keyFromSecretStoreIsUsedAndRedacted();
    void keychainUnavailableIsShown();
    void debuggerShowsWhatHappenedBeforeItWasOpened();
    void saveCaptureWritesWhatTheRecorderHolds();
    void savedCaptureReopensWithTheSameRowsAndFrames();
    void badCaptureFilesAreRefusedAndTheLiveSessionStays();
    void captureWithNothingToReplayFailsLater();
    void updateIntervalIsTheClientsBatchInterval();
    void exportWritesTheVisibleTable();
    void enteringAKeyInTheProfileDialogConnects();

private:
    std::unique_ptr<Monitor> startOnSimulator();
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("monitor.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Monitor> TestMainWindow::startOnSimulator()
{
    auto monitor = std::make_unique<Monitor>(settingsPath());
    monitor->controller->activateProfile(monitor->settings->profile(Profile::simulatorId()));
    return monitor;
}

void TestMainWindow::startsOnTheSimulatorWithBannerAndDemoRows()
{
    auto monitor = startOnSimulator();
    QVERIFY(monitor->controller->simulator());
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    QCOMPARE(monitor->window->connectionPanel()->stateText(), QStringLiteral("Connected"));
    QVERIFY(monitor->window->simulatorBanner()->isVisible());
    QVERIFY(monitor->window->simulatorBanner()->text().contains(QLatin1String("built-in simulator")));
    QVERIFY(!monitor->window->keyBanner()->isVisible());

    // The demo subscription opens its tab and rows arrive without any set-up.
    Subscription *demo = monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol);
    QVERIFY(demo);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->eventView(demo), LongWaitMs);
    QCOMPARE(monitor->window->eventTabs()->count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->eventView(demo)->model()->rowCount() > 0, LongWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(demo->status(), Subscription::Status::Subscribed, LongWaitMs);
    // The status bar shows live figures once the rate meters have two samples.
    QTRY_VERIFY_WITH_TIMEOUT(monitor->controller->figures().eventsPerSecond > 0, LongWaitMs);
    QVERIFY(monitor->window->statusFigures()->text().contains(QLatin1String("events/s")));
}

void TestMainWindow::catalogBrowsing()
{
    auto monitor = startOnSimulator();
    CatalogView *catalog = monitor->window->catalogView();
    const QAbstractItemModel *tree = catalog->treeView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(), 5, LongWaitMs);
    QCOMPARE(streamCount(tree), 21);
    QStringList namespaces;
    for (int row = 0; row < tree->rowCount(); ++row)
        namespaces.append(tree->index(row, 0).data().toString());
    QCOMPARE(namespaces,
             (QStringList {QStringLiteral("svm"), QStringLiteral("evm"), QStringLiteral("alpha"),
                           QStringLiteral("portfolio"), QStringLiteral("automation")}));

    // Find (the standard shortcut) puts the cursor into the search box.
    monitor->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(monitor->window.get()));
    monitor->window->eventTabs()->setFocus();
    QTest::keySequence(monitor->window.get(), QKeySequence::Find);
    QTRY_VERIFY_WITH_TIMEOUT(catalog->searchEdit()->hasFocus(), LongWaitMs);

    QTest::keyClicks(catalog->searchEdit(), QStringLiteral("swaps"));
    const QStringList found = streamIds(tree);
    QVERIFY2(found.size() < 21, qPrintable(found.join(u',')));
    QVERIFY(found.contains(QStringLiteral("svm.token.swaps")));
    QVERIFY(found.contains(QStringLiteral("evm.token.swaps")));
    QVERIFY(!found.contains(QStringLiteral("alpha.personal")));

    QVERIFY(catalog->selectStream(QStringLiteral("svm.token.swaps")));
    const QString details = catalog->detailsView()->toPlainText();
    QVERIFY(details.contains(QLatin1String("tokenAddress")));
    QVERIFY(details.contains(QLatin1String("required")));
    QVERIFY(details.contains(QLatin1String("public")));
    QVERIFY(details.contains(QLatin1String("Catalog:")));

    catalog->searchEdit()->clear();
    QCOMPARE(streamCount(tree), 21);
}

void TestMainWindow::subscribeThroughTheDialog()
{
    auto monitor = startOnSimulator();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    CatalogView *catalog = monitor->window->catalogView();
    QVERIFY(catalog->selectStream(QStringLiteral("svm.token.swaps")));
    QPushButton *subscribeButton = catalog->findChild<QPushButton *>(QStringLiteral("catalogSubscribe"));
    QVERIFY(subscribeButton && subscribeButton->isEnabled());
    subscribeButton->click();

    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->subscribeDialog(), LongWaitMs);
    SubscribeDialog *dialog = monitor->window->subscribeDialog();
    QVERIFY(dialog);
    QLineEdit *token = dialog->editorFor(QStringLiteral("tokenAddress"));
    QVERIFY(token);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(token, usdcMint);
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->window->subscribeDialog(), LongWaitMs);

    Subscription *subscription = monitor->findSubscription(QStringLiteral("svm.token.swaps"), usdcMint);
    QVERIFY(subscription);
    // The value is offered next time.
    QCOMPARE(monitor->settings->recentFilterValues(QStringLiteral("tokenAddress")).value(0), usdcMint);

    EventTableView *view = monitor->window->eventView(subscription);
    QVERIFY(view);
    QCOMPARE(monitor->window->currentEventView(), view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 3, LongWaitMs);
    const QStringList columns = headers(view->tableView()->model());
    QVERIFY2(columns.contains(QStringLiteral("Time")), qPrintable(columns.join(u',')));
    QVERIFY(columns.contains(QStringLiteral("Side")));
    QVERIFY(columns.contains(QStringLiteral("Price USD")));
    QVERIFY(columns.contains(QStringLiteral("Signature")));
    QTRY_COMPARE_WITH_TIMEOUT(subscription->status(), Subscription::Status::Subscribed, LongWaitMs);
    const int row = monitor->controller->subscriptionModel()->rowOf(SubscriptionModel::idOf(subscription));
    QVERIFY(row >= 0);

    // Detail view: the selected event as a JSON tree (with its signature) and its raw text.
    view->setFollowing(false);
    view->tableView()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(view->detailModel()->indexForPath(QStringLiteral("signature")).isValid(), LongWaitMs);
    const QString raw = view->rawView()->toPlainText();
    QVERIFY(raw.contains(QLatin1String("\"signature\"")));
    QVERIFY(raw.contains(usdcMint));
    QVERIFY(!view->isFollowing());

    // Copy as JSON puts the selected payload on the clipboard.
    view->copySelectionAsJson();
    const QJsonDocument copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8());
    QVERIFY(copied.isObject());
    QVERIFY(copied.object().contains(QLatin1String("signature")));

    // Filter on the Side column: every remaining row is a buy.
    auto *columnBox = view->findChild<QComboBox *>();
    QVERIFY(columnBox);
    const int sideColumn = columns.indexOf(QStringLiteral("Side"));
    columnBox->setCurrentIndex(columnBox->findData(sideColumn));
    view->filterEdit()->setText(QStringLiteral("buy"));
    QTRY_COMPARE_WITH_TIMEOUT(view->proxyModel()->pattern(), QStringLiteral("buy"), LongWaitMs);
    const QAbstractItemModel *proxy = view->tableView()->model();
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, sideColumn).data().toString(), QStringLiteral("buy"));
}

void TestMainWindow::unsubscribeRemovesTabAndSavedEntry()
{
    auto monitor = startOnSimulator();
    Subscription *demo = monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol);
    QVERIFY(demo);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->eventView(demo), LongWaitMs);
    QCOMPARE(monitor->settings->savedSubscriptions(Profile::simulatorId()).size(), 1);

    SubscriptionsView *list = monitor->window->subscriptionsView();
    const quint64 id = SubscriptionModel::idOf(demo);
    list->selectId(id);
    QCOMPARE(list->currentId(), id);
    list->findChild<QPushButton *>(QStringLiteral("unsubscribeButton"))->click();

    QCOMPARE(monitor->window->eventTabs()->count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->subscriptionModel()->rowCount(), 0, LongWaitMs);
    QVERIFY(monitor->controller->subscriptions().isEmpty());
    QVERIFY(!monitor->controller->eventModel(demo));
    QVERIFY(monitor->settings->savedSubscriptions(Profile::simulatorId()).isEmpty());
}

void TestMainWindow::closingATabKeepsTheSubscription()
{
    auto monitor = startOnSimulator();
    Subscription *demo = monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol);
    QVERIFY(demo);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->eventView(demo), LongWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->controller->eventModel(demo)->rowCount() > 0, LongWaitMs);
    Q_EMIT monitor->window->eventTabs()->tabCloseRequested(0);
    QCOMPARE(monitor->window->eventTabs()->count(), 0);
    QVERIFY(!monitor->window->eventView(demo));
    QCOMPARE(monitor->controller->subscriptions().size(), 1);

    // Rows keep arriving in the background and show when the tab is opened again.
    const int before = monitor->controller->eventModel(demo)->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->controller->eventModel(demo)->rowCount() > before, LongWaitMs);
    Q_EMIT monitor->window->subscriptionsView()->openTabRequested(SubscriptionModel::idOf(demo));
    QVERIFY(monitor->window->eventView(demo));
    QVERIFY(monitor->window->eventView(demo)->tableView()->model()->rowCount() > before);
}

void TestMainWindow::indicatorFollowsDropAndReconnect()
{
    auto monitor = startOnSimulator();
    ConnectionPanel *panel = monitor->window->connectionPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->shownState(), StreamClient::State::Connected, LongWaitMs);
    Subscription *demo = monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol);
    QTRY_COMPARE_WITH_TIMEOUT(demo->status(), Subscription::Status::Subscribed, LongWaitMs);

    // Record what the indicator shows after each state change (the panel hears the client first).
    struct Shown
    {
        StreamClient::State state;
        QString text;
        bool countdown;
    };
    QList<Shown> shown;
    connect(monitor->controller->client(), &StreamClient::stateChanged, this, [&shown, panel] {
        shown.append({panel->shownState(), panel->stateText(), panel->isCountdownRunning()});
    });

    QVERIFY(monitor->controller->simulator()->dropAllConnections() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().state == StreamClient::State::Connected, LongWaitMs);
    const auto reconnecting = std::find_if(shown.cbegin(), shown.cend(), [](const Shown &entry) {
        return entry.state == StreamClient::State::Reconnecting;
    });
    QVERIFY(reconnecting != shown.cend());
    QCOMPARE(reconnecting->text, QStringLiteral("Reconnecting"));
    QVERIFY(reconnecting->countdown);
    QCOMPARE(panel->stateText(), QStringLiteral("Connected"));
    QVERIFY(!panel->isCountdownRunning());
    // The subscription is restored on the new socket and events flow again.
    QTRY_COMPARE_WITH_TIMEOUT(demo->status(), Subscription::Status::Subscribed, LongWaitMs);
    const quint64 before = demo->eventCount();
    QTRY_VERIFY_WITH_TIMEOUT(demo->eventCount() > before, LongWaitMs);
    // The timeline recorded the episode.
    QVERIFY(monitor->controller->timelineModel()->rowCount() >= 3);
}

void TestMainWindow::savedSessionIsRestoredInsteadOfTheDemo()
{
    {
        MonitorSettings settings(std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat));
        settings.setSavedSubscriptions(
            Profile::simulatorId(),
            {{QStringLiteral("svm.bondingCurve.creations"), {}},
             {QStringLiteral("svm.token.swaps"), {{QStringLiteral("tokenAddress"), usdcMint}}}});
        settings.sync();
    }
    auto monitor = startOnSimulator();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->subscriptions().size(), 2, LongWaitMs);
    QVERIFY(monitor->findSubscription(QStringLiteral("svm.bondingCurve.creations")));
    QVERIFY(monitor->findSubscription(QStringLiteral("svm.token.swaps"), usdcMint));
    QVERIFY(!monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol));
    QCOMPARE(monitor->window->eventTabs()->count(), 2);
    Subscription *creations = monitor->findSubscription(QStringLiteral("svm.bondingCurve.creations"));
    QTRY_VERIFY_WITH_TIMEOUT(monitor->controller->eventModel(creations)->rowCount() > 0, LongWaitMs);
}

void TestMainWindow::missingKeyShowsBannerAndStaysDisconnected()
{
    auto monitor = std::make_unique<Monitor>(settingsPath());
    // A Shuriken API profile pointed at a closed loopback port: never the internet.
    Profile profile {QStringLiteral("api-test"),
                     QStringLiteral("API test"),
                     Profile::Kind::ShurikenApi,
                     QUrl(QStringLiteral("http://127.0.0.1:9")),
                     {}};
    QSignalSpy missing(monitor->controller.get(), &MonitorController::apiKeyMissing);
    monitor->controller->activateProfile(profile);
    QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, LongWaitMs);
    QVERIFY(monitor->window->keyBanner()->isVisible());
    QVERIFY(monitor->window->keyBanner()->text().contains(QLatin1String("API test")));
    QVERIFY(!monitor->window->simulatorBanner()->isVisible());
    QCOMPARE(monitor->controller->client()->state(), StreamClient::State::Disconnected);
    QVERIFY(!monitor->controller->simulator());
    QCOMPARE(monitor->controller->httpLogModel()->rowCount(), 0);
}

void TestMainWindow::keyFromSecretStoreIsUsedAndRedacted()
{
    const QString key = QStringLiteral("sk_test_1234567890abcdefSECRET9876");
    sim::SimulatorConfig config;
    config.apiKey = key; // the server refuses any other Bearer
    sim::SimulatorServer server(config);
    QVERIFY2(server.start(0), qPrintable(server.errorString()));

    auto monitor = std::make_unique<Monitor>(settingsPath());
    const Profile profile = Profile::newCustom(QStringLiteral("Local"), server.baseUrl());
    monitor->secrets->secrets.insert(profile.secretKey(), key);
    monitor->controller->activateProfile(profile);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    QVERIFY(!monitor->window->simulatorBanner()->isVisible());
    QVERIFY(!monitor->controller->simulator());
    QCOMPARE(monitor->controller->catalogModel()->catalog().source, StreamCatalog::Source::Server);

    // The HTTP inspector shows the requests, with the key redacted everywhere.
    HttpLogModel *http = monitor->controller->httpLogModel();
    QTRY_VERIFY_WITH_TIMEOUT(http->rowCount() >= 2, LongWaitMs);
    for (int row = 0; row < http->rowCount(); ++row) {
        const QString request = http->index(row, 0).data(HttpLogModel::RequestTextRole).toString();
        const QString response = http->index(row, 0).data(HttpLogModel::ResponseTextRole).toString();
        QVERIFY2(!request.contains(key) && !response.contains(key), qPrintable(request));
        QVERIFY(request.contains(QLatin1String("9876")) || !request.contains(QLatin1String("Authorization")));
    }
}

void TestMainWindow::keychainUnavailableIsShown()
{
    auto monitor = startOnSimulator();
    monitor->secrets->keychainAvailable = false;
    QVERIFY(!monitor->window->keychainBanner()->isVisible());
    monitor->secrets->writeSecret(Profile::secretKeyFor(Profile::shurikenApiId()), QStringLiteral("sk_x_y"));
    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->keychainBanner()->isVisible(), LongWaitMs);
    QVERIFY(monitor->window->keychainBanner()->text().contains(QLatin1String("this session only")));
}

// The flight recorder runs from start-up: a user who opens the debugger after a drop sees the
// frames and HTTP exchanges that explain it (issue 14).
void TestMainWindow::debuggerShowsWhatHappenedBeforeItWasOpened()
{
    auto monitor = startOnSimulator();
    Subscription *demo = monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol);
    QVERIFY(demo);
    QTRY_COMPARE_WITH_TIMEOUT(demo->status(), Subscription::Status::Subscribed, LongWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(demo->eventCount() >= 5, LongWaitMs);
    QVERIFY(!monitor->window->debuggerDock()->isVisible());

    // A simulated drop, and the client's way back, all while the debugger is closed.
    const qint64 dropUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    StreamClient *client = monitor->controller->client();
    QSignalSpy states(client, &StreamClient::stateChanged);
    QVERIFY(monitor->controller->simulator()->dropAllConnections() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(client->state() == StreamClient::State::Connected && states.size() >= 2, LongWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(demo->status(), Subscription::Status::Subscribed, LongWaitMs);

    monitor->window->debuggerDock()->show();
    FrameLogModel *frames = monitor->controller->frameLogModel();
    frames->flush();
    int before = 0;
    int established = 0;
    for (int row = 0; row < frames->rowCount(); ++row) {
        const QModelIndex index = frames->index(row, 0);
        if (index.data(FrameLogModel::TimestampUsRole).toLongLong() < dropUs)
            ++before;
        if (index.data(FrameLogModel::EventRole).toString() == QLatin1String("pusher:connection_established"))
            ++established;
    }
    QVERIFY2(before >= 5, qPrintable(QString::number(before)));
    QVERIFY2(established >= 2, qPrintable(QString::number(established))); // before the drop and after
    QVERIFY(monitor->window->debuggerView()->frameTable()->model()->rowCount() > 0);

    // The session requests before and after the drop are in the HTTP inspector.
    const HttpLogModel *http = monitor->controller->httpLogModel();
    int sessions = 0;
    for (int row = 0; row < http->rowCount(); ++row) {
        for (int column = 0; column < http->columnCount(); ++column) {
            if (http->index(row, column).data().toString().contains(QLatin1String("/api/v2/ws/session"))) {
                ++sessions;
                break;
            }
        }
    }
    QVERIFY2(sessions >= 2, qPrintable(QString::number(sessions)));
}

void TestMainWindow::saveCaptureWritesWhatTheRecorderHolds()
{
    auto monitor = startOnSimulator();
    Subscription *demo = monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol);
    QVERIFY(demo);
    QTRY_VERIFY_WITH_TIMEOUT(demo->eventCount() >= 5, LongWaitMs);
    monitor->controller->disconnectFromService();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->client()->state(), StreamClient::State::Disconnected, LongWaitMs);
    const capture::FlightRecorder *recorder = monitor->controller->flightRecorder();
    QVERIFY(recorder->frameCount() >= 5);

    // The dialog, as the user fills it in: everything, into a compressed file.
    SaveCaptureDialog dialog(recorder, std::nullopt);
    const QString path = m_dir->filePath(QStringLiteral("session.jsonl.gz"));
    dialog.setFileName(path);
    QCOMPARE(dialog.range(), SaveCaptureDialog::Range::Everything);
    QString error;
    QVERIFY2(SaveCaptureDialog::save(recorder, dialog.fileName(), dialog.rangeUs(), &error), qPrintable(error));

    const auto contents = capture::readCaptureFile(path, &error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->cutBytes, 0);
    qsizetype frames = 0;
    for (const capture::CaptureEntry &entry : contents->capture.entries) {
        if (const auto *frame = std::get_if<capture::FrameEntry>(&entry)) {
            QCOMPARE(frame->data, recorder->frameAt(frames).data);
            ++frames;
        }
    }
    QCOMPARE(frames, recorder->frameCount());

    // The last minute of a session that lasted seconds is all of it; a range before it is nothing.
    dialog.setLastMinutes(1);
    QCOMPARE(dialog.range(), SaveCaptureDialog::Range::LastMinutes);
    QVERIFY(dialog.rangeUs().first < recorder->firstTimeUs());
}

// Issue 14: save the live session, reopen it as a capture: the same rows, the same frames.
void TestMainWindow::savedCaptureReopensWithTheSameRowsAndFrames()
{
    auto monitor = startOnSimulator();
    Subscription *demo = monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol);
    QVERIFY(demo);
    QTRY_VERIFY_WITH_TIMEOUT(demo->eventCount() >= 20, LongWaitMs);
    monitor->controller->disconnectFromService();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->client()->state(), StreamClient::State::Disconnected, LongWaitMs);
    EventTableModel *live = monitor->controller->eventModel(demo);
    QVERIFY(live);
    QTRY_COMPARE_WITH_TIMEOUT(live->rowCount(), int(demo->eventCount()), LongWaitMs);
    QList<QByteArray> liveRows;
    for (int row = 0; row < live->rowCount(); ++row)
        liveRows.append(eventJsonLine(live->eventAt(row)));
    const capture::FlightRecorder *recorder = monitor->controller->flightRecorder();
    const qsizetype liveFrames = recorder->frameCount();

    const QString path = m_dir->filePath(QStringLiteral("reopen.jsonl.gz"));
    QString error;
    QVERIFY2(SaveCaptureDialog::save(recorder, path,
                                     {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()}, &error),
             qPrintable(error));

    CaptureControls *controls = monitor->window->captureControls();
    QSignalSpy added(monitor->controller.get(), &MonitorController::eventModelAdded);
    QSignalSpy progress(monitor->controller.get(), &MonitorController::captureIndexProgress);
    QVERIFY2(monitor->controller->openCapture(path, &error), qPrintable(error));
    // The file is read through on a worker thread first; the live session stays meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(monitor->controller->isCaptureOpen(), LongWaitMs);
    QVERIFY(!monitor->controller->isCaptureOpening());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(1), progress.constLast().at(2)); // read to the end
    QVERIFY(controls->isVisible());
    QVERIFY2(controls->summaryText().contains(QLatin1String("reopen.jsonl.gz")), qPrintable(controls->summaryText()));
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->replayer()->state(), CaptureReplayer::State::Finished, LongWaitMs);

    Subscription *replayed = monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol);
    QVERIFY(replayed);
    EventTableModel *table = monitor->controller->eventModel(replayed);
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), liveRows.size(), LongWaitMs);
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(eventJsonLine(table->eventAt(row)), liveRows.at(row));
    monitor->controller->frameLogModel()->flush();
    QCOMPARE(recorder->frameCount(), liveFrames);
    QCOMPARE(monitor->controller->frameLogModel()->rowCount(), int(liveFrames));
    QVERIFY(monitor->controller->httpLogModel()->rowCount() >= 1); // the session request

    // Closing the capture goes back to the live simulator session.
    monitor->controller->closeCapture();
    QVERIFY(!monitor->controller->isCaptureOpen());
    QVERIFY(!controls->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->client()->state(), StreamClient::State::Connected, LongWaitMs);
}

void TestMainWindow::badCaptureFilesAreRefusedAndTheLiveSessionStays()
{
    auto monitor = startOnSimulator();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->client()->state(), StreamClient::State::Connected, LongWaitMs);
    const QString path = m_dir->filePath(QStringLiteral("not-a-capture.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"hello\":\"world\"}\n");
    file.close();
    QString error;
    QVERIFY(!monitor->controller->openCapture(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!monitor->controller->isCaptureOpen());
    QCOMPARE(monitor->controller->client()->state(), StreamClient::State::Connected);
    QVERIFY(!monitor->controller->subscriptions().isEmpty());
}

void TestMainWindow::updateIntervalIsTheClientsBatchInterval()
{
    // The view refresh interval (issue 17) is how long the client gathers events into one batch,
    // from activation on and at once when changed.
    auto monitor = startOnSimulator();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->client()->state(), StreamClient::State::Connected, LongWaitMs);
    QCOMPARE(monitor->controller->client()->options().batchIntervalMs, MonitorSettings::DefaultUpdateIntervalMs);
    monitor->settings->setUpdateIntervalMs(250);
    QCOMPARE(monitor->controller->client()->options().batchIntervalMs, 250);
    QCOMPARE(monitor->controller->client()->state(), StreamClient::State::Connected);
}

void TestMainWindow::captureWithNothingToReplayFailsLater()
{
    // A sound file whose session subscribed to nothing: found out once it has been read through
    // on the worker thread. The failure is reported, and the live session never went.
    auto monitor = startOnSimulator();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->client()->state(), StreamClient::State::Connected, LongWaitMs);
    const QString path = m_dir->filePath(QStringLiteral("nothing.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\":\"header\",\"format\":\"shuriken-capture\",\"version\":2}\n"
               "{\"type\":\"state\",\"timeUs\":1765000000000000,\"state\":\"connecting\"}\n");
    file.close();
    QSignalSpy failed(monitor->controller.get(), &MonitorController::captureOpenFailed);
    QString error;
    QVERIFY2(monitor->controller->openCapture(path, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, LongWaitMs);
    QCOMPARE(failed.at(0).at(0).toString(), path);
    QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("subscription")),
             qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(!monitor->controller->isCaptureOpen());
    QVERIFY(!monitor->controller->isCaptureOpening());
    QCOMPARE(monitor->controller->client()->state(), StreamClient::State::Connected);
    QVERIFY(!monitor->controller->subscriptions().isEmpty());
    // The message is shown window-modal, without a nested event loop.
    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->findChild<QMessageBox *>(), LongWaitMs);
    monitor->window->findChild<QMessageBox *>()->close();
}

void TestMainWindow::exportWritesTheVisibleTable()
{
    auto monitor = startOnSimulator();
    Subscription *demo = monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol);
    QVERIFY(demo);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->window->eventView(demo), LongWaitMs);
    EventTableView *view = monitor->window->eventView(demo);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 10, LongWaitMs);
    // Only buys, and without the latency column: the file must show what the table shows.
    view->model()->setPaused(true);
    const QStringList columns = headers(view->tableView()->model());
    const int side = columns.indexOf(QStringLiteral("Side"));
    const int latency = columns.indexOf(QStringLiteral("Latency"));
    auto *columnBox = view->findChild<QComboBox *>();
    columnBox->setCurrentIndex(columnBox->findData(side));
    view->filterEdit()->setText(QStringLiteral("buy"));
    QTRY_COMPARE_WITH_TIMEOUT(view->proxyModel()->pattern(), QStringLiteral("buy"), LongWaitMs);
    view->tableView()->setColumnHidden(latency, true);
    const int shown = view->tableView()->model()->rowCount();
    QVERIFY(shown > 0);

    const QString csvPath = m_dir->filePath(QStringLiteral("swaps.csv"));
    TableExport *csv = monitor->window->exportTable(view, csvPath, TableExport::Format::Csv);
    QSignalSpy csvDone(csv, &TableExport::finished);
    QTRY_COMPARE_WITH_TIMEOUT(csvDone.size(), 1, LongWaitMs);
    QVERIFY2(csvDone.at(0).at(0).toBool(), qPrintable(csvDone.at(0).at(2).toString()));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    QCOMPARE(lines.size(), shown + 2); // header, rows, the empty piece after the last CRLF
    QVERIFY(lines.first().contains("Side"));
    QVERIFY(lines.first().contains("Price USD"));
    QVERIFY(!lines.first().contains("Latency"));
    for (int line = 1; line <= shown; ++line)
        QVERIFY2(lines.at(line).contains(",buy,"), lines.at(line).constData());

    const QString jsonPath = m_dir->filePath(QStringLiteral("swaps.jsonl"));
    TableExport *jsonLines = monitor->window->exportTable(view, jsonPath, TableExport::Format::JsonLines);
    QSignalSpy jsonDone(jsonLines, &TableExport::finished);
    QTRY_COMPARE_WITH_TIMEOUT(jsonDone.size(), 1, LongWaitMs);
    QVERIFY(jsonDone.at(0).at(0).toBool());
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    int records = 0;
    while (!jsonFile.atEnd()) {
        const QByteArray line = jsonFile.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        QCOMPARE(record.value(QLatin1String("stream")).toString(), QStringLiteral("svm.token.swaps"));
        const QJsonObject payload = record.value(QLatin1String("payload")).toObject();
        QVERIFY(payload.contains(QLatin1String("signature")));
        QCOMPARE(payload.value(QLatin1String("isBuy")).toBool(), true);
        ++records;
    }
    QCOMPARE(records, shown);

    // A file that cannot be written is reported, not fatal.
    TableExport *broken = monitor->window->exportTable(view, m_dir->filePath(QStringLiteral("missing/dir/x.csv")),
                                                       TableExport::Format::Csv);
    QSignalSpy brokenDone(broken, &TableExport::finished);
    QTRY_COMPARE_WITH_TIMEOUT(brokenDone.size(), 1, LongWaitMs);
    QVERIFY(!brokenDone.at(0).at(0).toBool());
    QVERIFY(!brokenDone.at(0).at(2).toString().isEmpty());
}

void TestMainWindow::enteringAKeyInTheProfileDialogConnects()
{
    const QString key = QStringLiteral("sk_live_0000111122223333abcd");
    sim::SimulatorConfig config;
    config.apiKey = key;
    sim::SimulatorServer server(config);
    QVERIFY2(server.start(0), qPrintable(server.errorString()));

    auto monitor = std::make_unique<Monitor>(settingsPath());
    const Profile local = Profile::newCustom(QStringLiteral("Local server"), server.baseUrl());
    QList<Profile> profiles = monitor->settings->profiles();
    profiles.append(local);
    monitor->settings->setProfiles(profiles);
    monitor->controller->activateProfile(monitor->settings->profile(Profile::simulatorId()));
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    QVERIFY(monitor->window->connectionPanel()->profileCombo()->findData(local.id) >= 0);

    // Switching in the connection bar: without a key the server refuses, and the window says so.
    QComboBox *combo = monitor->window->connectionPanel()->profileCombo();
    const int localIndex = combo->findData(local.id);
    combo->setCurrentIndex(localIndex);
    Q_EMIT combo->activated(localIndex);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->controller->client()->state(), StreamClient::State::Failed, LongWaitMs);
    QVERIFY(monitor->window->errorBanner()->isVisible());
    QVERIFY(!monitor->window->simulatorBanner()->isVisible());
    QVERIFY(!monitor->controller->simulator());
    QCOMPARE(monitor->settings->lastProfileId(), local.id);

    // The key goes in through the profile dialog, into the secret store (never the settings),
    // and the profile reconnects with it.
    monitor->window->openProfileDialog(local.id);
    ProfileDialog *dialog = monitor->window->findChild<ProfileDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), LongWaitMs);
    QCOMPARE(dialog->selectedId(), local.id);
    QTest::keyClicks(dialog->keyEdit(), key);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(monitor->secrets->secrets.value(local.secretKey()), key);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    QVERIFY(!monitor->window->errorBanner()->isVisible());
    monitor->settings->sync();
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key.toUtf8()));

    // Back to the simulator: its own saved session (the demo) comes back.
    const int simulatorIndex = combo->findData(Profile::simulatorId());
    combo->setCurrentIndex(simulatorIndex);
    Q_EMIT combo->activated(simulatorIndex);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->window->connectionPanel()->shownState(), StreamClient::State::Connected,
                              LongWaitMs);
    QVERIFY(monitor->window->simulatorBanner()->isVisible());
    QVERIFY(monitor->findSubscription(QStringLiteral("svm.token.swaps"), wrappedSol));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
