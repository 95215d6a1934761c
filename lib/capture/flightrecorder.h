#pragma once

#include "capturerecord.h"
#include "framerecord.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <limits>

namespace shuriken::capture {

/// The always-on flight recorder of a session: from start-up, every WebSocket frame in and out,
/// every HTTP exchange, state change and subscription status change, kept in a store bounded by
/// bytes and by age, so the connection debugger can show what happened before it was opened and
/// a capture can be saved after the fact.
///
/// Secrets never enter it: frames come redacted from the connection (outbound `auth`), exchanges
/// from the API client (HttpExchange), and record() redacts again whatever a caller passes, so a
/// careless caller cannot store a key either.
///
/// Age is measured against the newest entry, not the wall clock: a recorder left idle keeps the
/// last minutes of what happened, and nothing polls.
class FlightRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlightRecorder)

public:
    struct Limits
    {
        /// The bytes of all entries (frame bytes, bodies, texts, and a per-entry overhead).
        qint64 maxBytes = DefaultMaxBytes;
        /// How far back from the newest entry the oldest may be.
        qint64 maxAgeMs = DefaultMaxAgeMs;

        bool operator==(const Limits &) const = default;
    };
    /// 15 minutes of a 1,000 events/s swap stream (about 540 bytes a frame with its bookkeeping)
    /// fit in 512 MiB: 10 minutes, the least the recorder holds at that rate, need about 330 MiB.
    static constexpr qint64 DefaultMaxBytes = qint64(512) * 1024 * 1024;
    static constexpr qint64 DefaultMaxAgeMs = qint64(15) * 60 * 1000;
    /// Bytes counted for an entry on top of its data: the record, its share of the store.
    static constexpr qint64 FrameOverheadBytes = 96;
    static constexpr qint64 EntryOverheadBytes = 256;

    explicit FlightRecorder(QObject *parent = nullptr);
    ~FlightRecorder() override;

    Limits limits() const { return m_limits; }
    /// Lets the oldest entries go at once if they are over the new limits.
    void setLimits(const Limits &limits);

    /// What a saved capture's header says (the profile, base URL, catalog). The recorder keeps
    /// the session's context up to date; startedAtUs is its first entry.
    CaptureHeader header() const;
    void setHeader(const CaptureHeader &header);

    /// Records a frame as the connection reported it (PusherConnection::frameObserved).
    void recordFrame(const pusher::FrameRecord &frame);
    /// Records any entry; a FrameEntry goes the way of recordFrame().
    void record(const CaptureEntry &entry);

    /// The frames, oldest first. A frame keeps its serial while it is stored: the frame at index
    /// i has serial firstFrameSerial() + i, so a view can tell which of its rows left.
    qsizetype frameCount() const { return qsizetype(m_frames.size()); }
    const pusher::FrameRecord &frameAt(qsizetype index) const { return m_frames[size_t(index)]; }
    quint64 firstFrameSerial() const { return m_firstFrameSerial; }
    quint64 endFrameSerial() const { return m_firstFrameSerial + quint64(m_frames.size()); }

    /// The HTTP exchanges, state and subscription changes, oldest first.
    qsizetype entryCount() const { return qsizetype(m_entries.size()); }
    const CaptureEntry &entryAt(qsizetype index) const { return m_entries[size_t(index)]; }
    quint64 firstEntrySerial() const { return m_firstEntrySerial; }

    /// Bytes held, as the limits count them.
    qint64 storedBytes() const { return m_bytes; }
    /// Frames and other entries the limits let go since the last clear().
    quint64 letGoFrames() const { return m_letGoFrames; }
    quint64 letGoEntries() const { return m_letGoEntries; }
    /// The time of the oldest and newest entry held (µs since the epoch), 0 when empty.
    qint64 firstTimeUs() const;
    qint64 lastTimeUs() const;

    /// The entries of [fromUs, toUs] in time order (frames and the rest merged), with the header:
    /// what File -> Save Capture writes.
    Capture snapshot(qint64 fromUs = std::numeric_limits<qint64>::min(),
                     qint64 toUs = std::numeric_limits<qint64>::max()) const;

    /// A frame as a capture entry (its bytes shared, not copied), and back (event and channel
    /// read from the envelope).
    static FrameEntry toEntry(const pusher::FrameRecord &frame);
    static FrameEntry toEntry(const pusher::FrameView &frame);
    static pusher::FrameRecord toFrameRecord(const FrameEntry &entry);

public Q_SLOTS:
    /// Lets every entry go; the let-go counts restart at zero.
    void clear();

Q_SIGNALS:
    /// A frame was stored (the views coalesce these: one update per pass at most).
    void frameRecorded();
    /// An HTTP exchange, state or subscription change was stored.
    void entryRecorded(const shuriken::capture::CaptureEntry &entry);
    /// Entries left (limits or clear()); views drop the rows whose serial is gone.
    void entriesLetGo();
    void cleared();

private:
    static qint64 frameBytes(const pusher::FrameRecord &frame);
    /// @p data as the store keeps it: small frames copied into the current block.
    QByteArray stored(const QByteArray &data);
    static qint64 entryBytes(const CaptureEntry &entry);
    void trim();
    void popOldestFrame();
    void popOldestEntry();
    QString interned(const QString &name);

    Limits m_limits;
    CaptureHeader m_header;
    std::deque<pusher::FrameRecord> m_frames;
    std::deque<CaptureEntry> m_entries;
    quint64 m_firstFrameSerial = 0;
    quint64 m_firstEntrySerial = 0;
    qint64 m_bytes = 0;
    qint64 m_newestUs = 0;
    quint64 m_letGoFrames = 0;
    quint64 m_letGoEntries = 0;
    QHash<QString, QString> m_names; // event and channel names the frames share
    // Frame bytes are kept in blocks of BlockBytes, each frame's data a slice of one (it keeps
    // the block alive while anyone holds it), instead of the buffer each frame arrived in. A
    // firehose fills the recorder with hundreds of thousands of small buffers that live for
    // minutes among the event path's short-lived ones; glibc's heap then spends its time
    // searching and splitting free chunks, and freeing the oldest frame touches memory that has
    // long left the caches. At 50,000 events/s with the default 512 MiB that cost the monitor
    // 20% of a core (bench_steady; a 16 MiB recorder did not). Blocks are written once, in
    // order, and freed whole.
    static constexpr qsizetype BlockBytes = 1024 * 1024;
    /// Frames larger than this keep their own buffer (shared, not copied).
    static constexpr qsizetype MaxBlockFrameBytes = BlockBytes / 8;
    QByteArray m_block;
    char *m_blockData = nullptr; // the block's bytes, written past m_blockUsed only
    qsizetype m_blockUsed = 0;
};

} // namespace shuriken::capture
