#include "sendeventdialog.h"

#include "pusherhttpapi.h"
#include "pushermessage.h"
#include "streamclient.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextCursor>
#include <QTextEdit>
#include <QTime>
#include <QVBoxLayout>

namespace shuriken {

namespace {

const QString clientPrefix = QStringLiteral("client-");

/// The data as sent: what was typed, trimmed; nothing at all becomes an empty object.
QString sentData(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("{}") : trimmed;
}

} // namespace

SendEventDialog::SendEventDialog(StreamClient *client, PusherHttpApi *httpApi, SavedMessages *saved, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Send Event"));
    setModal(false);
    setSizeGripEnabled(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildEditor());
    splitter->addWidget(buildSavedList());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the event (Ctrl+Return)"));
    // Return in the event name must not send by accident: sending is a click or Ctrl+Return.
    m_send->setAutoDefault(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &SendEventDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &SendEventDialog::send);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    setConnection(client, httpApi);
    setSavedMessages(saved);
    updateJsonCheck();
    resize(820, 480);
}

SendEventDialog::~SendEventDialog() = default;

QWidget *SendEventDialog::buildEditor()
{
    auto *editor = new QWidget(this);

    m_channel = new QComboBox(editor);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setEditable(true);
    m_channel->setInsertPolicy(QComboBox::NoInsert);
    m_channel->setToolTip(tr("The subscribed channels are offered; any channel name can be typed"));
    m_channel->lineEdit()->setPlaceholderText(tr("private-chat, presence-room, …"));

    m_event = new QLineEdit(editor);
    m_event->setObjectName(QStringLiteral("eventEdit"));
    m_event->setPlaceholderText(tr("client-message"));
    m_prefix = new QPushButton(tr("Add client- Prefix"), editor);
    m_prefix->setObjectName(QStringLiteral("prefixButton"));
    m_prefix->setAutoDefault(false);
    m_prefix->setToolTip(tr("Client events must be named client-…"));
    connect(m_prefix, &QPushButton::clicked, this, &SendEventDialog::prefixEventName);
    auto *eventRow = new QHBoxLayout;
    eventRow->setContentsMargins(0, 0, 0, 0);
    eventRow->addWidget(m_event, 1);
    eventRow->addWidget(m_prefix);

    m_clientMode = new QRadioButton(tr("&Client event over this connection"), editor);
    m_clientMode->setObjectName(QStringLiteral("clientMode"));
    m_triggerMode = new QRadioButton(tr("&Trigger through the HTTP API"), editor);
    m_triggerMode->setObjectName(QStringLiteral("triggerMode"));
    auto *modes = new QButtonGroup(editor);
    modes->addButton(m_clientMode);
    modes->addButton(m_triggerMode);
    m_clientMode->setChecked(true);
    m_excludeOwn = new QCheckBox(tr("E&xclude my connection (socket_id)"), editor);
    m_excludeOwn->setObjectName(QStringLiteral("excludeOwnConnection"));
    m_excludeOwn->setToolTip(tr("The server delivers the event to every subscriber except this monitor"));
    auto *modeBox = new QVBoxLayout;
    modeBox->setContentsMargins(0, 0, 0, 0);
    modeBox->addWidget(m_clientMode);
    modeBox->addWidget(m_triggerMode);
    auto *excludeRow = new QHBoxLayout;
    excludeRow->setContentsMargins(20, 0, 0, 0);
    excludeRow->addWidget(m_excludeOwn);
    modeBox->addLayout(excludeRow);

    m_data = new QPlainTextEdit(editor);
    m_data->setObjectName(QStringLiteral("dataEdit"));
    m_data->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_data->setPlaceholderText(tr("{\"text\": \"hello\"}  (empty: {})"));
    m_data->setTabChangesFocus(true);
    m_data->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonStatus = new QLabel(editor);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatus"));
    m_jsonStatus->setWordWrap(true);

    m_problem = new QLabel(editor);
    m_problem->setObjectName(QStringLiteral("problemMessage"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result = new QLabel(editor);
    m_result->setObjectName(QStringLiteral("resultMessage"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("C&hannel:"), m_channel);
    // The row is a line edit and a button: the mnemonic goes to the line edit.
    auto *eventLabel = new QLabel(tr("&Event:"), editor);
    eventLabel->setBuddy(m_event);
    form->addRow(eventLabel, eventRow);
    form->addRow(tr("Mode:"), modeBox);
    auto *dataLabel = new QLabel(tr("&Data (JSON):"), editor);
    dataLabel->setBuddy(m_data);
    form->addRow(dataLabel);
    form->addRow(m_data);
    form->addRow(m_jsonStatus);
    form->addRow(m_problem);
    form->addRow(m_result);
    editor->setLayout(form);

    connect(m_channel, &QComboBox::currentTextChanged, this, &SendEventDialog::updateState);
    connect(m_event, &QLineEdit::textChanged, this, &SendEventDialog::updateState);
    connect(m_clientMode, &QRadioButton::toggled, this, &SendEventDialog::updateState);
    connect(m_excludeOwn, &QCheckBox::toggled, this, &SendEventDialog::updateState);
    connect(m_data, &QPlainTextEdit::textChanged, this, &SendEventDialog::updateJsonCheck);
    return editor;
}

QWidget *SendEventDialog::buildSavedList()
{
    auto *box = new QGroupBox(tr("Saved Messages"), this);

    m_savedView = new QListView(box);
    m_savedView->setObjectName(QStringLiteral("savedMessages"));
    m_savedView->setUniformItemSizes(true);
    m_savedView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_savedView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_savedView->setToolTip(tr("Select to load, double-click to send, F2 to rename, Del to delete"));
    connect(m_savedView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { sendSaved(index.data().toString()); });

    auto *remove = new QAction(tr("Delete Saved Message"), m_savedView);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &SendEventDialog::deleteSelectedSaved);
    m_savedView->addAction(remove);

    m_sendSaved = new QPushButton(tr("Send"), box);
    m_sendSaved->setObjectName(QStringLiteral("sendSavedButton"));
    m_sendSaved->setToolTip(tr("Send the selected saved message as it was saved"));
    m_renameSaved = new QPushButton(tr("Rename"), box);
    m_deleteSaved = new QPushButton(tr("Delete"), box);
    for (QPushButton *button : {m_sendSaved, m_renameSaved, m_deleteSaved})
        button->setAutoDefault(false);
    connect(m_sendSaved, &QPushButton::clicked, this, [this] { sendSaved(selectedSavedName()); });
    connect(m_renameSaved, &QPushButton::clicked, this, &SendEventDialog::renameSelectedSaved);
    connect(m_deleteSaved, &QPushButton::clicked, this, &SendEventDialog::deleteSelectedSaved);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_sendSaved);
    listButtons->addWidget(m_renameSaved);
    listButtons->addWidget(m_deleteSaved);

    m_saveName = new QLineEdit(box);
    m_saveName->setObjectName(QStringLiteral("saveName"));
    m_saveName->setPlaceholderText(tr("Name (default: the event)"));
    m_save = new QPushButton(tr("Save"), box);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString name = m_saveName->text().trimmed();
        const SavedMessages *saved = m_saved.data();
        if (saved && saveCurrent(name.isEmpty() ? saved->uniqueName(m_event->text()) : name))
            m_saveName->clear();
    });
    connect(m_saveName, &QLineEdit::textChanged, this, &SendEventDialog::updateSaveButton);
    connect(m_saveName, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveName, 1);
    saveRow->addWidget(m_save);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_savedView, 1);
    layout->addLayout(listButtons);
    layout->addLayout(saveRow);
    return box;
}

