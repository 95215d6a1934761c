#include "connectiontimelinemodel.h"

#include <QDateTime>

#include <algorithm>

namespace shuriken {

ConnectionTimelineModel::ConnectionTimelineModel(QObject *parent)
    : BoundedLogModel(DefaultCapacity, parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

ConnectionTimelineModel::~ConnectionTimelineModel() = default;

int ConnectionTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind", "connection timeline column: state change, reconnect or error");
    case StateColumn:
        return tr("State", "connection timeline column: connection state");
    case DetailColumn:
        return tr("Detail");
    default:
        break;
    }
    return {};
}

QString ConnectionTimelineModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::StateChange:
        return tr("state", "connection timeline entry kind");
    case Kind::ReconnectAttempt:
        return tr("reconnect", "connection timeline entry kind");
    case Kind::Error:
        return tr("error", "connection timeline entry kind");
    }
    return {};
}

QString ConnectionTimelineModel::detailText(const Entry &entry) const
{
    if (entry.kind != Kind::ReconnectAttempt)
        return entry.detail;
    if (entry.nextAttemptAtMs < 0)
        return tr("attempt %1").arg(entry.attempt);
    const qint64 delayMs = std::max<qint64>(0, entry.nextAttemptAtMs - entry.timeMs);
    return tr("attempt %1 at %2 (in %3 ms)")
        .arg(entry.attempt)
        .arg(QDateTime::fromMSecsSinceEpoch(entry.nextAttemptAtMs).toString(QStringLiteral("hh:mm:ss.zzz")))
        .arg(delayMs);
}

QVariant ConnectionTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(size_t(index.row()));

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(entry.timeMs)
                .toString(role == Qt::DisplayRole ? QStringLiteral("hh:mm:ss.zzz")
                                                  : QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz t"));
        case KindColumn:
            return kindText(entry.kind);
        case StateColumn:
            return StreamClient::stateText(entry.state);
        case DetailColumn:
            return detailText(entry);
        default:
            break;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.timeMs;
        case KindColumn:
            return int(entry.kind);
        case StateColumn:
            return int(entry.state);
        case DetailColumn:
            return detailText(entry);
        default:
            break;
        }
        return {};
    case KindRole:
        return QVariant::fromValue(entry.kind);
    case StateRole:
        return QVariant::fromValue(entry.state);
    case TimeMsRole:
        return entry.timeMs;
    case DetailRole:
        return detailText(entry);
    case AttemptRole:
        return entry.kind == Kind::ReconnectAttempt ? QVariant(entry.attempt) : QVariant();
    default:
        break;
    }
    return {};
}

void ConnectionTimelineModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

void ConnectionTimelineModel::setClient(StreamClient *client)
{
    if (client && client == m_client)
        return;
    for (const auto &connection : std::as_const(m_clientConnections))
        disconnect(connection);
    m_clientConnections.clear();
    m_client = client;
    if (!client)
        return;
    m_clientConnections.append(
        connect(client, &StreamClient::stateChanged, this, [this](StreamClient::State state, const QString &reason) {
            const qint64 now = m_clock();
            record(state, reason, now);
            if (state == StreamClient::State::Reconnecting && m_client)
                recordReconnectAttempt(m_attempts + 1, m_client->nextAttemptAtMs(), now);
        }));
    m_clientConnections.append(connect(client, &StreamClient::errorOccurred, this,
                                       [this](const QString &message) { recordError(message, m_clock()); }));
}

void ConnectionTimelineModel::record(StreamClient::State state, const QString &reason, qint64 timeMs)
{
    if (state == StreamClient::State::Connected)
        m_attempts = 0; // attempts count per outage
    m_state = state;
    append(Entry {timeMs, Kind::StateChange, state, reason, 0, -1});
}

void ConnectionTimelineModel::recordReconnectAttempt(int attempt, qint64 nextAttemptAtMs, qint64 timeMs)
{
    m_attempts = std::max(m_attempts, attempt);
    append(Entry {timeMs, Kind::ReconnectAttempt, m_state, QString(), attempt, nextAttemptAtMs});
}

void ConnectionTimelineModel::recordError(const QString &message, qint64 timeMs)
{
    append(Entry {timeMs, Kind::Error, m_state, message, 0, -1});
}

void ConnectionTimelineModel::append(Entry entry)
{
    appendRows(1, [&](qsizetype) { m_entries.push_back(std::move(entry)); });
}

void ConnectionTimelineModel::eraseOldestRows(int count)
{
    m_entries.erase(m_entries.begin(), m_entries.begin() + count);
}

void ConnectionTimelineModel::eraseAllRows()
{
    m_entries.clear();
}

} // namespace shuriken
