// SendEventDialog: the live JSON check, which modes can be used and why not, the client- prefix,
// saved messages through the dialog, Ctrl+Return, and real sends on the in-process simulator in
// generic Pusher mode: a client event over the monitor's connection and a trigger through the
// signed HTTP API reach a second connection; the server's refusal is shown. Loopback only.

#include "apiclient.h"
#include "pusherhttpapi.h"
#include "savedmessages.h"
#include "sendeventdialog.h"
#include "simulatorconfig.h"
#include "simulatorserver.h"
#include "streamclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace shuriken;

namespace {

constexpr int WaitMs = 15000;

PusherSettings offlineSettings(bool withSecret)
{
    PusherSettings settings;
    settings.appKey = QStringLiteral("key");
    settings.host = QStringLiteral("127.0.0.1");
    settings.wsPort = 9; // never connected in the offline tests
    settings.tls = false;
    if (withSecret) {
        settings.appId = QStringLiteral("app");
        settings.appSecret = QStringLiteral("secret");
    }
    return settings;
}

PusherSettings simulatorSettings(const sim::SimulatorServer &server, const QString &userId)
{
    PusherSettings settings;
    settings.appKey = server.config().effectiveAppKey();
    settings.host = server.baseUrl().host();
    settings.wsPort = server.port();
    settings.tls = false;
    settings.appId = server.config().appId;
    settings.appSecret = server.config().appSecret;
    settings.userId = userId;
    settings.httpApiUrl = server.baseUrl();
    return settings;
}

std::unique_ptr<StreamClient> directClient(QNetworkAccessManager *network, const PusherSettings &settings)
{
    auto client = std::make_unique<StreamClient>(network);
    StreamClient::Options options;
    options.pusher = settings;
    options.fallbackBackoffMs = {200, 400};
    options.jitterSeed = 5;
    client->setOptions(options);
    return client;
}

/// What a connection received, by event name.
struct Received
{
    explicit Received(Subscription *subscription)
    {
        QObject::connect(subscription, &Subscription::eventsReceived, subscription,
                         [this](const StreamEventBatch &batch) {
                             for (const StreamEvent &event : batch)
                                 events.append(event.event);
                         });
    }
    QStringList events;
};

} // namespace

class TestSendEventDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString problemLabel(const SendEventDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("problemMessage"))->text();
    }
    static QString jsonLabel(const SendEventDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("jsonStatus"))->text();
    }
    static QPushButton *prefixButton(const SendEventDialog &dialog)
    {
        return dialog.findChild<QPushButton *>(QStringLiteral("prefixButton"));
    }