void SendEventDialog::setConnection(StreamClient *client, PusherHttpApi *httpApi)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_clientConnections))
        disconnect(connection);
    m_clientConnections.clear();
    m_client = client;
    m_httpApi = httpApi;
    if (client) {
        const auto refresh = [this] {
            refreshChannels();
        };
        m_clientConnections = {
            connect(client, &StreamClient::subscriptionAdded, this, refresh),
            connect(client, &StreamClient::subscriptionRemoved, this, refresh),
            connect(client, &StreamClient::subscriptionStatusChanged, this, refresh),
            connect(client, &StreamClient::stateChanged, this, &SendEventDialog::updateState),
            connect(client, &QObject::destroyed, this, &SendEventDialog::refreshChannels),
        };
    }
    if (httpApi)
        m_clientConnections.append(connect(httpApi, &QObject::destroyed, this, &SendEventDialog::updateState));
    // Trigger mode by default when client events are impossible but triggering is not.
    if (!modeUnavailableReason(SendMode::ClientEvent).isEmpty()
        && modeUnavailableReason(SendMode::HttpTrigger).isEmpty())
        m_triggerMode->setChecked(true);
    refreshChannels();
}

void SendEventDialog::setSavedMessages(SavedMessages *saved)
{
    m_saved = saved;
    m_savedView->setModel(saved);
    if (saved) {
        connect(m_savedView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &SendEventDialog::loadSelectedSaved);
        connect(saved, &QAbstractItemModel::rowsInserted, this, &SendEventDialog::updateSaveButton);
        connect(saved, &QAbstractItemModel::rowsRemoved, this, &SendEventDialog::updateSaveButton);
        connect(saved, &QAbstractItemModel::dataChanged, this, &SendEventDialog::updateSaveButton);
        connect(saved, &QAbstractItemModel::modelReset, this, &SendEventDialog::updateSaveButton);
    }
    updateSaveButton();
}

