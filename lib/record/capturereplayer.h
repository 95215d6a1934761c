#pragma once

// Replays a capture into a StreamClient in replay mode (streamclient.h): the recorded frames,
// session answers and connection ends go through the client's live decode, routing and event
// building, so the client delivers the events (and rows) the live session delivered, each with
// its recorded receive time. As fast as possible or at a multiple of the recorded pace, with
// pause, resume and seek. No network is used.

#include "capturerecord.h"
#include "dto.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace shuriken {

class StreamClient;

class CaptureReplayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureReplayer)

public:
    /// setSpeed() value for "as fast as the client takes it".
    static constexpr double MaxSpeed = 0;
    /// At max speed the replay works in slices of about this long and then lets the event loop
    /// run (the client's batches go out, a view paints, pause() gets through).
    static constexpr int SliceMs = 10;

    enum class State
    {
        Idle, // nothing started yet
        Playing,
        Paused,
        Finished, // the end of the capture (or of what could be read of it)
    };
    Q_ENUM(State)

    struct Counters
    {
        quint64 entries = 0; // entries of the capture gone through
        quint64 framesReplayed = 0; // inbound frames handed to the client
        quint64 sessionAnswers = 0; // recorded session exchanges the client took
        quint64 eventsDelivered = 0; // events the client built from the replayed frames
        quint64 timerWaits = 0; // waits for a recorded time to come (paced replay only)
        quint64 restarts = 0; // backward seeks, each replaying from the beginning
    };

    /// @p client must outlive the replayer; it is put in replay mode on start().
    explicit CaptureReplayer(StreamClient *client, QObject *parent = nullptr);
    ~CaptureReplayer() override;

    /// Replays @p capture, held in memory (entries in the order they were recorded). Only
    /// before start().
    void setCapture(capture::Capture capture);
    /// Replays the native capture file @p fileName while reading it (plain or gzip), for files
    /// too big to hold in memory; a backward seek reads it again from the start. A HAR document
    /// is read whole with capture::readCaptureFile() and given to setCapture(). False with
    /// @p error for a file that cannot be opened as a capture. Only before start().
    bool setCaptureFile(const QString &fileName, QString *error);

    const capture::CaptureHeader &header() const { return m_header; }

    /// The subscriptions a capture's client had, in the order they were first asked for: the
    /// (stream, filter) pairs of its recorded session requests that a subscription entry names, or,
    /// in a capture without subscription entries (a HAR file), every pair but the catalog probe of
    /// a client that had nothing subscribed yet.
    static QList<SubscriptionRequest> subscriptionsOf(const capture::Capture &capture);
    /// Whether @p capture is a plain Pusher session (CaptureIndex::directPusher): the client
    /// that replays it runs in direct mode (StreamClient::Options::pusher =
    /// PusherSettings::forReplay()), and its subscriptions are channel names.
    static bool isDirectPusher(const capture::Capture &capture);
    /// The capture given to setCapture() (views show its exchanges, states and subscription
    /// changes); empty for a file replayed while it is read, whose entries come through
    /// entryReplayed().
    const capture::Capture &capture() const { return m_capture; }

    /// 1, 10, 100, ... times the recorded pace; MaxSpeed (or anything <= 0) as fast as possible.
    /// Takes effect at once, also while playing.
    void setSpeed(double factor);
    double speed() const { return m_speed; }

    /// Puts the client in replay mode, connects it (unless it is connecting already: the owner
    /// may have subscribed and connected it first) and starts at the capture's beginning.
    void start();
    /// Stops where the replay is; the events built so far are delivered at once.
    void pause();
    void resume();
    /// Moves to @p positionUs (µs since the epoch, within [startUs(), endUs()]). Forward: the
    /// entries up to it are replayed at max speed. Backward: the replay starts over from the
    /// beginning (restarted() tells views to forget what they were given) and goes to the
    /// position at max speed; the client cannot be wound back, so this is the honest way.
    /// Paused stays paused, at the new position.
    void seek(qint64 positionUs);

    State state() const { return m_state; }
    /// How far the replay is, in recorded time (µs since the epoch).
    qint64 positionUs() const;
    /// The capture's first and last recorded times. For a file replayed while it is read,
    /// endUs() is the latest time read so far.
    qint64 startUs() const { return m_startUs; }
    qint64 endUs() const { return m_endUs; }
    Counters counters() const;
    /// Bytes after the last complete record of a file cut short (a writer killed mid-write);
    /// the replay went up to that record.
    qint64 cutBytes() const;
    /// Why a file could not be read to its end; empty otherwise.
    QString errorString() const;

Q_SIGNALS:
    /// The replay moved on to @p positionUs (after each slice, and on pause, seek and the end).
    void progressed(qint64 positionUs);
    /// One recorded entry was replayed: frames out, HTTP exchanges, states and subscription
    /// changes for the views, as the recording has them. Emitted only to connected receivers.
    void entryReplayed(const shuriken::capture::CaptureEntry &entry);
    /// A backward seek started the replay over: what was shown so far is to be forgotten.
    void restarted();
    /// The file could not be read further (errorString()); finished() follows.
    void failed(const QString &error);
    /// The replay reached the end of the capture; every event was delivered.
    void finished();

private:
    class Source;
    class MemorySource;
    class FileSource;

    void step();
    void pauseAt(qint64 positionUs);
    void apply(const capture::CaptureEntry &entry);
    void scheduleStep(qint64 waitUs);
    void finish();
    void restart();
    /// The recorded time the paced clock has reached.
    qint64 clockUs() const;
    void anchorClock(qint64 positionUs);

    StreamClient *const m_client;
    std::unique_ptr<Source> m_source;
    capture::Capture m_capture;
    capture::CaptureHeader m_header;
    double m_speed = MaxSpeed;
    State m_state = State::Idle;
    qint64 m_startUs = 0;
    qint64 m_endUs = 0;
    qint64 m_positionUs = 0;
    /// A seek under way: entries up to here go at max speed; -1 when none.
    qint64 m_seekTargetUs = -1;
    /// The seek under way ends paused.
    bool m_pauseAfterSeek = false;
    // The paced clock: recorded time m_anchorUs at the moment m_anchorWall started.
    qint64 m_anchorUs = 0;
    QElapsedTimer m_anchorWall;
    QTimer m_stepTimer;
    Counters m_counters;
    quint64 m_eventsAtStart = 0;
};

} // namespace shuriken
