#include "subscriptionmodel.h"

#include "streamclient.h"

#include <QDateTime>

namespace shuriken {

namespace {

QVariantMap filterMap(const StreamFilter &filter)
{
    QVariantMap map;
    for (auto it = filter.cbegin(); it != filter.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

} // namespace

SubscriptionModel::SubscriptionModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_tickTimer.setInterval(m_tickIntervalMs);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] { tick(m_clock()); });
}

SubscriptionModel::~SubscriptionModel() = default;

int SubscriptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SubscriptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StreamColumn:
        return tr("Stream");
    case FilterColumn:
        return tr("Filter", "subscription column: the stream filter");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason", "subscription column: why the status is what it is");
    case RateColumn:
        return tr("Events/s");
    case TotalColumn:
        return tr("Events", "subscription column: total events received");
    case LastEventColumn:
        return tr("Last event");
    case GapsColumn:
        return tr("Gaps", "subscription column: events missing by sequence number");
    case PausedColumn:
        return tr("Paused");
    default:
        break;
    }
    return {};
}

QVariant SubscriptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StreamColumn:
            return entry.stream;
        case FilterColumn:
            return entry.filterText;
        case StatusColumn:
            return Subscription::statusText(entry.status);
        case ReasonColumn:
            return entry.reason;
        case RateColumn:
            return QString::number(entry.rate.ratePerSecond(), 'f', 1);
        case TotalColumn:
            return QString::number(entry.shown.total);
        case LastEventColumn:
            if (entry.shown.lastEventAtUs <= 0)
                return QString();
            return QDateTime::fromMSecsSinceEpoch(entry.shown.lastEventAtUs / 1000)
                .toString(QStringLiteral("hh:mm:ss.zzz"));
        case GapsColumn:
            return QString::number(entry.shown.gaps);
        case PausedColumn:
            return entry.paused ? tr("paused") : QString();
        default:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RateColumn:
        case TotalColumn:
        case GapsColumn:
            return QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == ReasonColumn)
            return entry.reason.isEmpty() ? QVariant() : QVariant(entry.reason);
        if (index.column() == StreamColumn)
            return entry.key;
        return {};
    case SortRole:
        switch (index.column()) {
        case StreamColumn:
            return entry.stream;
        case FilterColumn:
            return entry.filterText;
        case StatusColumn:
            return int(entry.status);
        case ReasonColumn:
            return entry.reason;
        case RateColumn:
            return entry.rate.ratePerSecond();
        case TotalColumn:
            return entry.shown.total;
        case LastEventColumn:
            return entry.shown.lastEventAtUs;
        case GapsColumn:
            return entry.shown.gaps;
        case PausedColumn:
            return entry.paused;
        default:
            break;
        }
        return {};
    case StatusRole:
        return QVariant::fromValue(entry.status);
    case IdRole:
        return entry.id;
    case KeyRole:
        return entry.key;
    case FilterRole:
        return filterMap(entry.filter);
    case RateRole:
        return entry.rate.ratePerSecond();
    case LastEventAtUsRole:
        return entry.shown.lastEventAtUs;
    case PausedRole:
        return entry.paused;
    default:
        break;
    }
    return {};
}

quint64 SubscriptionModel::idOf(const Subscription *subscription)
{
    return quint64(reinterpret_cast<quintptr>(subscription));
}

int SubscriptionModel::rowOf(quint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

quint64 SubscriptionModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : 0;
}

Subscription *SubscriptionModel::subscriptionAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).subscription.data() : nullptr;
}

int SubscriptionModel::addSubscription(quint64 id, const QString &stream, const StreamFilter &filter)
{
    const int existing = rowOf(id);
    if (existing >= 0)
        return existing;
    Entry entry;
    entry.id = id;
    entry.stream = stream;
    entry.filter = filter;
    entry.filterText = canonicalFilterText(filter);
    entry.key = SubscriptionRequest {stream, filter}.key();
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(std::move(entry));
    endInsertRows();
    return row;
}

void SubscriptionModel::removeSubscription(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void SubscriptionModel::updateStatus(quint64 id, Subscription::Status status, const QString &reason)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &entry = m_entries[row];
    if (entry.status == status && entry.reason == reason)
        return;
    entry.status = status;
    entry.reason = reason;
    emitRowChanged(row, StatusColumn, ReasonColumn);
}

