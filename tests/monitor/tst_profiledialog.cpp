#include "fakesecretstore.h"
#include "profiledialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
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
};

const QString TestProfileDialog::secretKey = QStringLiteral("sk_live_0123456789abcdefWXYZ");

void TestProfileDialog::storedKeyIsShownRedactedOnly()
{
    FakeSecretStore store;
    const QList<Profile> profiles = Profile::defaults();
    store.secrets.insert(profiles[1].secretKey(), secretKey);
    ProfileDialog dialog(profiles, profiles[1].id, &store);
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
    ProfileDialog dialog(profiles, profiles[1].id, &store);
    QTRY_VERIFY_WITH_TIMEOUT(keyStatus(dialog).contains(QLatin1String("No key")), 10000);
    QTest::keyClicks(dialog.keyEdit(), secretKey);
    QCOMPARE(dialog.keyChanges().value(profiles[1].id), std::optional<QString>(secretKey));
    QVERIFY(!keyStatus(dialog).contains(secretKey));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    okButton(dialog)->click();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.selectedId(), profiles[1].id);
}

void TestProfileDialog::forgetKeyRecordsARemoval()
{
    FakeSecretStore store;
    const QList<Profile> profiles = Profile::defaults();
    store.secrets.insert(profiles[1].secretKey(), secretKey);
    ProfileDialog dialog(profiles, profiles[1].id, &store);
    const auto buttons = dialog.findChildren<QPushButton *>();
    QPushButton *forget = nullptr;
    for (QPushButton *button : buttons) {
        if (button->text().contains(QLatin1String("Forget")))
            forget = button;
    }
    QVERIFY(forget);
    forget->click();
    QVERIFY(dialog.keyChanges().contains(profiles[1].id));
    QVERIFY(!dialog.keyChanges().value(profiles[1].id).has_value());
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
    QCOMPARE(dialog.profiles().size(), 3);
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
    ProfileDialog dialog(profiles, profiles[2].id, &store);
    QPushButton *remove = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Remove"))
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QCOMPARE(dialog.profiles().size(), 2);
    QVERIFY(dialog.keyChanges().contains(profiles[2].id));
    QVERIFY(!dialog.keyChanges().value(profiles[2].id).has_value());
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
    ProfileDialog dialog(profiles, profiles[1].id, &store);
    QTRY_VERIFY_WITH_TIMEOUT(keyStatus(dialog).contains(QLatin1String("this session only")), 10000);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