void SendEventDialog::refreshChannels()
{
    QStringList channels;
    if (const StreamClient *client = m_client.data()) {
        for (const Subscription *subscription : client->subscriptions()) {
            if (!subscription->channel().isEmpty() && !channels.contains(subscription->channel()))
                channels.append(subscription->channel());
        }
    }
    channels.sort();
    QStringList current;
    for (int i = 0; i < m_channel->count(); ++i)
        current.append(m_channel->itemText(i));
    if (current != channels) {
        const QString typed = m_channel->currentText();
        const QSignalBlocker blocker(m_channel);
        m_channel->clear();
        m_channel->addItems(channels);
        m_channel->setCurrentIndex(-1);
        m_channel->setEditText(typed.isEmpty() && channels.size() == 1 ? channels.constFirst() : typed);
    }
    updateState();
}

SendEventDialog::JsonCheck SendEventDialog::checkJson(const QString &text)
{
    JsonCheck check;
    if (text.trimmed().isEmpty())
        return check;
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error {};
    QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return check;
    check.ok = false;
    check.error = error.errorString();
    // The offset counts UTF-8 bytes; the editor counts UTF-16 characters.
    int at = int(QString::fromUtf8(utf8.left(error.offset)).size());
    // Qt reports where it stopped: the character it choked on or just past it. Past the end or on
    // white space, the character meant is the last one before.
    at = qBound(0, at, int(text.size()));
    while (at > 0 && (at == text.size() || text.at(at).isSpace()))
        --at;
    const QStringView before = QStringView(text).left(at);
    check.position = at;
    check.line = int(before.count(u'\n')) + 1;
    check.column = int(before.size() - before.lastIndexOf(u'\n'));
    return check;
}

void SendEventDialog::updateJsonCheck()
{
    m_jsonCheck = checkJson(m_data->toPlainText());
    QList<QTextEdit::ExtraSelection> marks;
    if (m_jsonCheck.ok) {
        m_jsonStatus->setText(m_data->toPlainText().trimmed().isEmpty() ? tr("No data: {} is sent") : tr("Valid JSON"));
    } else {
        m_jsonStatus->setText(tr("Not JSON: line %1, column %2: %3")
                                  .arg(m_jsonCheck.line)
                                  .arg(m_jsonCheck.column)
                                  .arg(m_jsonCheck.error));
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_data->document());
        mark.cursor.setPosition(m_jsonCheck.position);
        mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Qt::red);
        marks.append(mark);
    }
    m_data->setExtraSelections(marks);
    updateState();
}

SendMode SendEventDialog::mode() const
{
    return m_triggerMode->isChecked() ? SendMode::HttpTrigger : SendMode::ClientEvent;
}

void SendEventDialog::setMode(SendMode mode)
{
    (mode == SendMode::HttpTrigger ? m_triggerMode : m_clientMode)->setChecked(true);
}

SavedMessage SendEventDialog::currentMessage() const
{
    SavedMessage message;
    message.mode = mode();
    message.channel = m_channel->currentText().trimmed();
    message.event = m_event->text().trimmed();
    message.data = m_data->toPlainText();
    message.excludeOwnConnection = m_excludeOwn->isChecked();
    return message;
}

void SendEventDialog::setMessage(const SavedMessage &message)
{
    setMode(message.mode);
    m_channel->setEditText(message.channel);
    m_event->setText(message.event);
    m_excludeOwn->setChecked(message.excludeOwnConnection);
    if (m_data->toPlainText() != message.data)
        m_data->setPlainText(message.data);
}

