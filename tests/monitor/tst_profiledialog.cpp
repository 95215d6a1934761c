#include "fakesecretstore.h"
#include "profiledialog.h"
#include "pushersettingseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace shuriken;
using shuriken::test::FakeSecretStore;

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedKeyIsShownRedactedOnly();
    void typingAKeyRecordsAChange();
    void forgetKeyRecordsARemoval();
    void addCustomProfileNeedsValidUrl();
    void removingAProfileForgetsItsKey();
    void simulatorIsNotEditable();
    void sessionOnlyNoticeWithoutKeychain();
    void pusherSimulatorIsBuiltIn();
    void pusherPresetsFillFields_data();
    void pusherPresetsFillFields();
    void pusherValidationBlocksOk_data();
    void pusherValidationBlocksOk();
    void pusherSecretsStayHiddenAndMerge();
    void removingAPusherProfileForgetsItsSecrets();

private:
    static QPushButton *okButton(const ProfileDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QString keyStatus(const ProfileDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("keyStatus"))->text();
    }
    static const QString secretKey;
    // Profile::defaults(): the simulator, the Pusher simulator, the Shuriken API.
    static constexpr int ApiRow = 2;
    static void choosePreset(PusherSettingsEditor *editor, PusherSettings::Preset preset)
    {
        QComboBox *combo = editor->presetCombo();
        const int index = combo->findData(int(preset));
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }
    static Profile pusherProfile()
    {
        Profile profile = Profile::newPusher(QStringLiteral("Reverb"), PusherSettings::Preset::Reverb);
        profile.pusher.appKey = QStringLiteral("reverb-key");
        return profile;
    }
};

const QString TestProfileDialog::secretKey = QStringLiteral("sk_live_0123456789abcdefWXYZ");

void TestProfileDialog::storedKeyIsShownRedactedOnly()
{
    FakeSecretStore store;
    const QList<Profile> profiles = Profile::defaults();
    store.secrets.insert(profiles[ApiRow].secretKey(), secretKey);
    ProfileDialog dialog(profiles, profiles[ApiRow].id, &store);
    QTRY_VERIFY_WITH_TIMEOUT(keyStatus(dialog).contains(QLatin1String("WXYZ")), 10000);
    QVERIFY(!keyStatus(dialog).contains(secretKey));
    QVERIFY(dialog.keyEdit()->text().isEmpty());
    QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.keyChanges().isEmpty());
}

void TestProfileDialog::typingAKeyRecordsAChange()
{
    FakeSecretStore store;
    const QList<Profile> profiles = Profile::defaults();
    ProfileDialog dialog(profiles, profiles[ApiRow].id, &store);
    QTRY_VERIFY_WITH_TIMEOUT(keyStatus(dialog).contains(QLatin1String("No key")), 10000);
    QTest::keyClicks(dialog.keyEdit(), secretKey);
    QCOMPARE(dialog.keyChanges().value(profiles[ApiRow].id), std::optional<QString>(secretKey));
    QVERIFY(!keyStatus(dialog).contains(secretKey));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    okButton(dialog)->click();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.selectedId(), profiles[ApiRow].id);
}

void TestProfileDialog::forgetKeyRecordsARemoval()
{
    FakeSecretStore store;
    const QList<Profile> profiles = Profile::defaults();
    store.secrets.insert(profiles[ApiRow].secretKey(), secretKey);
    ProfileDialog dialog(profiles, profiles[ApiRow].id, &store);
    const auto buttons = dialog.findChildren<QPushButton *>();
    QPushButton *forget = nullptr;
    for (QPushButton *button : buttons) {
        if (button->text() == QLatin1String("Forget Key"))
            forget = button;
    }
    QVERIFY(forget);
    forget->click();
    QVERIFY(dialog.keyChanges().contains(profiles[ApiRow].id));
    QVERIFY(!dialog.keyChanges().value(profiles[ApiRow].id).has_value());
}

void TestProfileDialog::addCustomProfileNeedsValidUrl()
{
    FakeSecretStore store;
    ProfileDialog dialog(Profile::defaults(), Profile::simulatorId(), &store);
    QPushButton *add = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Add"))
            add = button;
    }
    QVERIFY(add);
    add->click();
    QCOMPARE(dialog.profiles().size(), 4);
    QCOMPARE(dialog.profiles().last().kind, Profile::Kind::CustomUrl);
    QVERIFY(okButton(dialog)->isEnabled());
    dialog.urlEdit()->clear();
    QTest::keyClicks(dialog.urlEdit(), QStringLiteral("not a url"));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.urlEdit()->clear();
    QTest::keyClicks(dialog.urlEdit(), QStringLiteral("http://127.0.0.1:8088"));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.profiles().last().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8088")));
}

