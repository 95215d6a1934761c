// KeychainSecretStore where no keychain can be reached (no D-Bus session, no display, as in CI):
// the key stays usable for the session, the loss of persistence is announced once, nothing is
// written anywhere else. On a desktop with a real keychain the suite skips rather than write into
// the user's keychain.

#include "secretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace shuriken;

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fallsBackToTheSessionAndSaysSoOnce();
    void unknownKeyIsNotFound();
    void sessionStoreAnswersAsynchronously();

private:
    static QString serviceName()
    {
        return QStringLiteral("trade.shuriken.StreamMonitor.test-") + QUuid::createUuid().toString(QUuid::Id128);
    }
};

void TestKeychainSecretStore::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        QSKIP("a desktop session may have a real keychain; this suite does not write into it");
}

void TestKeychainSecretStore::fallsBackToTheSessionAndSaysSoOnce()
{
    KeychainSecretStore store(serviceName());
    QSignalSpy lost(&store, &SecretStore::persistenceLost);
    QSignalSpy written(&store, &SecretStore::secretWritten);
    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy removed(&store, &SecretStore::secretRemoved);

    store.writeSecret(QStringLiteral("profile/a/apiKey"), QStringLiteral("sk_test_aaaa1111"));
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 30000);
    QCOMPARE(written.at(0).at(0).toString(), QStringLiteral("profile/a/apiKey"));
    QCOMPARE(written.at(0).at(1).toBool(), false);
    QCOMPARE(lost.size(), 1);
    QVERIFY(!store.isPersistent());
    // The reason is for the user; it must not carry the secret.
    QVERIFY(!lost.at(0).at(0).toString().contains(QLatin1String("aaaa1111")));

    const quint64 id = store.readSecret(QStringLiteral("profile/a/apiKey"));
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 30000);
    QCOMPARE(read.at(0).at(0).toULongLong(), id);
    QCOMPARE(read.at(0).at(2).toString(), QStringLiteral("sk_test_aaaa1111"));
    QVERIFY(read.at(0).at(3).toBool());

    store.writeSecret(QStringLiteral("profile/b/apiKey"), QStringLiteral("sk_test_bbbb2222"));
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 30000);
    QCOMPARE(lost.size(), 1);

    store.removeSecret(QStringLiteral("profile/a/apiKey"));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 30000);
    store.readSecret(QStringLiteral("profile/a/apiKey"));
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 30000);
    QVERIFY(!read.at(1).at(3).toBool());
    QVERIFY(read.at(1).at(2).toString().isEmpty());
}

void TestKeychainSecretStore::unknownKeyIsNotFound()
{
    KeychainSecretStore store(serviceName());
    QSignalSpy read(&store, &SecretStore::secretRead);
    const quint64 first = store.readSecret(QStringLiteral("profile/none/apiKey"));
    const quint64 second = store.readSecret(QStringLiteral("profile/none/apiKey"));
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 30000);
    QVERIFY(!read.at(0).at(3).toBool());
    QVERIFY(!read.at(1).at(3).toBool());
}

void TestKeychainSecretStore::sessionStoreAnswersAsynchronously()
{
    SessionSecretStore store;
    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy written(&store, &SecretStore::secretWritten);
    store.writeSecret(QStringLiteral("k"), QStringLiteral("v"));
    store.readSecret(QStringLiteral("k"));
    // Never from within the call: a caller can connect after calling.
    QCOMPARE(read.size(), 0);
    QCOMPARE(written.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 10000);
    QCOMPARE(read.at(0).at(2).toString(), QStringLiteral("v"));
    QCOMPARE(written.at(0).at(1).toBool(), false);
    QVERIFY(!store.isPersistent());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