QString SendEventDialog::modeUnavailableReason(SendMode mode) const
{
    const StreamClient *client = m_client.data();
    if (mode == SendMode::ClientEvent) {
        if (!client)
            return tr("Client events need a connection.");
        if (!client->isDirect())
            return tr("Client events need a Pusher profile: the Shuriken API takes none.");
        return {};
    }
    if (client && client->options().pusher && !client->options().pusher->canTrigger())
        return tr("Triggering needs the app ID and the app secret: enter them in the profile.");
    if (!m_httpApi)
        return tr("Triggering needs a Pusher profile with the app ID and the app secret.");
    return {};
}

bool SendEventDialog::isSubscribed(const QString &channel) const
{
    if (const StreamClient *client = m_client.data()) {
        for (const Subscription *subscription : client->subscriptions()) {
            if (subscription->channel() == channel && subscription->status() == Subscription::Status::Subscribed)
                return true;
        }
    }
    return false;
}

QString SendEventDialog::problem() const
{
    const SavedMessage message = currentMessage();
    if (const QString unavailable = modeUnavailableReason(message.mode); !unavailable.isEmpty())
        return unavailable;
    if (message.channel.isEmpty())
        return tr("Choose or type a channel.");
    if (!pusher::isValidChannelName(message.channel))
        return tr("\"%1\" is not a valid channel name: letters, digits and _-=@,.; only, at most 164.")
            .arg(message.channel);
    if (message.event.isEmpty())
        return tr("Enter an event name.");

    const pusher::ChannelType type = pusher::channelType(message.channel);
    if (message.mode == SendMode::ClientEvent) {
        if (type == pusher::ChannelType::Public)
            return tr("Client events can only be sent on private- and presence- channels; %1 is public. "
                      "Trigger it through the HTTP API instead.")
                .arg(message.channel);
        if (type == pusher::ChannelType::PrivateEncrypted)
            return tr("Client events cannot be sent on encrypted channels: the server cannot check what it "
                      "relays. Trigger it through the HTTP API instead.");
        if (!message.event.startsWith(clientPrefix))
            return tr("A client event's name must start with \"client-\".");
        if (!m_jsonCheck.ok)
            return tr("The data must be JSON: line %1, column %2: %3.")
                .arg(m_jsonCheck.line)
                .arg(m_jsonCheck.column)
                .arg(m_jsonCheck.error);
        const StreamClient *client = m_client.data();
        if (!client || client->state() != StreamClient::State::Connected)
            return tr("Not connected.");
        if (!isSubscribed(message.channel))
            return tr("Subscribe to %1 first: the server only takes client events on channels this connection has "
                      "joined.")
                .arg(message.channel);
        return {};
    }

    const StreamClient *client = m_client.data();
    if (message.excludeOwnConnection && (!client || client->socketId().isEmpty()))
        return tr("Not connected: there is no socket_id to exclude.");
    if (const PusherHttpApi *api = m_httpApi.data()) {
        PusherEvent event;
        event.name = message.event;
        event.data = sentData(message.data);
        event.channels = {message.channel};
        return api->validate(event);
    }
    return {};
}

bool SendEventDialog::canPrefixEventName() const
{
    const QString event = m_event->text().trimmed();
    return mode() == SendMode::ClientEvent && !event.startsWith(clientPrefix);
}

void SendEventDialog::prefixEventName()
{
    const QString event = m_event->text().trimmed();
    if (!event.startsWith(clientPrefix))
        m_event->setText(clientPrefix + event);
    m_event->setFocus();
}

void SendEventDialog::updateState()
{
    const QString clientReason = modeUnavailableReason(SendMode::ClientEvent);
    const QString triggerReason = modeUnavailableReason(SendMode::HttpTrigger);
    m_clientMode->setToolTip(clientReason.isEmpty()
                                 ? tr("Sent over the monitor's own WebSocket as pusher-js' channel.trigger() does")
                                 : clientReason);
    m_triggerMode->setToolTip(triggerReason.isEmpty()
                                  ? tr("POST /apps/<app id>/events, signed with the app secret, as a backend does")
                                  : triggerReason);
    const bool trigger = mode() == SendMode::HttpTrigger;
    m_excludeOwn->setEnabled(trigger);
    m_prefix->setVisible(canPrefixEventName());

    QString text = problem();
    // A trigger may carry any string; pusher-js parses JSON data and hands other text over as it is.
    if (text.isEmpty() && trigger && !m_jsonCheck.ok)
        text = tr("The data is not JSON: it is sent as a plain string.");
    m_problem->setText(text);
    m_send->setEnabled(problem().isEmpty());
}

