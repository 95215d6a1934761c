#include "savedmessages.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace shuriken {

namespace {

QString modeId(SendMode mode)
{
    return mode == SendMode::HttpTrigger ? QStringLiteral("trigger") : QStringLiteral("client");
}

SendMode modeFromId(const QString &id)
{
    return id == QLatin1String("trigger") ? SendMode::HttpTrigger : SendMode::ClientEvent;
}

const QString arrayName = QStringLiteral("messages");

} // namespace

SavedMessages::SavedMessages(QSettings *settings, const QString &profileId, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
    , m_profileId(profileId)
{
    Q_ASSERT(m_settings);
    reload();
}

SavedMessages::~SavedMessages() = default;

QString SavedMessages::groupFor(const QString &profileId)
{
    const bool plain = !profileId.isEmpty() && std::all_of(profileId.cbegin(), profileId.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
    });
    const QString key = plain ? profileId : QString::fromLatin1(QUrl::toPercentEncoding(profileId, "-_"));
    return QStringLiteral("savedMessages/") + key;
}

int SavedMessages::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant SavedMessages::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedMessage &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return message.name;
    case Qt::ToolTipRole:
        return describe(message);
    case ModeRole:
        return int(message.mode);
    case ChannelRole:
        return message.channel;
    case EventRole:
        return message.event;
    case DataRole:
        return message.data;
    case ExcludeOwnConnectionRole:
        return message.excludeOwnConnection;
    default:
        return {};
    }
}

bool SavedMessages::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString from = m_messages.at(index.row()).name;
    const QString to = value.toString().trimmed();
    return to == from || rename(from, to);
}

Qt::ItemFlags SavedMessages::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

int SavedMessages::indexOf(const QString &name) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).name == name)
            return row;
    }
    return -1;
}

int SavedMessages::save(const SavedMessage &message)
{
    SavedMessage saved = message;
    saved.name = saved.name.trimmed();
    if (saved.name.isEmpty())
        return -1;
    int row = indexOf(saved.name);
    if (row >= 0) {
        if (m_messages.at(row) == saved)
            return row;
        m_messages[row] = saved;
        Q_EMIT dataChanged(index(row), index(row));
    } else {
        row = int(m_messages.size());
        beginInsertRows({}, row, row);
        m_messages.append(saved);
        endInsertRows();
    }
    write();
    return row;
}

bool SavedMessages::rename(const QString &from, const QString &to)
{
    const int row = indexOf(from);
    const QString name = to.trimmed();
    if (row < 0 || name.isEmpty() || contains(name))
        return false;
    m_messages[row].name = name;
    Q_EMIT dataChanged(index(row), index(row));
    write();
    return true;
}

bool SavedMessages::remove(const QString &name)
{
    const int row = indexOf(name);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_messages.removeAt(row);
    endRemoveRows();
    write();
    return true;
}

void SavedMessages::reload()
{
    QList<SavedMessage> messages;
    m_settings->beginGroup(groupFor(m_profileId));
    const int size = m_settings->beginReadArray(arrayName);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        SavedMessage message;
        message.name = m_settings->value(QStringLiteral("name")).toString().trimmed();
        message.mode = modeFromId(m_settings->value(QStringLiteral("mode")).toString());
        message.channel = m_settings->value(QStringLiteral("channel")).toString();
        message.event = m_settings->value(QStringLiteral("event")).toString();
        message.data = m_settings->value(QStringLiteral("data")).toString();
        message.excludeOwnConnection = m_settings->value(QStringLiteral("excludeOwnConnection"), false).toBool();
        // A hand-edited file may repeat or leave out a name: the first of a name wins.
        if (message.name.isEmpty() || std::any_of(messages.cbegin(), messages.cend(), [&](const SavedMessage &m) {
                return m.name == message.name;
            }))
            continue;
        messages.append(message);
    }
    m_settings->endArray();
    m_settings->endGroup();

    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

void SavedMessages::write()
{
    m_settings->beginGroup(groupFor(m_profileId));
    m_settings->remove(QString()); // the whole group: a shorter array leaves no stale entries
    m_settings->beginWriteArray(arrayName, int(m_messages.size()));
    for (int i = 0; i < m_messages.size(); ++i) {
        const SavedMessage &message = m_messages.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), message.name);
        m_settings->setValue(QStringLiteral("mode"), modeId(message.mode));
        m_settings->setValue(QStringLiteral("channel"), message.channel);
        m_settings->setValue(QStringLiteral("event"), message.event);
        m_settings->setValue(QStringLiteral("data"), message.data);
        m_settings->setValue(QStringLiteral("excludeOwnConnection"), message.excludeOwnConnection);
    }
    m_settings->endArray();
    m_settings->endGroup();
}

QString SavedMessages::uniqueName(const QString &base) const
{
    const QString trimmed = base.trimmed().isEmpty() ? tr("Message") : base.trimmed();
    if (!contains(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate
            = tr("%1 (%2)", "a saved message's name made unique: name (number)").arg(trimmed).arg(n);
        if (!contains(candidate))
            return candidate;
    }
}

QString SavedMessages::describe(const SavedMessage &message)
{
    return message.mode == SendMode::HttpTrigger
        ? tr("%1 on %2 (triggered through the HTTP API)").arg(message.event, message.channel)
        : tr("%1 on %2 (client event)").arg(message.event, message.channel);
}

} // namespace shuriken
