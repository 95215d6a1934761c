#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace shuriken {

/// Where API keys live. Every operation is asynchronous (a platform keychain may ask the user or
/// talk over D-Bus), so nothing blocks the GUI thread: a call returns at once and its result
/// arrives through the matching signal, carrying the same key.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// Starts a lookup; secretRead() answers with the returned id, so two readers of one key
    /// (the connection and the profile dialog) never take each other's answers.
    quint64 readSecret(const QString &key);
    virtual void writeSecret(const QString &key, const QString &secret) = 0;
    virtual void removeSecret(const QString &key) = 0;

    /// False once the store knows secrets are kept for this session only (no keychain).
    virtual bool isPersistent() const = 0;

Q_SIGNALS:
    /// The readSecret() that returned `requestId` finished; `found` is false when nothing is
    /// stored, `error` says why a lookup failed (empty when it merely found nothing).
    void secretRead(quint64 requestId, const QString &key, const QString &secret, bool found, const QString &error);
    /// A writeSecret() finished; `persisted` is false when the secret is kept for this session only.
    void secretWritten(const QString &key, bool persisted, const QString &error);
    /// A removeSecret() finished.
    void secretRemoved(const QString &key);
    /// The store found no usable keychain and keeps secrets in memory for this session from now on.
    void persistenceLost(const QString &reason);

protected:
    /// Looks `key` up and emits secretRead(requestId, ...) later, never from within this call.
    virtual void startRead(quint64 requestId, const QString &key) = 0;

private:
    quint64 m_lastRequestId = 0;
};

/// Keeps secrets in memory for the lifetime of the process: the fallback when no keychain is
/// available, and the cache in front of the keychain.
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSecretStore)

public:
    explicit SessionSecretStore(QObject *parent = nullptr);
    ~SessionSecretStore() override;

    void writeSecret(const QString &key, const QString &secret) override;
    void removeSecret(const QString &key) override;
    bool isPersistent() const override { return false; }

protected:
    void startRead(quint64 requestId, const QString &key) override;

private:
    QHash<QString, QString> m_secrets;
};

/// The platform keychain through QtKeychain (Secret Service / KWallet, macOS Keychain, Windows
/// Credential Store). Never falls back to plain-text storage: when the keychain is missing or
/// refuses, the secret stays in memory for this session and persistenceLost() says so once.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    /// `service` names the keychain entry group (e.g. the application's reverse-DNS id).
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void writeSecret(const QString &key, const QString &secret) override;
    void removeSecret(const QString &key) override;
    bool isPersistent() const override { return m_keychainUsable; }

protected:
    void startRead(quint64 requestId, const QString &key) override;

private:
    void markUnusable(const QString &reason);

    QString m_service;
    bool m_keychainUsable = true;
    // Session copy: answers reads at once and keeps secrets when the keychain cannot.
    QHash<QString, QString> m_cache;
};

} // namespace shuriken
