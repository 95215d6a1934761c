#pragma once

#include "profile.h"
#include "pushersettings.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace shuriken {

/// The server of a Pusher profile, with pusher-js' option names beside the fields: a preset
/// (Pusher Channels, soketi, Laravel Reverb, Ably, other) fills them with the server's usual
/// values. Secrets follow the API key's rule: a stored secret is never shown. The app secret and
/// the encryption master key fields stay empty while a stored value is kept (typing replaces
/// it), and stored auth header values read as a mask ("Authorization: ••••••") that keeps the
/// stored value as long as the line is left so.
class PusherSettingsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PusherSettingsEditor)

public:
    explicit PusherSettingsEditor(QWidget *parent = nullptr);
    ~PusherSettingsEditor() override;

    /// Shows @p settings, whose secret fields hold the profile's current secrets; @p stored is
    /// what the SecretStore holds (nullopt while it is looked up: the secret fields wait).
    void setSettings(const PusherSettings &settings, const std::optional<PusherSecrets> &stored);
    /// The settings as edited, secrets included (the stored ones where the fields keep them).
    PusherSettings settings() const;
    /// Whether the secret fields can be edited (the stored secrets are known).
    bool secretsKnown() const { return m_stored.has_value(); }
    /// What the fields hold that PusherSettings cannot (a header line without a colon, a key
    /// that is not base64, user info that is not a JSON object), translated; empty when fine.
    QString inputProblem() const;
    void setReadOnly(bool readOnly);

    /// The mask a stored header value shows as.
    static QString maskText();

    QComboBox *presetCombo() const { return m_preset; }
    QLineEdit *appKeyEdit() const { return m_appKey; }
    QLineEdit *clusterEdit() const { return m_cluster; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *wsPortSpin() const { return m_wsPort; }
    QSpinBox *wssPortSpin() const { return m_wssPort; }
    QCheckBox *tlsCheck() const { return m_tls; }
    QLineEdit *channelAuthEdit() const { return m_channelAuth; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPlainTextEdit *paramsEdit() const { return m_params; }
    QLineEdit *appSecretEdit() const { return m_appSecret; }
    QLineEdit *masterKeyEdit() const { return m_masterKey; }
    QLineEdit *userInfoEdit() const { return m_userInfo; }
    QLabel *presetHint() const { return m_hint; }

Q_SIGNALS:
    /// The user changed a field (or picked a preset).
    void edited();

private:
    void applyPreset();
    void showFields(const PusherSettings &settings);
    void updateHint();
    void updateSecretStatus();

    std::optional<PusherSecrets> m_stored;
    // Secrets of the settings shown whose fields do not show them (they equal the stored ones).
    PusherSecrets m_shownSecrets;
    bool m_showing = false;

    QComboBox *m_preset = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_appKey = nullptr;
    QLineEdit *m_cluster = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_wsPort = nullptr;
    QSpinBox *m_wssPort = nullptr;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_tls = nullptr;
    QLineEdit *m_channelAuth = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QPlainTextEdit *m_params = nullptr;
    QLineEdit *m_userAuth = nullptr;
    QLineEdit *m_appId = nullptr;
    QLineEdit *m_appSecret = nullptr;
    QLineEdit *m_masterKey = nullptr;
    QLineEdit *m_userId = nullptr;
    QLineEdit *m_userInfo = nullptr;
    QLabel *m_secretStatus = nullptr;
    QPushButton *m_forget = nullptr;
};

} // namespace shuriken