void SubscriptionModel::updateCounters(quint64 id, quint64 totalEvents, qint64 lastEventAtUs, quint64 gaps)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    // Shown at the next tick: counters change with every batch, the display once a second.
    Entry &entry = m_entries[row];
    entry.latest.total = totalEvents;
    entry.latest.lastEventAtUs = lastEventAtUs;
    entry.latest.gaps = gaps;
}

void SubscriptionModel::setPaused(quint64 id, bool paused)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries.at(row).paused == paused)
        return;
    m_entries[row].paused = paused;
    emitRowChanged(row, PausedColumn, PausedColumn);
}

void SubscriptionModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

void SubscriptionModel::setTickInterval(int intervalMs)
{
    m_tickIntervalMs = std::max(0, intervalMs);
    if (m_tickIntervalMs == 0) {
        m_tickTimer.stop();
        return;
    }
    m_tickTimer.setInterval(m_tickIntervalMs);
    if (m_client)
        m_tickTimer.start();
}

void SubscriptionModel::tick(qint64 nowMs)
{
    for (auto &entry : m_entries) {
        if (const Subscription *subscription = entry.subscription.data()) {
            entry.latest.total = subscription->eventCount();
            entry.latest.lastEventAtUs = subscription->lastEventAtUs();
            entry.latest.gaps = subscription->gapCount();
        }
        entry.shown = entry.latest;
        entry.rate.sample(nowMs, entry.shown.total);
    }
    if (m_entries.isEmpty())
        return;
    // One ranged signal for the whole table: the figures of every row move each second.
    Q_EMIT dataChanged(index(0, RateColumn), index(int(m_entries.size()) - 1, GapsColumn),
                       {Qt::DisplayRole, SortRole, RateRole, LastEventAtUsRole});
}

void SubscriptionModel::emitRowChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
    // Row-level roles (StatusRole, PausedRole) are readable from every column.
    if (firstColumn != 0 || lastColumn != ColumnCount - 1)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {StatusRole, PausedRole, Qt::ToolTipRole});
}

void SubscriptionModel::setClient(StreamClient *client)
{
    // A QPointer is already null while its object emits destroyed(), so only a live client that
    // is already attached is a no-op.
    if (client && client == m_client)
        return;
    for (const auto &connection : std::as_const(m_clientConnections))
        disconnect(connection);
    m_clientConnections.clear();
    m_tickTimer.stop();

    beginResetModel();
    m_entries.clear();
    m_client = client;
    if (client) {
        const auto subscriptions = client->subscriptions();
        for (Subscription *subscription : subscriptions) {
            Entry entry;
            entry.id = idOf(subscription);
            entry.subscription = subscription;
            entry.stream = subscription->stream();
            entry.filter = subscription->filter();
            entry.filterText = canonicalFilterText(entry.filter);
            entry.key = subscription->key();
            entry.status = subscription->status();
            entry.reason = subscription->statusReason();
            entry.shown.total = subscription->eventCount();
            entry.shown.lastEventAtUs = subscription->lastEventAtUs();
            entry.shown.gaps = subscription->gapCount();
            entry.latest = entry.shown;
            m_entries.append(std::move(entry));
        }
    }
    endResetModel();

    if (!client)
        return;
    m_clientConnections.append(
        connect(client, &StreamClient::subscriptionAdded, this, &SubscriptionModel::addClientSubscription));
    m_clientConnections.append(connect(client, &StreamClient::subscriptionRemoved, this,
                                       [this](Subscription *subscription) { removeSubscription(idOf(subscription)); }));
    m_clientConnections.append(
        connect(client, &StreamClient::subscriptionStatusChanged, this,
                [this](Subscription *subscription, Subscription::Status status, const QString &reason) {
                    updateStatus(idOf(subscription), status, reason);
                }));
    m_clientConnections.append(connect(client, &QObject::destroyed, this, [this] { setClient(nullptr); }));
    if (m_tickIntervalMs > 0)
        m_tickTimer.start();
}

void SubscriptionModel::addClientSubscription(Subscription *subscription)
{
    const int row = addSubscription(idOf(subscription), subscription->stream(), subscription->filter());
    Entry &entry = m_entries[row];
    entry.subscription = subscription;
    entry.status = subscription->status();
    entry.reason = subscription->statusReason();
    emitRowChanged(row, StatusColumn, ReasonColumn);
}

} // namespace shuriken