void TestProfileDialog::removingAProfileForgetsItsKey()
{
    FakeSecretStore store;
    QList<Profile> profiles = Profile::defaults();
    profiles.append(Profile::newCustom(QStringLiteral("Local"), QUrl(QStringLiteral("http://127.0.0.1:1"))));
    ProfileDialog dialog(profiles, profiles[3].id, &store);
    QPushButton *remove = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Remove"))
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QCOMPARE(dialog.profiles().size(), 3);
    QVERIFY(dialog.keyChanges().contains(profiles[3].id));
    QVERIFY(!dialog.keyChanges().value(profiles[3].id).has_value());
}

void TestProfileDialog::simulatorIsNotEditable()
{
    FakeSecretStore store;
    ProfileDialog dialog(Profile::defaults(), Profile::simulatorId(), &store);
    QVERIFY(!dialog.keyEdit()->isEnabled());
    QVERIFY(!dialog.nameEdit()->isEnabled());
    QVERIFY(!dialog.urlEdit()->isEnabled());
}

void TestProfileDialog::sessionOnlyNoticeWithoutKeychain()
{
    FakeSecretStore store;
    store.keychainAvailable = false;
    store.lostReported = true;
    const QList<Profile> profiles = Profile::defaults();
    ProfileDialog dialog(profiles, profiles[ApiRow].id, &store);
    QTRY_VERIFY_WITH_TIMEOUT(keyStatus(dialog).contains(QLatin1String("this session only")), 10000);
}

void TestProfileDialog::pusherSimulatorIsBuiltIn()
{
    FakeSecretStore store;
    ProfileDialog dialog(Profile::defaults(), Profile::pusherSimulatorId(), &store);
    QVERIFY(!dialog.nameEdit()->isEnabled());
    QVERIFY(!dialog.pusherEditor()->isVisibleTo(&dialog));
    QVERIFY(!dialog.kindCombo()->isVisibleTo(&dialog));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestProfileDialog::pusherPresetsFillFields_data()
{
    QTest::addColumn<PusherSettings::Preset>("preset");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("ablyHint");
    QTest::newRow("soketi") << PusherSettings::Preset::Soketi << QStringLiteral("127.0.0.1") << 6001 << false << false;
    QTest::newRow("reverb") << PusherSettings::Preset::Reverb << QStringLiteral("localhost") << 8080 << false << false;
    QTest::newRow("ably") << PusherSettings::Preset::Ably << QStringLiteral("realtime-pusher.ably.io") << 443 << true
                          << true;
    QTest::newRow("pusher") << PusherSettings::Preset::PusherChannels << QString() << 443 << true << false;
}

void TestProfileDialog::pusherPresetsFillFields()
{
    QFETCH(PusherSettings::Preset, preset);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, tls);
    QFETCH(bool, ablyHint);
    FakeSecretStore store;
    ProfileDialog dialog(Profile::defaults(), Profile::simulatorId(), &store);
    dialog.addPusherProfile();
    PusherSettingsEditor *editor = dialog.pusherEditor();
    QVERIFY(editor->isVisibleTo(&dialog));
    QVERIFY(!dialog.urlEdit()->isVisibleTo(&dialog));
    QTest::keyClicks(editor->appKeyEdit(), QStringLiteral("typed-key"));
    choosePreset(editor, preset);
    QCOMPARE(editor->hostEdit()->text(), host);
    QCOMPARE(editor->tlsCheck()->isChecked(), tls);
    QCOMPARE(tls ? editor->wssPortSpin()->value() : editor->wsPortSpin()->value(), port);
    QCOMPARE(editor->presetHint()->isVisibleTo(&dialog), ablyHint);
    const PusherSettings expected = PusherSettings::forPreset(preset);
    const Profile edited = dialog.profiles().last();
    QCOMPARE(edited.kind, Profile::Kind::Pusher);
    QCOMPARE(edited.pusher.preset, preset);
    QCOMPARE(edited.pusher.channelAuthEndpoint, expected.channelAuthEndpoint);
    // A preset without an app key of its own keeps the one typed; soketi brings its default.
    QCOMPARE(edited.pusher.appKey, expected.appKey.isEmpty() ? QStringLiteral("typed-key") : expected.appKey);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestProfileDialog::pusherValidationBlocksOk_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no key") << QStringLiteral("key") << QString() << QStringLiteral("app key");
    QTest::newRow("ably key whole") << QStringLiteral("key") << QStringLiteral("abc.def:secret")
                                    << QStringLiteral("before the colon");
    QTest::newRow("host with scheme") << QStringLiteral("host") << QStringLiteral("wss://example.com")
                                      << QStringLiteral("bare host");
    QTest::newRow("header") << QStringLiteral("headers") << QStringLiteral("no colon here")
                            << QStringLiteral("Name: value");
    QTest::newRow("master key") << QStringLiteral("masterKey") << QStringLiteral("***") << QStringLiteral("base64");
    QTest::newRow("short master key") << QStringLiteral("masterKey") << QStringLiteral("AAAA") << QStringLiteral("32");
    QTest::newRow("user info") << QStringLiteral("userInfo") << QStringLiteral("[1]") << QStringLiteral("JSON object");
}

