#pragma once

#include "profile.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace shuriken {

class SecretStore;

/// Edits the list of connection profiles and their API keys. Stored keys are never shown, only
/// their redacted form; typing a new key replaces the stored one when the dialog is accepted.
/// The dialog writes nothing itself: the caller applies profiles() and keyChanges().
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
    /// The profile selected when the dialog closed.
    QString selectedId() const;

    /// For tests: select a profile by row.
    void selectRow(int row);
    QLineEdit *keyEdit() const { return m_keyEdit; }
    QLineEdit *urlEdit() const { return m_urlEdit; }
    QLineEdit *nameEdit() const { return m_nameEdit; }

private:
    void showProfile(int row);
    void storeEdits();
    void addProfile();
    void removeProfile();
    void updateKeyStatus();
    void validate();
    int currentRow() const;

    QList<Profile> m_profiles;
    QHash<QString, std::optional<QString>> m_keyChanges;
    // What the SecretStore said about each profile's stored key: redacted text, "" = none.
    QHash<QString, QString> m_storedKeys;
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
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace shuriken
