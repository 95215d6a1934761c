#pragma once

#include "boundedlogmodel.h"
#include "streamclient.h"

#include <QPointer>

#include <deque>
#include <functional>

namespace shuriken {

/// The connection's history: one row per state change, reconnect attempt and error, oldest
/// first, in a bounded window that counts what it lets go. Fed by a StreamClient (setClient())
/// or directly.
class ConnectionTimelineModel final : public BoundedLogModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTimelineModel)

public:
    enum Column
    {
        TimeColumn, // local time, hh:mm:ss.zzz
        KindColumn, // state / reconnect / error
        StateColumn, // the state after the entry
        DetailColumn, // reason, attempt and schedule, or error text
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Kind
    {
        StateChange,
        ReconnectAttempt,
        Error,
    };
    Q_ENUM(Kind)

    enum Role
    {
        SortRole = Qt::UserRole, // typed value of the cell
        KindRole, // Kind (any column)
        StateRole, // StreamClient::State (any column)
        TimeMsRole, // qint64 ms since the epoch (any column)
        DetailRole, // QString (any column)
        AttemptRole, // int, reconnect attempts since the last Connected (ReconnectAttempt rows)
    };
    Q_ENUM(Role)

    using Clock = std::function<qint64()>;
    static constexpr int DefaultCapacity = 10000;

    explicit ConnectionTimelineModel(QObject *parent = nullptr);
    ~ConnectionTimelineModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Records the client's stateChanged (with a reconnect-attempt row when it enters
    /// Reconnecting) and errorOccurred, stamped by the clock. nullptr detaches; rows stay.
    void setClient(StreamClient *client);
    /// Default QDateTime::currentMSecsSinceEpoch.
    void setClock(Clock clock);

    /// The state of the newest state-change row (Disconnected when there is none).
    StreamClient::State currentState() const { return m_state; }

public Q_SLOTS:
    void record(shuriken::StreamClient::State state, const QString &reason, qint64 timeMs);
    /// @p attempt counts from 1 since the last Connected; @p nextAttemptAtMs is when it starts
    /// (-1 when unknown).
    void recordReconnectAttempt(int attempt, qint64 nextAttemptAtMs, qint64 timeMs);
    void recordError(const QString &message, qint64 timeMs);

private:
    struct Entry
    {
        qint64 timeMs = 0;
        Kind kind = Kind::StateChange;
        StreamClient::State state = StreamClient::State::Disconnected;
        QString detail;
        int attempt = 0;
        qint64 nextAttemptAtMs = -1;
    };

    int storedRowCount() const override { return int(m_entries.size()); }
    void eraseOldestRows(int count) override;
    void eraseAllRows() override;

    void append(Entry entry);
    QString detailText(const Entry &entry) const;
    static QString kindText(Kind kind);

    std::deque<Entry> m_entries;
    StreamClient::State m_state = StreamClient::State::Disconnected;
    int m_attempts = 0;
    QPointer<StreamClient> m_client;
    QList<QMetaObject::Connection> m_clientConnections;
    Clock m_clock;
};

} // namespace shuriken
