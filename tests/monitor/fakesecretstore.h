#pragma once

#include "secretstore.h"

#include <QHash>
#include <QMetaObject>

namespace shuriken::test {

/// A SecretStore for tests: answers asynchronously like a keychain, records what was asked, and
/// can play a machine without a keychain (persistent = false, persistenceLost() on first write).
class FakeSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSecretStore)

public:
    explicit FakeSecretStore(QObject *parent = nullptr)
        : SecretStore(parent)
    { }

    void writeSecret(const QString &key, const QString &secret) override
    {
        ++writes;
        secrets.insert(key, secret);
        QMetaObject::invokeMethod(
            this,
            [this, key] {
                if (!keychainAvailable && !lostReported) {
                    lostReported = true;
                    Q_EMIT persistenceLost(QStringLiteral("no keychain in this test"));
                }
                Q_EMIT secretWritten(key, keychainAvailable, QString());
            },
            Qt::QueuedConnection);
    }

    void removeSecret(const QString &key) override
    {
        secrets.remove(key);
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT secretRemoved(key); }, Qt::QueuedConnection);
    }

    bool isPersistent() const override { return keychainAvailable && !lostReported; }

protected:
    void startRead(quint64 requestId, const QString &key) override
    {
        ++reads;
        // The answer reflects the store when it was asked, as a keychain's would.
        const bool found = secrets.contains(key);
        const QString secret = secrets.value(key);
        QMetaObject::invokeMethod(
            this,
            [this, requestId, key, secret, found] { Q_EMIT secretRead(requestId, key, secret, found, QString()); },
            Qt::QueuedConnection);
    }

public:
    QHash<QString, QString> secrets;
    bool keychainAvailable = true;
    bool lostReported = false;
    int reads = 0;
    int writes = 0;
};

} // namespace shuriken::test
