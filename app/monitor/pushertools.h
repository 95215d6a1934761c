#pragma once

// The Pusher tools of the main window: the "Send Event…" action with its dialog (client events,
// HTTP API triggers, saved messages of the active profile) and the side panel of presence
// channels. Follows the controller's active profile; MainWindow only places what it makes.

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QNetworkAccessManager;
class QWidget;

namespace shuriken {

class ApiClient;
class MonitorController;
class MonitorSettings;
class PusherHttpApi;
class SavedMessages;
class SendEventDialog;
class Subscription;
struct Profile;

class PusherTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PusherTools)

public:
    /// @p window parents the dialog.
    PusherTools(MonitorController *controller, MonitorSettings *settings, QWidget *window);
    ~PusherTools() override;

    /// Connection ▸ Send Event… (Ctrl+Shift+S): enabled on a Pusher profile (client events need
    /// a connection, triggers the app id and secret).
    QAction *sendAction() const { return m_sendAction; }
    /// The side panel of @p subscription: the member list of a presence channel, else nullptr.
    static QWidget *sidePanelFor(Subscription *subscription, QWidget *parent);
    /// The dialog while it exists (tests).
    SendEventDialog *sendDialog() const;
    /// Opens (creating if needed) the send dialog.
    void openSendDialog();

private:
    void onProfileActivated(const Profile &profile);
    /// The HTTP API of the active profile, or nullptr when it cannot trigger.
    PusherHttpApi *makeHttpApi(const Profile &profile);

    MonitorController *m_controller;
    MonitorSettings *m_settings;
    QWidget *m_window;
    QAction *m_sendAction;
    QPointer<SendEventDialog> m_dialog;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_apiClient;
    std::unique_ptr<PusherHttpApi> m_httpApi;
    SavedMessages *m_saved = nullptr;
};

} // namespace shuriken
