#pragma once

#include "dto.h"
#include "ratemeter.h"
#include "subscription.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace shuriken {

class StreamClient;

/// One row per subscription: what it is, how it is doing and how fast its events arrive.
/// Follows a StreamClient (setClient()), or is fed directly through the id-based methods (the
/// tests, and anything without a client). Counters are polled on a tick (1 Hz by default) and
/// the changed columns of all rows are announced with one ranged dataChanged.
class SubscriptionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionModel)

public:
    enum Column
    {
        StreamColumn,
        FilterColumn,
        StatusColumn,
        ReasonColumn,
        RateColumn, // events/s over the last second
        TotalColumn,
        LastEventColumn,
        GapsColumn,
        PausedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole, // typed value of the cell (QString, double, quint64, qint64 µs, bool)
        StatusRole, // Subscription::Status (any column)
        IdRole, // quint64 row id (any column)
        KeyRole, // "stream{k=v}" (any column)
        FilterRole, // StreamFilter as QVariantMap (any column)
        RateRole, // double events/s (any column)
        LastEventAtUsRole, // qint64 µs since the epoch, 0 before the first event (any column)
        PausedRole, // bool (any column)
    };
    Q_ENUM(Role)

    using Clock = std::function<qint64()>;

    explicit SubscriptionModel(QObject *parent = nullptr);
    ~SubscriptionModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Follows @p client: replaces all rows by its subscriptions and tracks
    /// subscriptionAdded/Removed/StatusChanged; starts the tick timer. nullptr detaches (rows
    /// are removed, the timer stops).
    void setClient(StreamClient *client);
    StreamClient *client() const { return m_client; }

    /// The id rows of a client's subscriptions get.
    static quint64 idOf(const Subscription *subscription);
    /// The row of @p id, or -1.
    int rowOf(quint64 id) const;
    quint64 idAt(int row) const;
    /// The client's subscription shown in @p row, or nullptr (rows added directly, or gone).
    Subscription *subscriptionAt(int row) const;

    // Direct feeding. Unknown ids are ignored.
    /// Appends a row (Pending); an existing id is left as it is. Returns the row.
    int addSubscription(quint64 id, const QString &stream, const StreamFilter &filter);
    void removeSubscription(quint64 id);
    void updateStatus(quint64 id, shuriken::Subscription::Status status, const QString &reason);
    /// Cumulative counters; the rate is computed from them at the next tick.
    void updateCounters(quint64 id, quint64 totalEvents, qint64 lastEventAtUs, quint64 gaps);
    /// The paused flag is a view decision (the event table's pause); the model only shows it.
    void setPaused(quint64 id, bool paused);

    /// The time source of the internal tick; default QDateTime::currentMSecsSinceEpoch.
    void setClock(Clock clock);
    /// 1000 ms by default; 0 stops the timer (tests call tick() themselves).
    void setTickInterval(int intervalMs);

public Q_SLOTS:
    /// Polls the client's counters (when attached), updates the rates at @p nowMs and emits one
    /// dataChanged over the rate/total/last/gaps columns of all rows.
    void tick(qint64 nowMs);

private:
    struct Entry
    {
        quint64 id = 0;
        QPointer<Subscription> subscription;
        QString stream;
        StreamFilter filter;
        QString filterText;
        QString key;
        Subscription::Status status = Subscription::Status::Pending;
        QString reason;
        // What the table shows, and what arrived since the last tick (published by tick()).
        struct Counters
        {
            quint64 total = 0;
            qint64 lastEventAtUs = 0;
            quint64 gaps = 0;
        };
        Counters shown;
        Counters latest;
        bool paused = false;
        RateMeter rate;
    };

    void addClientSubscription(Subscription *subscription);
    void emitRowChanged(int row, int firstColumn, int lastColumn);

    QList<Entry> m_entries;
    QPointer<StreamClient> m_client;
    QList<QMetaObject::Connection> m_clientConnections;
    Clock m_clock;
    QTimer m_tickTimer;
    int m_tickIntervalMs = 1000;
};

} // namespace shuriken
