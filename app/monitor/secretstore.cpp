#include "secretstore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "shuriken.monitor.secrets")

namespace shuriken {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

quint64 SecretStore::readSecret(const QString &key)
{
    const quint64 id = ++m_lastRequestId;
    startRead(id, key);
    return id;
}

// ---- SessionSecretStore -----------------------------------------------------------------------

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

SessionSecretStore::~SessionSecretStore() = default;

void SessionSecretStore::startRead(quint64 requestId, const QString &key)
{
    const auto it = m_secrets.constFind(key);
    const bool found = it != m_secrets.constEnd();
    const QString secret = found ? *it : QString();
    // Queued, like a real keychain, so callers never see the answer before the call returns.
    QMetaObject::invokeMethod(
        this, [this, requestId, key, secret, found] { Q_EMIT secretRead(requestId, key, secret, found, QString()); },
        Qt::QueuedConnection);
}

void SessionSecretStore::writeSecret(const QString &key, const QString &secret)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [this, key] { Q_EMIT secretWritten(key, false, QString()); }, Qt::QueuedConnection);
}

void SessionSecretStore::removeSecret(const QString &key)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        this, [this, key] { Q_EMIT secretRemoved(key); }, Qt::QueuedConnection);
}

// ---- KeychainSecretStore ----------------------------------------------------------------------

namespace {

// Errors that say the keychain itself is missing, as opposed to "no such entry" or "the user
// said no": after one of these, asking again only repeats the failure.
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::startRead(quint64 requestId, const QString &key)
{
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd() || !m_keychainUsable) {
        const bool found = cached != m_cache.constEnd();
        const QString secret = found ? *cached : QString();
        QMetaObject::invokeMethod(
            this,
            [this, requestId, key, secret, found] { Q_EMIT secretRead(requestId, key, secret, found, QString()); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, requestId, key](QKeychain::Job *finished) {
        auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError && readJob) {
            const QString secret = readJob->textData();
            m_cache.insert(key, secret);
            Q_EMIT secretRead(requestId, key, secret, true, QString());
            return;
        }
        if (error == QKeychain::EntryNotFound) {
            Q_EMIT secretRead(requestId, key, QString(), false, QString());
            return;
        }
        const QString message = finished->errorString();
        if (meansNoKeychain(error))
            markUnusable(message);
        Q_EMIT secretRead(requestId, key, QString(), false, message);
    });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret)
{
    m_cache.insert(key, secret);
    if (!m_keychainUsable) {
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT secretWritten(key, false, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError) {
            Q_EMIT secretWritten(key, true, QString());
            return;
        }
        const QString message = finished->errorString();
        if (meansNoKeychain(error))
            markUnusable(message);
        Q_EMIT secretWritten(key, false, message);
    });
    job->start();
}

void KeychainSecretStore::removeSecret(const QString &key)
{
    m_cache.remove(key);
    if (!m_keychainUsable) {
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT secretRemoved(key); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            qCWarning(lcSecrets) << "could not remove a key from the keychain:" << finished->errorString();
        Q_EMIT secretRemoved(key);
    });
    job->start();
}

void KeychainSecretStore::markUnusable(const QString &reason)
{
    if (!m_keychainUsable)
        return;
    m_keychainUsable = false;
    qCWarning(lcSecrets) << "no usable keychain, API keys are kept for this session only:" << reason;
    Q_EMIT persistenceLost(reason);
}

} // namespace shuriken