void SendEventDialog::updateSaveButton()
{
    const SavedMessages *saved = m_saved.data();
    const bool exists = saved && saved->contains(m_saveName->text().trimmed());
    m_save->setText(exists ? tr("Replace") : tr("Save"));
    m_save->setEnabled(saved != nullptr);
    m_saveName->setEnabled(saved != nullptr);
    const bool selected = saved && !selectedSavedName().isEmpty();
    m_sendSaved->setEnabled(selected);
    m_renameSaved->setEnabled(selected);
    m_deleteSaved->setEnabled(selected);
}

QString SendEventDialog::resultText() const
{
    return m_result->text();
}

void SendEventDialog::showResult(const QString &text, bool ok)
{
    m_result->setText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + u' ' + text);
    m_result->setProperty("ok", ok); // for style sheets and tests
}

bool SendEventDialog::send()
{
    const SavedMessage message = currentMessage();
    if (const QString why = problem(); !why.isEmpty()) {
        showResult(tr("Not sent: %1").arg(why), false);
        Q_EMIT messageRefused(message.channel, message.event, why);
        return false;
    }
    const QString payload = sentData(message.data);

    if (message.mode == SendMode::ClientEvent) {
        StreamClient *client = m_client.data();
        const QString error = client ? client->sendClientEvent(message.channel, message.event, payload.toUtf8())
                                     : modeUnavailableReason(SendMode::ClientEvent);
        if (!error.isEmpty()) {
            showResult(tr("Refused: %1").arg(error), false);
            Q_EMIT messageRefused(message.channel, message.event, error);
            return false;
        }
        showResult(tr("Sent %1 on %2.").arg(message.event, message.channel), true);
        Q_EMIT messageSent(message.channel, message.event);
        return true;
    }

    PusherHttpApi *api = m_httpApi.data();
    if (!api)
        return false; // problem() said so already
    PusherEvent event;
    event.name = message.event;
    event.data = payload;
    event.channels = {message.channel};
    if (const StreamClient *client = m_client.data(); client && message.excludeOwnConnection)
        event.excludeSocketId = client->socketId();
    ++m_pendingTriggers;
    showResult(tr("Triggering %1 on %2…").arg(message.event, message.channel), true);
    api->trigger(event, this, [this, message](const ApiResult<QJsonObject> &result) {
        --m_pendingTriggers;
        if (!result.ok()) {
            showResult(tr("Refused by the server: %1").arg(result.errorText()), false);
            Q_EMIT messageRefused(message.channel, message.event, result.errorText());
            return;
        }
        showResult(message.excludeOwnConnection
                       ? tr("Triggered %1 on %2: the server accepted it (not delivered to this connection).")
                             .arg(message.event, message.channel)
                       : tr("Triggered %1 on %2: the server accepted it.").arg(message.event, message.channel),
                   true);
        Q_EMIT messageSent(message.channel, message.event);
    });
    return true;
}

bool SendEventDialog::saveCurrent(const QString &name)
{
    SavedMessages *saved = m_saved.data();
    if (!saved || name.trimmed().isEmpty())
        return false;
    SavedMessage message = currentMessage();
    message.name = name.trimmed();
    const int row = saved->save(message);
    if (row < 0)
        return false;
    m_savedView->setCurrentIndex(saved->index(row)); // loads what the editor holds already
    updateSaveButton();
    return true;
}

bool SendEventDialog::sendSaved(const QString &name)
{
    const SavedMessages *saved = m_saved.data();
    const int row = saved ? saved->indexOf(name) : -1;
    if (row < 0)
        return false;
    setMessage(saved->at(row));
    return send();
}

QString SendEventDialog::selectedSavedName() const
{
    const QModelIndex current = m_savedView->currentIndex();
    return current.isValid() ? current.data().toString() : QString();
}

void SendEventDialog::loadSelectedSaved()
{
    updateSaveButton();
    const SavedMessages *saved = m_saved.data();
    const int row = saved ? saved->indexOf(selectedSavedName()) : -1;
    if (row >= 0)
        setMessage(saved->at(row));
}

void SendEventDialog::renameSelectedSaved()
{
    const QModelIndex current = m_savedView->currentIndex();
    if (current.isValid())
        m_savedView->edit(current);
}

void SendEventDialog::deleteSelectedSaved()
{
    if (SavedMessages *saved = m_saved.data())
        saved->remove(selectedSavedName());
    updateSaveButton();
}

} // namespace shuriken