private Q_SLOTS:
    void jsonCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("position");
        QTest::newRow("empty") << QString() << true << 0 << 0 << -1;
        QTest::newRow("blank") << QStringLiteral("  \n ") << true << 0 << 0 << -1;
        QTest::newRow("object") << QStringLiteral("{\"a\": [1, 2]}") << true << 0 << 0 << -1;
        // The character the parser choked on, although Qt may report the offset just past it.
        QTest::newRow("missing value") << QStringLiteral("{\"a\": }") << false << 1 << 7 << 6;
        QTest::newRow("second line") << QStringLiteral("{\n  \"a\" 1\n}") << false << 2 << 7 << 8;
        // The parser counts UTF-8 bytes; the editor counts characters.
        QTest::newRow("after non-ASCII") << QStringLiteral("{\"é€\": x}") << false << 1 << 8 << 7;
        QTest::newRow("unterminated") << QStringLiteral("{\"a\": 1") << false << 1 << 7 << 6;
        QTest::newRow("trailing space") << QStringLiteral("[1,   \n") << false << 1 << 3 << 2;
    }

    void jsonCheck()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const SendEventDialog::JsonCheck check = SendEventDialog::checkJson(text);
        QCOMPARE(check.ok, ok);
        if (ok)
            return;
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, position);
        QCOMPARE(check.line, line);
        QCOMPARE(check.column, column);
        QCOMPARE(check.position, position);
        QVERIFY(!check.error.isEmpty());
    }

    void liveValidationInTheEditor()
    {
        SendEventDialog dialog(nullptr, nullptr, nullptr);
        QVERIFY(jsonLabel(dialog).contains(QLatin1String("{}")));
        QTest::keyClicks(dialog.dataEdit(), QStringLiteral("{\"a\": }"));
        QVERIFY2(jsonLabel(dialog).contains(QLatin1String("line 1, column 7")), qPrintable(jsonLabel(dialog)));
        QCOMPARE(dialog.dataEdit()->extraSelections().size(), 1);
        QCOMPARE(dialog.dataEdit()->extraSelections().constFirst().cursor.selectionStart(), 6);
        dialog.dataEdit()->setPlainText(QStringLiteral("{\n  \"a\" 1\n}"));
        QVERIFY(jsonLabel(dialog).contains(QLatin1String("line 2, column 7")));
        QCOMPARE(dialog.dataEdit()->extraSelections().constFirst().cursor.selectedText(), QStringLiteral("1"));
        dialog.dataEdit()->setPlainText(QStringLiteral("{\"a\": 1}"));
        QCOMPARE(jsonLabel(dialog), QStringLiteral("Valid JSON"));
        QVERIFY(dialog.dataEdit()->extraSelections().isEmpty());
    }

    void modeAvailability()
    {
        // Nothing to send with.
        SendEventDialog none(nullptr, nullptr, nullptr);
        QVERIFY(!none.modeUnavailableReason(SendMode::ClientEvent).isEmpty());
        QVERIFY(!none.modeUnavailableReason(SendMode::HttpTrigger).isEmpty());
        QVERIFY(!none.sendButton()->isEnabled());

        QNetworkAccessManager network;
        // The Shuriken API: no client events.
        StreamClient shuriken(&network);
        SendEventDialog shurikenDialog(&shuriken, nullptr, nullptr);
        QVERIFY(shurikenDialog.modeUnavailableReason(SendMode::ClientEvent).contains(QLatin1String("Pusher profile")));

        // A Pusher profile without the app secret: client events yes, triggers no.
        auto client = directClient(&network, offlineSettings(false));
        SendEventDialog noSecret(client.get(), nullptr, nullptr);
        QCOMPARE(noSecret.modeUnavailableReason(SendMode::ClientEvent), QString());
        QVERIFY(noSecret.modeUnavailableReason(SendMode::HttpTrigger).contains(QLatin1String("app secret")));
        QCOMPARE(noSecret.mode(), SendMode::ClientEvent);
        noSecret.setMode(SendMode::HttpTrigger);
        QCOMPARE(noSecret.problem(), noSecret.modeUnavailableReason(SendMode::HttpTrigger));
        QVERIFY(!noSecret.sendButton()->isEnabled());

        // With the app id and secret and an HTTP API: both, and "exclude my connection" belongs to
        // the trigger.
        auto withSecret = directClient(&network, offlineSettings(true));
        ApiClient apiClient(&network);
        PusherHttpApi api(&apiClient);
        api.setCredentials({QStringLiteral("app"), QStringLiteral("key"), QStringLiteral("secret"), {}});
        SendEventDialog both(withSecret.get(), &api, nullptr);
        QCOMPARE(both.modeUnavailableReason(SendMode::HttpTrigger), QString());
        QVERIFY(!both.excludeOwnConnectionBox()->isEnabled());
        both.setMode(SendMode::HttpTrigger);
        QVERIFY(both.excludeOwnConnectionBox()->isEnabled());
        both.channelCombo()->setEditText(QStringLiteral("news"));
        both.eventEdit()->setText(QStringLiteral("announcement"));
        QCOMPARE(both.problem(), QString());
        QVERIFY(both.sendButton()->isEnabled());
        // Not connected: there is no socket_id to leave out.
        both.excludeOwnConnectionBox()->setChecked(true);
        QVERIFY(both.problem().contains(QLatin1String("socket_id")));
        both.excludeOwnConnectionBox()->setChecked(false);
        // A trigger may carry text that is not JSON: a warning, not a refusal.
        both.dataEdit()->setPlainText(QStringLiteral("plain words"));
        QVERIFY(both.sendButton()->isEnabled());
        QVERIFY(problemLabel(both).contains(QLatin1String("plain string")));
    }

    void clientEventRules()
    {
        QNetworkAccessManager network;
        auto client = directClient(&network, offlineSettings(false));
        SendEventDialog dialog(client.get(), nullptr, nullptr);
        QCOMPARE(dialog.mode(), SendMode::ClientEvent);
        QVERIFY(dialog.problem().contains(QLatin1String("channel")));

        dialog.channelCombo()->setEditText(QStringLiteral("bad channel!"));
        QVERIFY(dialog.problem().contains(QLatin1String("not a valid channel name")));
        dialog.channelCombo()->setEditText(QStringLiteral("news"));
        QVERIFY(dialog.problem().contains(QLatin1String("event name")));
        dialog.eventEdit()->setText(QStringLiteral("typing"));
        QVERIFY(dialog.problem().contains(QLatin1String("public")));
        dialog.channelCombo()->setEditText(QStringLiteral("private-encrypted-vault"));
        QVERIFY(dialog.problem().contains(QLatin1String("encrypted")));

        // The prefix is offered, and added on request.
        dialog.channelCombo()->setEditText(QStringLiteral("private-chat"));
        QVERIFY(dialog.problem().contains(QLatin1String("client-")));
        QVERIFY(dialog.canPrefixEventName());
        QVERIFY(!prefixButton(dialog)->isHidden());
        prefixButton(dialog)->click();
        QCOMPARE(dialog.eventEdit()->text(), QStringLiteral("client-typing"));
        QVERIFY(prefixButton(dialog)->isHidden());

        dialog.dataEdit()->setPlainText(QStringLiteral("{\"a\":"));
        QVERIFY(dialog.problem().contains(QLatin1String("JSON")));
        dialog.dataEdit()->setPlainText(QStringLiteral("{\"a\": 1}"));
        QVERIFY(dialog.problem().contains(QLatin1String("Not connected")));
        QVERIFY(!dialog.sendButton()->isEnabled());
        QCOMPARE(problemLabel(dialog), dialog.problem());

        // Ctrl+Return sends; here it is refused, with the reason shown.
        QSignalSpy refused(&dialog, &SendEventDialog::messageRefused);
        QSignalSpy sent(&dialog, &SendEventDialog::messageSent);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.dataEdit()->setFocus();
        QTest::keyClick(dialog.dataEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("private-chat"));
        QVERIFY(refused.at(0).at(2).toString().contains(QLatin1String("Not connected")));
        QVERIFY(dialog.resultText().contains(QLatin1String("Not sent")));
        QCOMPARE(sent.size(), 0);
        QCOMPARE(dialog.dataEdit()->toPlainText(), QStringLiteral("{\"a\": 1}")); // no newline typed
    }

    void savedMessagesThroughTheDialog()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("dialog.ini")), QSettings::IniFormat);
        SavedMessages saved(&settings, QStringLiteral("profile"));
        QNetworkAccessManager network;
        auto client = directClient(&network, offlineSettings(false));
        SendEventDialog dialog(client.get(), nullptr, &saved);

        dialog.channelCombo()->setEditText(QStringLiteral("presence-room"));
        dialog.eventEdit()->setText(QStringLiteral("client-wave"));
        dialog.dataEdit()->setPlainText(QStringLiteral("{\"hand\": \"left\"}"));
        // The Save button with no name saves under the event's name.
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QCOMPARE(saved.rowCount(), 1);
        QCOMPARE(saved.at(0).name, QStringLiteral("client-wave"));
        QCOMPARE(saved.at(0).channel, QStringLiteral("presence-room"));
        QCOMPARE(saved.at(0).data, QStringLiteral("{\"hand\": \"left\"}"));
        // A name that exists turns Save into Replace.
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("saveName"));
        name->setText(QStringLiteral("client-wave"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->text(), QStringLiteral("Replace"));
        name->clear();

        dialog.eventEdit()->setText(QStringLiteral("client-nod"));
        dialog.dataEdit()->clear();
        QVERIFY(dialog.saveCurrent(QStringLiteral("nod")));
        QCOMPARE(saved.rowCount(), 2);

        // Selecting a saved message loads it into the editor.
        dialog.savedView()->setCurrentIndex(saved.index(0));
        QCOMPARE(dialog.eventEdit()->text(), QStringLiteral("client-wave"));
        QCOMPARE(dialog.dataEdit()->toPlainText(), QStringLiteral("{\"hand\": \"left\"}"));
        QCOMPARE(dialog.currentMessage().channel, QStringLiteral("presence-room"));

        // Sending a saved one (refused here: not connected) loads and sends it.
        QSignalSpy refused(&dialog, &SendEventDialog::messageRefused);
        QVERIFY(!dialog.sendSaved(QStringLiteral("nod")));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(1).toString(), QStringLiteral("client-nod"));
        QVERIFY(!dialog.sendSaved(QStringLiteral("unknown")));

        // Rename in place, delete with the Delete key; all of it is in the settings.
        QVERIFY(saved.setData(saved.index(1), QStringLiteral("nodding")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.savedView()->setCurrentIndex(saved.index(0));
        dialog.savedView()->setFocus();
        QTest::keyClick(dialog.savedView(), Qt::Key_Delete);
        QCOMPARE(saved.rowCount(), 1);
        SavedMessages reread(&settings, QStringLiteral("profile"));
        QCOMPARE(reread.rowCount(), 1);
        QCOMPARE(reread.at(0).name, QStringLiteral("nodding"));
        QCOMPARE(reread.at(0).event, QStringLiteral("client-nod"));
    }

    void sendsOnTheSimulator()
    {
        sim::SimulatorConfig config;
        config.genericPusher = true;
        sim::SimulatorServer server(config);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QNetworkAccessManager network;
        const QString channel = QStringLiteral("private-chat");

        auto monitor = directClient(&network, simulatorSettings(server, QStringLiteral("monitor")));
        auto peer = directClient(&network, simulatorSettings(server, QStringLiteral("peer")));
        Subscription *ours = monitor->subscribe(channel);
        Subscription *theirs = peer->subscribe(channel);
        Received ourEvents(ours);
        Received peerEvents(theirs);
        monitor->connectToService();
        peer->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(ours->status(), Subscription::Status::Subscribed, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(theirs->status(), Subscription::Status::Subscribed, WaitMs);

        ApiClient apiClient(&network);
        apiClient.setBaseUrl(server.baseUrl());
        PusherHttpApi api(&apiClient);
        api.setCredentials({config.appId, config.effectiveAppKey(), config.appSecret, {}});

        SendEventDialog dialog(monitor.get(), &api, nullptr);
        // The subscribed channel is offered, and taken as the only one.
        QCOMPARE(dialog.channelCombo()->count(), 1);
        QCOMPARE(dialog.channelCombo()->currentText(), channel);
        QSignalSpy sent(&dialog, &SendEventDialog::messageSent);
        QSignalSpy refused(&dialog, &SendEventDialog::messageRefused);

        // A client event over our connection reaches the peer (never ourselves).
        dialog.eventEdit()->setText(QStringLiteral("client-typing"));
        dialog.dataEdit()->setPlainText(QStringLiteral("{\"typing\": true}"));
        QVERIFY2(dialog.sendButton()->isEnabled(), qPrintable(dialog.problem()));
        dialog.sendButton()->click();
        QCOMPARE(sent.size(), 1);
        QVERIFY(dialog.resultText().contains(QLatin1String("Sent client-typing")));
        QTRY_VERIFY_WITH_TIMEOUT(peerEvents.events.contains(QStringLiteral("client-typing")), WaitMs);

        // A trigger through the HTTP API reaches both connections...
        dialog.setMode(SendMode::HttpTrigger);
        dialog.eventEdit()->setText(QStringLiteral("announcement"));
        QVERIFY(dialog.send());
        QCOMPARE(dialog.pendingTriggers(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, WaitMs);
        QCOMPARE(dialog.pendingTriggers(), 0);
        QVERIFY2(dialog.resultText().contains(QLatin1String("accepted")), qPrintable(dialog.resultText()));
        QTRY_VERIFY_WITH_TIMEOUT(ourEvents.events.contains(QStringLiteral("announcement")), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(peerEvents.events.contains(QStringLiteral("announcement")), WaitMs);

        // ... or, excluding our socket_id, only the peer. Both triggers are answered in order, so
        // the second marker arriving at the peer means the excluded one was delivered too.
        dialog.excludeOwnConnectionBox()->setChecked(true);
        dialog.eventEdit()->setText(QStringLiteral("not-for-me"));
        QVERIFY(dialog.send());
        dialog.excludeOwnConnectionBox()->setChecked(false);
        dialog.eventEdit()->setText(QStringLiteral("marker"));
        QVERIFY(dialog.send());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 4, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(ourEvents.events.contains(QStringLiteral("marker")), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(peerEvents.events.contains(QStringLiteral("marker")), WaitMs);
        QVERIFY(peerEvents.events.contains(QStringLiteral("not-for-me")));
        QVERIFY(!ourEvents.events.contains(QStringLiteral("not-for-me")));

        // The server refuses a wrong secret: the explanation is shown.
        api.setCredentials({config.appId, config.effectiveAppKey(), QStringLiteral("wrong-secret"), {}});
        QVERIFY(dialog.send());
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, WaitMs);
        QVERIFY(!refused.at(0).at(2).toString().isEmpty());
        QVERIFY2(dialog.resultText().contains(QLatin1String("Refused")), qPrintable(dialog.resultText()));
        QCOMPARE(sent.size(), 4);

        // The channel list follows the subscriptions.
        monitor->unsubscribe(ours);
        QCOMPARE(dialog.channelCombo()->count(), 0);
        monitor->disconnectFromService();
        peer->disconnectFromService();
    }
};

QTEST_MAIN(TestSendEventDialog)
#include "tst_sendeventdialog.moc"
