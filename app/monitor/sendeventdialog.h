#pragma once

#include "savedmessages.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace shuriken {

class PusherHttpApi;
class StreamClient;

/// Sends an event to a Pusher-protocol server, non-modal (show() it): a channel (the subscribed
/// ones offered, any name accepted), an event name, JSON data checked as it is typed (the parse
/// error's line and column, underlined in the editor), and how to send it:
///  - as a client event over the monitor's own connection (StreamClient::sendClientEvent): only
///    on subscribed private and presence channels, never encrypted ones, named client-*; the
///    dialog says which rule the current input breaks and offers to add the prefix;
///  - triggered through the server's HTTP API (PusherHttpApi::trigger), when the profile has the
///    app id and secret, optionally excluding the monitor's own connection (its socket_id).
/// The outcome (sent, or refused with the client's or the server's explanation) is shown in the
/// dialog. Messages can be saved under a name (SavedMessages), loaded by selecting them, sent
/// again with a double-click or the list's Send button, renamed in place (F2) and deleted (Del).
/// Ctrl+Return sends.
class SendEventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendEventDialog)

public:
    /// None of the pointers is owned. @p client may be null (nothing can be sent as a client
    /// event); @p httpApi may be null (the profile has no app id and secret: no trigger);
    /// @p saved may be null (no saved messages). Each is let go if it is destroyed first.
    SendEventDialog(StreamClient *client, PusherHttpApi *httpApi, SavedMessages *saved, QWidget *parent = nullptr);
    ~SendEventDialog() override;

    /// Another connection (the profile changed): the channel list and the modes follow it.
    void setConnection(StreamClient *client, PusherHttpApi *httpApi);
    void setSavedMessages(SavedMessages *saved);

    /// Where a JSON text stops parsing, for the live check. Empty text is valid (sent as {}).
    struct JsonCheck
    {
        bool ok = true;
        int position = -1; // character offset of the error in the text
        int line = 0; // 1-based
        int column = 0; // 1-based, in characters
        QString error; // Qt's description of the error
    };
    static JsonCheck checkJson(const QString &text);

    SendMode mode() const;
    void setMode(SendMode mode);
    /// What would be sent now (its name is empty).
    SavedMessage currentMessage() const;
    /// Fills the editor with @p message (its mode, channel, event, data and options).
    void setMessage(const SavedMessage &message);

    /// Why @p mode cannot be used at all with this connection (no client, not a Pusher profile,
    /// no app credentials), translated; empty when it can.
    QString modeUnavailableReason(SendMode mode) const;
    /// Why the current input cannot be sent now, translated; empty when Send is enabled.
    QString problem() const;
    /// True in client-event mode when the event name lacks the client- prefix.
    bool canPrefixEventName() const;
    /// The outcome of the last send, as shown.
    QString resultText() const;
    /// Sends through the HTTP API that have not been answered yet.
    int pendingTriggers() const { return m_pendingTriggers; }

    QComboBox *channelCombo() const { return m_channel; }
    QLineEdit *eventEdit() const { return m_event; }
    QPlainTextEdit *dataEdit() const { return m_data; }
    QCheckBox *excludeOwnConnectionBox() const { return m_excludeOwn; }
    QPushButton *sendButton() const { return m_send; }
    QListView *savedView() const { return m_savedView; }

public Q_SLOTS:
    /// Sends the current input in the current mode. False (the reason shown) when it is refused
    /// before anything was sent; a trigger's answer comes later (messageSent/messageRefused).
    bool send();
    /// Puts "client-" in front of the event name.
    void prefixEventName();
    /// Saves the current input under @p name (replacing a message of that name).
    bool saveCurrent(const QString &name);
    /// Loads the saved message @p name and sends it.
    bool sendSaved(const QString &name);
    /// Reads the subscribed channels again (called on every subscription change).
    void refreshChannels();

Q_SIGNALS:
    /// A client event was written to the socket, or the HTTP API accepted a trigger.
    void messageSent(const QString &channel, const QString &event);
    /// The dialog, the client or the server refused to send; @p reason says why.
    void messageRefused(const QString &channel, const QString &event, const QString &reason);

private:
    QWidget *buildEditor();
    QWidget *buildSavedList();
    void updateState();
    void updateJsonCheck();
    void updateSaveButton();
    void showResult(const QString &text, bool ok);
    void loadSelectedSaved();
    void renameSelectedSaved();
    void deleteSelectedSaved();
    QString selectedSavedName() const;
    bool isSubscribed(const QString &channel) const;

    QPointer<StreamClient> m_client;
    QPointer<PusherHttpApi> m_httpApi;
    QPointer<SavedMessages> m_saved;
    QList<QMetaObject::Connection> m_clientConnections;

    QComboBox *m_channel = nullptr;
    QLineEdit *m_event = nullptr;
    QPushButton *m_prefix = nullptr;
    QRadioButton *m_clientMode = nullptr;
    QRadioButton *m_triggerMode = nullptr;
    QCheckBox *m_excludeOwn = nullptr;
    QPlainTextEdit *m_data = nullptr;
    QLabel *m_jsonStatus = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_send = nullptr;
    QListView *m_savedView = nullptr;
    QLineEdit *m_saveName = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_sendSaved = nullptr;
    QPushButton *m_renameSaved = nullptr;
    QPushButton *m_deleteSaved = nullptr;
    JsonCheck m_jsonCheck;
    int m_pendingTriggers = 0;
};

} // namespace shuriken
