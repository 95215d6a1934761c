#pragma once

#include "framerecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <deque>

namespace shuriken {

/// Every WebSocket frame in and out (secrets already redacted by the connection), oldest first,
/// in a bounded window that counts what it lets go. Frames arrive one by one at wire rate, so
/// appendFrame() only queues them and one flush per pass (16 ms by default) inserts the queue
/// with one beginInsertRows.
class FrameLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameLogModel)

public:
    enum Column
    {
        TimeColumn, // local time, hh:mm:ss.zzz
        DirectionColumn, // "in" / "out"
        EventColumn,
        ChannelColumn,
        SizeColumn, // bytes on the wire
        TextColumn, // the first 200 characters, one line
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole, // typed value of the cell (qint64 µs, int direction, QString, qint64 size)
        DirectionRole, // pusher::FrameRecord::Direction (any column)
        TimestampUsRole, // qint64 µs since the epoch (any column)
        EventRole, // QString (any column)
        ChannelRole, // QString (any column)
        SizeRole, // qint64 bytes (any column)
        FullTextRole, // QString, the whole redacted frame text (any column)
        HeartbeatRole, // bool: pusher:ping / pusher:pong (any column)
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 50000;
    static constexpr int DefaultFlushIntervalMs = 16;

    explicit FrameLogModel(QObject *parent = nullptr);
    ~FrameLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shrinking removes the oldest overflow rows (counted as dropped).
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    /// How long appendFrame() collects before inserting; 0 = the next event-loop pass.
    void setFlushInterval(int intervalMs);
    int flushInterval() const { return m_flushTimer.interval(); }

    /// Frames let go by the window (including queued frames beyond it).
    quint64 droppedCount() const { return m_dropped; }
    /// Frames appendFrame() has queued but not inserted yet.
    int pendingCount() const { return int(m_pending.size()); }
    /// The frame of @p row (text as recorded); a default FrameRecord when out of range.
    pusher::FrameRecord frameAt(int row) const;

    static bool isHeartbeat(const QString &event);

public Q_SLOTS:
    /// Appends frames now: the overflow is removed in one range, the frames inserted in one.
    void appendFrames(const QList<shuriken::pusher::FrameRecord> &frames);
    /// Queues one frame; the queue is appended at the next flush (connect frameObserved here).
    void appendFrame(const shuriken::pusher::FrameRecord &frame);
    /// Appends the queue now.
    void flush();
    /// Removes every row and the queue; the dropped count restarts at zero.
    void clear();

Q_SIGNALS:
    /// Frames were let go by the window; carries the new droppedCount().
    void droppedCountChanged(quint64 dropped);

private:
    // The text is kept as UTF-8 (frames are JSON, mostly ASCII: half the memory of a QString);
    // event and channel names are shared between rows through m_names.
    struct Row
    {
        qint64 timestampUs = 0;
        qint64 sizeBytes = 0;
        QString event;
        QString channel;
        QByteArray text;
        pusher::FrameRecord::Direction direction = pusher::FrameRecord::Direction::In;
    };

    Row makeRow(const pusher::FrameRecord &frame);
    QString interned(const QString &name);
    void countDropped(quint64 count);

    std::deque<Row> m_rows;
    QList<pusher::FrameRecord> m_pending;
    QHash<QString, QString> m_names; // name -> the shared copy rows use
    int m_capacity = DefaultCapacity;
    quint64 m_dropped = 0;
    QTimer m_flushTimer;
};

} // namespace shuriken
