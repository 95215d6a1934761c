#include "pushertools.h"

#include "apiclient.h"
#include "monitorcontroller.h"
#include "monitorsettings.h"
#include "presencepanel.h"
#include "profile.h"
#include "pusherhttpapi.h"
#include "pushermessage.h"
#include "savedmessages.h"
#include "sendeventdialog.h"
#include "streamclient.h"

#include <QAction>
#include <QNetworkAccessManager>
#include <QWidget>

namespace shuriken {

PusherTools::PusherTools(MonitorController *controller, MonitorSettings *settings, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_settings(settings)
    , m_window(window)
    , m_sendAction(new QAction(tr("Send &Event…"), this))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_sendAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_sendAction->setStatusTip(tr("Send a client event or trigger an event through the server's HTTP API"));
    m_sendAction->setEnabled(false);
    connect(m_sendAction, &QAction::triggered, this, &PusherTools::openSendDialog);
    connect(m_controller, &MonitorController::profileActivated, this, &PusherTools::onProfileActivated);
    onProfileActivated(m_controller->activeProfile());
}

PusherTools::~PusherTools()
{
    // The dialog holds the HTTP API and the saved messages: it goes first.
    delete m_dialog.data();
}

SendEventDialog *PusherTools::sendDialog() const
{
    return m_dialog.data();
}

QWidget *PusherTools::sidePanelFor(Subscription *subscription, QWidget *parent)
{
    if (!subscription || pusher::channelType(subscription->stream()) != pusher::ChannelType::Presence) {
        // A Shuriken presence stream's channel is only known once resolved.
        if (!subscription || pusher::channelType(subscription->channel()) != pusher::ChannelType::Presence)
            return nullptr;
    }
    auto *panel = new PresencePanel(parent);
    panel->setSubscription(subscription);
    return panel;
}

PusherHttpApi *PusherTools::makeHttpApi(const Profile &profile)
{
    m_httpApi.reset();
    m_apiClient.reset();
    if (!profile.isPusher() || !profile.pusher.canTrigger())
        return nullptr;
    const PusherSettings &settings = profile.pusher;
    // Its own client: no API key and no auth headers go to the HTTP API, which authenticates
    // by signature.
    m_apiClient = std::make_unique<ApiClient>(m_network.get());
    m_apiClient->setBaseUrl(settings.effectiveHttpApiUrl());
    connect(m_apiClient.get(), &ApiClient::exchangeFinished, m_controller->client(),
            &StreamClient::httpExchangeFinished);
    m_httpApi = std::make_unique<PusherHttpApi>(m_apiClient.get());
    m_httpApi->setCredentials(
        PusherAppCredentials {settings.appId, settings.appKey, settings.appSecret, settings.encryptionMasterKey});
    return m_httpApi.get();
}

void PusherTools::onProfileActivated(const Profile &profile)
{
    const bool pusher = profile.isPusher();
    m_sendAction->setEnabled(pusher);
    PusherHttpApi *api = makeHttpApi(profile);
    auto *saved = new SavedMessages(m_settings->settings(), profile.id, this);
    if (SendEventDialog *dialog = m_dialog.data()) {
        dialog->setConnection(m_controller->client(), api);
        dialog->setSavedMessages(saved);
        if (!pusher)
            dialog->close();
    }
    delete m_saved;
    m_saved = saved;
}

void PusherTools::openSendDialog()
{
    SendEventDialog *dialog = m_dialog.data();
    if (!dialog) {
        dialog = new SendEventDialog(m_controller->client(), m_httpApi.get(), m_saved, m_window);
        m_dialog = dialog;
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace shuriken
