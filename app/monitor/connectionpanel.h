#pragma once

#include "profile.h"
#include "streamclient.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace shuriken {

class StatusDot;

/// The connection bar: profile selector, Connect/Disconnect, the state (colour dot + text),
/// its reason, the reconnect countdown, socket id, host and the last ping's round trip. It
/// watches a StreamClient and asks for actions through signals; it never drives the client.
class ConnectionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPanel)

public:
    static constexpr int CountdownIntervalMs = 250;

    explicit ConnectionPanel(QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    void setClient(StreamClient *client);
    void setProfiles(const QList<Profile> &profiles, const QString &currentId);
    QString currentProfileId() const;
    /// A Pusher profile's server (PusherSettings::describe(), no secret) and, once signed in,
    /// the user; empty hides it.
    void setEndpointDescription(const QString &text);
    QString endpointDescription() const;

    /// What the indicator shows, for tests and accessibility.
    StreamClient::State shownState() const { return m_shownState; }
    QString stateText() const;
    QString countdownText() const;
    bool isCountdownRunning() const { return m_countdown.isActive(); }

    QPushButton *connectButton() const { return m_connect; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    QComboBox *profileCombo() const { return m_profiles; }

public Q_SLOTS:
    /// Re-reads socket id, host and round trip (the main window's 1 Hz tick calls it).
    void refreshDetails();

Q_SIGNALS:
    /// The user picked another profile in the selector.
    void profileSelected(const QString &profileId);
    /// The user pressed Connect.
    void connectRequested();
    /// The user pressed Disconnect.
    void disconnectRequested();
    /// The user asked to edit the profiles.
    void editProfilesRequested();

private:
    void showState(StreamClient::State state, const QString &reason);
    void updateCountdown();

    QPointer<StreamClient> m_client;
    QMetaObject::Connection m_stateConnection;
    StreamClient::State m_shownState = StreamClient::State::Disconnected;
    QTimer m_countdown;

    QComboBox *m_profiles = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    StatusDot *m_dot = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QLabel *m_socket = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_endpoint = nullptr;
    QLabel *m_rtt = nullptr;
};

} // namespace shuriken