void TestProfileDialog::pusherValidationBlocksOk()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    FakeSecretStore store;
    QList<Profile> profiles = Profile::defaults();
    profiles.append(pusherProfile());
    ProfileDialog dialog(profiles, profiles.last().id, &store);
    PusherSettingsEditor *editor = dialog.pusherEditor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->secretsKnown(), 10000);
    QVERIFY(okButton(dialog)->isEnabled());
    if (field == QLatin1String("key")) {
        editor->appKeyEdit()->clear();
        QTest::keyClicks(editor->appKeyEdit(), text);
    } else if (field == QLatin1String("host")) {
        editor->hostEdit()->setText(text);
    } else if (field == QLatin1String("headers")) {
        editor->headersEdit()->setPlainText(text);
    } else if (field == QLatin1String("masterKey")) {
        QTest::keyClicks(editor->masterKeyEdit(), text);
    } else {
        QTest::keyClicks(editor->userInfoEdit(), text);
    }
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.problemText().contains(problem), qPrintable(dialog.problemText()));
    QVERIFY(dialog.problemText().startsWith(QLatin1String("Reverb")));
}

void TestProfileDialog::pusherSecretsStayHiddenAndMerge()
{
    FakeSecretStore store;
    QList<Profile> profiles = Profile::defaults();
    const Profile pusher = pusherProfile();
    profiles.append(pusher);
    const QString storedSecret = QStringLiteral("stored-app-secret-1234");
    PusherSecrets stored;
    stored.appSecret = storedSecret;
    stored.authHeaders = {{"Authorization", "Bearer stored-token"}, {"X-CSRF-TOKEN", "csrf-1"}};
    store.secrets.insert(pusher.pusherSecretKey(), stored.toText());

    ProfileDialog dialog(profiles, pusher.id, &store);
    PusherSettingsEditor *editor = dialog.pusherEditor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->secretsKnown(), 10000);
    // Nothing stored is shown: the secret field is empty, header values are masked.
    QVERIFY(editor->appSecretEdit()->text().isEmpty());
    QCOMPARE(editor->appSecretEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(editor->masterKeyEdit()->echoMode(), QLineEdit::Password);
    const QString headers = editor->headersEdit()->toPlainText();
    QVERIFY(!headers.contains(QLatin1String("stored-token")));
    QVERIFY(headers.contains(QLatin1String("Authorization: ") + PusherSettingsEditor::maskText()));
    QVERIFY(dialog.pusherSecretChanges().isEmpty());
    // What the profile holds is the stored secrets, for the caller to apply.
    QCOMPARE(PusherSecrets::of(dialog.profiles().last().pusher), stored);

    // A new master key and a changed header; the secret and the other header stay as stored.
    const QByteArray key(32, 'k');
    QTest::keyClicks(editor->masterKeyEdit(), QString::fromLatin1(key.toBase64()));
    editor->headersEdit()->setPlainText(QStringLiteral("Authorization: ") + PusherSettingsEditor::maskText()
                                        + QStringLiteral("\nX-CSRF-TOKEN: csrf-2"));
    QVERIFY(okButton(dialog)->isEnabled());
    const auto changes = dialog.pusherSecretChanges();
    QCOMPARE(changes.size(), 1);
    const PusherSecrets changed = changes.value(pusher.id);
    QCOMPARE(changed.appSecret, storedSecret);
    QCOMPARE(changed.encryptionMasterKey, key);
    const QList<QPair<QByteArray, QByteArray>> expectedHeaders {{"Authorization", "Bearer stored-token"},
                                                                {"X-CSRF-TOKEN", "csrf-2"}};
    QCOMPARE(changed.authHeaders, expectedHeaders);
}

void TestProfileDialog::removingAPusherProfileForgetsItsSecrets()
{
    FakeSecretStore store;
    QList<Profile> profiles = Profile::defaults();
    profiles.append(pusherProfile());
    store.secrets.insert(profiles.last().pusherSecretKey(), PusherSecrets {QStringLiteral("s"), {}, {}}.toText());
    ProfileDialog dialog(profiles, profiles.last().id, &store);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.pusherEditor()->secretsKnown(), 10000);
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Remove"))
            button->click();
    }
    QCOMPARE(dialog.profiles().size(), 3);
    QVERIFY(dialog.pusherSecretChanges().contains(profiles.last().id));
    QVERIFY(dialog.pusherSecretChanges().value(profiles.last().id).isEmpty());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
