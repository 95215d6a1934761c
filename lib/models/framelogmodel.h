#pragma once

#include "boundedlogmodel.h"
#include "framerecord.h"

#include <QHash>
#include <QTimer>

#include <deque>

namespace shuriken {

/// Every WebSocket frame in and out (secrets already redacted by the connection), oldest first,
/// in a bounded window that counts what it lets go. Frames arrive one by one at wire rate, so
/// appendFrame() only queues them and one flush per pass (16 ms by default) inserts the queue
/// with one beginInsertRows.
class FrameLogModel final : public BoundedLogModel
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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// How long appendFrame() collects before inserting; 0 = the next event-loop pass.
    void setFlushInterval(int intervalMs);
    int flushInterval() const { return m_flushTimer.interval(); }

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

    int storedRowCount() const override { return int(m_rows.size()); }
    void eraseOldestRows(int count) override;
    /// The queue and the name pool go with the rows.
    void eraseAllRows() override;

    Row makeRow(const pusher::FrameRecord &frame);
    QString interned(const QString &name);

    std::deque<Row> m_rows;
    QList<pusher::FrameRecord> m_pending;
    QHash<QString, QString> m_names; // name -> the shared copy rows use
    QTimer m_flushTimer;
};

} // namespace shuriken
