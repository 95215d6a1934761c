#pragma once

#include "profile.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace shuriken {

class PusherSettingsEditor;
class SecretStore;

/// Edits the list of connection profiles and their API keys. Stored keys are never shown, only
/// their redacted form; typing a new key replaces the stored one when the dialog is accepted.
/// A Pusher profile is edited in a PusherSettingsEditor, its secrets (PusherSecrets) kept the
/// same way. The dialog writes nothing itself: the caller applies profiles() (whose Pusher
/// settings carry their secrets: MonitorSettings leaves them out), keyChanges() and
/// pusherSecretChanges().
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    ProfileDialog(const QList<Profile> &profiles, const QString &currentId, SecretStore *secrets,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    QList<Profile> profiles() const { return m_profiles; }
    /// Per profile id: the new key, or nullopt to remove the stored key. Absent = unchanged.
    QHash<QString, std::optional<QString>> keyChanges() const { return m_keyChanges; }
    /// Per Pusher profile id: the secrets to store, or empty ones to remove the stored entry.
    /// Absent = unchanged.
    QHash<QString, PusherSecrets> pusherSecretChanges() const;
    /// The profile selected when the dialog closed.
    QString selectedId() const;

    /// For tests: select a profile by row.
    void selectRow(int row);
    QLineEdit *keyEdit() const { return m_keyEdit; }
    QLineEdit *urlEdit() const { return m_urlEdit; }
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    PusherSettingsEditor *pusherEditor() const { return m_pusherEditor; }
    /// The inline error that keeps OK disabled, or empty.
    QString problemText() const;
    /// Adds a Pusher profile (the "Add Pusher Server" button).
    void addPusherProfile();

private:
    void showProfile(int row);
    void storeEdits();
    void addProfile();
    void appendProfile(const Profile &profile);
    void showKindRows(const Profile &profile);
    void removeProfile();
    void updateKeyStatus();
    void validate();
    int currentRow() const;

    QList<Profile> m_profiles;
    QHash<QString, std::optional<QString>> m_keyChanges;
    // What the SecretStore said about each profile's stored key: redacted text, "" = none.
    QHash<QString, QString> m_storedKeys;
    // What the SecretStore holds for each Pusher profile, once it answered.
    QHash<QString, PusherSecrets> m_storedPusherSecrets;
    // Pusher profiles that were removed: their stored secrets go too.
    QStringList m_removedPusherIds;
    SecretStore *m_secrets;
    bool m_showing = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_clearKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_simulatorNote = nullptr;
    QFormLayout *m_form = nullptr;
    PusherSettingsEditor *m_pusherEditor = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace shuriken
