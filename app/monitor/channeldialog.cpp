#include "channeldialog.h"

#include "pushermessage.h"
#include "subscription.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shuriken {

ChannelDialog::ChannelDialog(const QStringList &recentChannels, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Subscribe to Channel"));
    setObjectName(QStringLiteral("channelDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelName"));
    m_channel->setEditable(true);
    m_channel->setInsertPolicy(QComboBox::NoInsert);
    m_channel->addItems(recentChannels);
    m_channel->setCurrentIndex(-1);
    m_channel->lineEdit()->setPlaceholderText(tr("orders, private-user.42, presence-room.1…"));
    m_channel->setToolTip(tr("Recent channels of this profile are in the list"));
    form->addRow(tr("&Channel:"), m_channel);
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("channelKind"));
    m_kind->setWordWrap(true);
    form->addRow(QString(), m_kind);
    m_bind = new QLineEdit(this);
    m_bind->setObjectName(QStringLiteral("bindEvent"));
    m_bind->setPlaceholderText(tr("optional, e.g. OrderShipped or .OrderShipped"));
    m_bind->setToolTip(tr("The event name your application binds: every event of the channel is shown, and "
                          "events that arrive under other names are explained"));
    form->addRow(tr("Event your app &binds:"), m_bind);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Subscribe"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable(channel()))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_channel, &QComboBox::editTextChanged, this, &ChannelDialog::validate);
    validate();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

ChannelDialog::~ChannelDialog() = default;

QString ChannelDialog::channel() const
{
    return m_channel->currentText().trimmed();
}

StreamFilter ChannelDialog::filter() const
{
    StreamFilter filter;
    const QString bind = m_bind->text().trimmed();
    if (!bind.isEmpty())
        filter.insert(Subscription::bindFilterKey(), bind);
    return filter;
}

bool ChannelDialog::isAcceptable(const QString &channel)
{
    return pusher::isValidChannelName(channel);
}

QString ChannelDialog::describeChannel(const QString &channel)
{
    if (channel.isEmpty())
        return tr("Type a channel name: the prefix decides its kind (private-, presence-, private-encrypted-).");
    if (!pusher::isValidChannelName(channel))
        return tr("Not a channel name: letters, digits and _ - = @ , . ; only, at most 164 characters.");
    switch (pusher::channelType(channel)) {
    case pusher::ChannelType::Public:
        return tr("Public channel: no authorization.");
    case pusher::ChannelType::Private:
        return tr("Private channel: authorized by the auth endpoint, or signed here with the app secret.");
    case pusher::ChannelType::Presence:
        return tr("Presence channel: authorized with the user's id and info; members are listed.");
    case pusher::ChannelType::PrivateEncrypted:
        return tr("Encrypted channel: authorized like a private one; payloads are decrypted with the "
                  "channel's shared secret.");
    }
    return {};
}

void ChannelDialog::validate()
{
    const QString name = channel();
    m_kind->setText(describeChannel(name));
    const bool ok = isAcceptable(name);
    m_ok->setEnabled(ok);
}

} // namespace shuriken
