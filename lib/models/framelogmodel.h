#pragma once

#include "flightrecorder.h"
#include "framerecord.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace shuriken {

/// The connection debugger's frame list: a view of the flight recorder's frames (every WebSocket
/// frame in and out, secrets already redacted), oldest first. Whatever the recorder kept shows,
/// also what happened before the view existed; rows leave when the recorder's limits let their
/// frames go. Frames arrive at wire rate, so the view catches up once per pass (16 ms by
/// default): a burst costs one beginInsertRows, not one per frame.
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

    static constexpr int DefaultFlushIntervalMs = 16;

    /// Shows @p recorder's frames; the recorder must outlive the model.
    explicit FrameLogModel(capture::FlightRecorder *recorder, QObject *parent = nullptr);
    ~FrameLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    capture::FlightRecorder *recorder() const { return m_recorder; }

    /// How long the view waits before catching up with the recorder; 0 = the next pass.
    void setFlushInterval(int intervalMs);
    int flushInterval() const { return m_flushTimer.interval(); }

    /// Whether the model catches up with the recorder as frames come (the default), or only
    /// when flush() is called. A view nobody looks at (the debugger closed) need not follow the
    /// wire: the recorder keeps the frames, and switching back on catches up at once, so nothing
    /// that happened meanwhile is missing. At 20 events/s, following with the debugger closed
    /// was an eighth of the monitor's CPU (bench_steady, perf).
    void setLive(bool live);
    bool isLive() const { return m_live; }

    /// Frames the recorder holds that the view does not show yet.
    int pendingCount() const;
    /// The frame of @p row; a default FrameRecord when out of range or already let go.
    pusher::FrameRecord frameAt(int row) const;
    /// Frames the recorder's limits let go since the last clear of the recorder.
    quint64 letGoCount() const { return m_letGo; }

    static bool isHeartbeat(const QString &event);

public Q_SLOTS:
    /// Catches up with the recorder now: rows of frames let go are removed in one range, new
    /// frames inserted in one.
    void flush();
    /// Hides the frames shown so far (the recorder keeps them, for a saved capture).
    void clear();

Q_SIGNALS:
    /// Frames were let go by the recorder's limits, or its clear restarted the count.
    void letGoCountChanged(quint64 letGo);

private:
    const pusher::FrameRecord *frameOf(int row) const;
    void scheduleFlush();
    void onRecorderCleared();
    static QString binaryText(const pusher::FrameRecord &frame);

    capture::FlightRecorder *m_recorder;
    quint64 m_firstSerial = 0; // the recorder serial of row 0
    int m_rowCount = 0;
    quint64 m_letGo = 0;
    bool m_live = true;
    QTimer m_flushTimer;
};

} // namespace shuriken
