#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

class QSettings;

namespace shuriken {

/// How an event is sent (SendEventDialog).
enum class SendMode
{
    ClientEvent, // over our own WebSocket (StreamClient::sendClientEvent)
    HttpTrigger, // through the server's signed HTTP API (PusherHttpApi::trigger)
};

/// A message the user saved to send again: what is sent, never how it is authorized (the app
/// secret stays in the SecretStore).
struct SavedMessage
{
    QString name;
    SendMode mode = SendMode::ClientEvent;
    QString channel;
    QString event;
    QString data; // as typed (JSON text)
    bool excludeOwnConnection = false; // HttpTrigger: the socket_id of our connection excluded

    friend bool operator==(const SavedMessage &, const SavedMessage &) = default;
};

/// The saved messages of one profile, kept in QSettings under savedMessages/<profile id>, in the
/// user's order. A list model for the dialog's list: the display role is the name, which is
/// editable in place (rename); the tooltip says what the message sends. Every change is written
/// at once.
class SavedMessages final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedMessages)

public:
    enum Role
    {
        ModeRole = Qt::UserRole, // int(SendMode)
        ChannelRole, // QString
        EventRole, // QString
        DataRole, // QString
        ExcludeOwnConnectionRole, // bool
    };
    Q_ENUM(Role)

    /// @p settings is not owned and must outlive this object (MonitorSettings::settings()); the
    /// messages of @p profileId are read now.
    SavedMessages(QSettings *settings, const QString &profileId, QObject *parent = nullptr);
    ~SavedMessages() override;

    /// The QSettings group of a profile's messages: "savedMessages/<id>", the id percent-encoded
    /// when it holds anything but letters, digits, '-' and '_' (a '/' would open a subgroup).
    static QString groupFor(const QString &profileId);
    QString profileId() const { return m_profileId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const QList<SavedMessage> &messages() const { return m_messages; }
    SavedMessage at(int row) const { return m_messages.value(row); }
    /// The row of the message named @p name, or -1.
    int indexOf(const QString &name) const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }

    /// Saves @p message: replaces the one of the same name in place, else appends it. Returns its
    /// row, or -1 when the name is empty.
    int save(const SavedMessage &message);
    /// False (and nothing changed) when @p from is unknown or @p to is empty or taken.
    bool rename(const QString &from, const QString &to);
    bool remove(const QString &name);
    /// Reads the messages from the settings again (another window saved some).
    void reload();

    /// A name not used yet: @p base, else "base (2)", "base (3)", ...
    QString uniqueName(const QString &base) const;
    /// "client-typing on presence-room (client event)" for tooltips and menus.
    static QString describe(const SavedMessage &message);

private:
    void write();

    QSettings *m_settings;
    QString m_profileId;
    QList<SavedMessage> m_messages;
};

} // namespace shuriken
