#include "connectionpanel.h"

#include "statusdot.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace shuriken {

namespace {

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profileCombo"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profiles);
    layout->addWidget(profileLabel);
    layout->addWidget(m_profiles);
    auto *edit = new QToolButton(this);
    edit->setText(tr("…"));
    edit->setToolTip(tr("Edit connection profiles"));
    edit->setAccessibleName(tr("Edit profiles"));
    layout->addWidget(edit);

    m_connect = new QPushButton(tr("Co&nnect"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_disconnect = new QPushButton(tr("D&isconnect"), this);
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    layout->addWidget(m_connect);
    layout->addWidget(m_disconnect);
    layout->addWidget(separator(this));

    m_dot = new StatusDot(this);
    m_dot->setObjectName(QStringLiteral("stateDot"));
    layout->addWidget(m_dot);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    layout->addWidget(m_state);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setMinimumWidth(40);
    m_reason->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_reason, 1);
    m_countdownLabel = new QLabel(this);
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    layout->addWidget(m_countdownLabel);
    layout->addWidget(separator(this));

    m_socket = new QLabel(this);
    m_socket->setObjectName(QStringLiteral("socketLabel"));
    m_socket->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_socket->setToolTip(tr("Pusher socket_id of this connection"));
    m_host = new QLabel(this);
    m_host->setObjectName(QStringLiteral("hostLabel"));
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_host->setToolTip(tr("WebSocket host"));
    m_rtt = new QLabel(this);
    m_rtt->setObjectName(QStringLiteral("rttLabel"));
    m_rtt->setToolTip(tr("Round trip of the last ping"));
    m_endpoint = new QLabel(this);
    m_endpoint->setObjectName(QStringLiteral("endpointLabel"));
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoint->setToolTip(tr("The Pusher server of this profile"));
    m_endpoint->hide();
    layout->addWidget(m_endpoint);
    layout->addWidget(m_socket);
    layout->addWidget(m_host);
    layout->addWidget(m_rtt);

    m_countdown.setInterval(CountdownIntervalMs);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionPanel::updateCountdown);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionPanel::connectRequested);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionPanel::disconnectRequested);
    connect(edit, &QToolButton::clicked, this, &ConnectionPanel::editProfilesRequested);
    connect(m_profiles, &QComboBox::activated, this, [this] { Q_EMIT profileSelected(currentProfileId()); });

    showState(StreamClient::State::Disconnected, QString());
}

ConnectionPanel::~ConnectionPanel() = default;

void ConnectionPanel::setClient(StreamClient *client)
{
    disconnect(m_stateConnection);
    m_client = client;
    if (client) {
        m_stateConnection = connect(client, &StreamClient::stateChanged, this, &ConnectionPanel::showState);
        showState(client->state(), client->stateReason());
    } else {
        showState(StreamClient::State::Disconnected, QString());
    }
}

void ConnectionPanel::setProfiles(const QList<Profile> &profiles, const QString &currentId)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    for (const auto &profile : profiles) {
        m_profiles->addItem(profile.name, profile.id);
        const int index = m_profiles->count() - 1;
        m_profiles->setItemData(index, profile.whereText(), Qt::ToolTipRole);
    }
    const int current = m_profiles->findData(currentId);
    m_profiles->setCurrentIndex(current >= 0 ? current : 0);
}

QString ConnectionPanel::currentProfileId() const
{
    return m_profiles->currentData().toString();
}

QString ConnectionPanel::stateText() const
{
    return m_state->text();
}

QString ConnectionPanel::countdownText() const
{
    return m_countdownLabel->text();
}

void ConnectionPanel::showState(StreamClient::State state, const QString &reason)
{
    m_shownState = state;
    m_dot->setColor(stateColor(state));
    m_state->setText(StreamClient::stateText(state));
    m_reason->setText(reason);
    m_reason->setToolTip(reason);
    m_dot->setToolTip(StreamClient::stateText(state));
    setAccessibleDescription(StreamClient::stateText(state) + QStringLiteral(": ") + reason);

    const bool idle = state == StreamClient::State::Disconnected || state == StreamClient::State::Failed;
    m_connect->setEnabled(idle);
    m_disconnect->setEnabled(!idle);

    // The countdown timer runs only while there is something to count down.
    if (state == StreamClient::State::Reconnecting) {
        if (!m_countdown.isActive())
            m_countdown.start();
    } else {
        m_countdown.stop();
    }
    updateCountdown();
    refreshDetails();
}

void ConnectionPanel::updateCountdown()
{
    if (!m_client || m_shownState != StreamClient::State::Reconnecting) {
        m_countdownLabel->clear();
        m_countdownLabel->hide();
        return;
    }
    const qint64 at = m_client->nextAttemptAtMs();
    if (at < 0) {
        m_countdownLabel->setText(tr("retrying…"));
    } else {
        const qint64 remainingMs = std::max<qint64>(0, at - QDateTime::currentMSecsSinceEpoch());
        m_countdownLabel->setText(tr("next attempt in %1 s").arg(QLocale().toString(remainingMs / 1000.0, 'f', 1)));
    }
    m_countdownLabel->show();
}

void ConnectionPanel::setEndpointDescription(const QString &text)
{
    m_endpoint->setText(text);
    m_endpoint->setVisible(!text.isEmpty());
    refreshDetails();
}

QString ConnectionPanel::endpointDescription() const
{
    return m_endpoint->text();
}

void ConnectionPanel::refreshDetails()
{
    const bool connected = m_client && m_shownState == StreamClient::State::Connected;
    const QString socketId = m_client ? m_client->socketId() : QString();
    const QString host = m_client ? m_client->endpointText() : QString();
    m_socket->setText(socketId.isEmpty() ? QString() : tr("socket %1").arg(socketId));
    m_socket->setVisible(connected && !socketId.isEmpty());
    m_host->setText(host);
    // A Pusher profile's description names the endpoint already.
    m_host->setVisible(!host.isEmpty() && m_shownState != StreamClient::State::Disconnected
                       && m_endpoint->text().isEmpty());
    const qint64 rtt = m_client ? m_client->lastRoundTripMs() : -1;
    m_rtt->setText(rtt >= 0 ? tr("RTT %1 ms").arg(rtt) : QString());
    m_rtt->setVisible(connected && rtt >= 0);
}

} // namespace shuriken
