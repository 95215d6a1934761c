#include "capturereplayer.h"

#include "capturefile.h"
#include "captureindex.h"
#include "capturetap.h"
#include "streamclient.h"
#include "streamslog.h"

#include <QMetaMethod>

#include <algorithm>
#include <cmath>
#include <utility>

namespace shuriken {

using capture::CaptureEntry;

// Where the entries come from, one at a time and without copying them.
class CaptureReplayer::Source
{
public:
    Source() = default;
    virtual ~Source() = default;
    Q_DISABLE_COPY_MOVE(Source)

    /// The next entry, or null at the end (then cutBytes and error say how it ended).
    virtual const CaptureEntry *peek() = 0;
    virtual void advance() = 0;
    /// Back to the first entry; false with error when the file cannot be read again.
    virtual bool rewind() = 0;

    qint64 cutBytes = 0;
    QString error;
};

class CaptureReplayer::MemorySource final : public Source
{
public:
    explicit MemorySource(const capture::Capture &capture)
        : m_entries(capture.entries)
    { }

    const CaptureEntry *peek() override { return m_next < m_entries.size() ? &m_entries.at(m_next) : nullptr; }
    void advance() override { ++m_next; }
    bool rewind() override
    {
        m_next = 0;
        return true;
    }

private:
    const QList<CaptureEntry> &m_entries;
    qsizetype m_next = 0;
};

class CaptureReplayer::FileSource final : public Source
{
public:
    bool open(const QString &fileName)
    {
        m_fileName = fileName;
        return rewind();
    }
    const capture::CaptureHeader &header() const { return m_reader->header(); }

    const CaptureEntry *peek() override
    {
        if (!m_hasEntry && !m_atEnd) {
            switch (m_reader->readNext(&m_entry)) {
            case capture::CaptureReader::Status::Entry:
                m_hasEntry = true;
                break;
            case capture::CaptureReader::Status::End:
                m_atEnd = true;
                break;
            case capture::CaptureReader::Status::Truncated:
                m_atEnd = true;
                cutBytes = m_reader->cutBytes();
                break;
            case capture::CaptureReader::Status::Error:
                m_atEnd = true;
                error = m_reader->errorString();
                break;
            }
        }
        return m_hasEntry ? &m_entry : nullptr;
    }
    void advance() override { m_hasEntry = false; }
    bool rewind() override
    {
        m_reader = std::make_unique<capture::CaptureReader>();
        m_hasEntry = false;
        m_atEnd = false;
        cutBytes = 0;
        error.clear();
        if (m_reader->open(m_fileName))
            return true;
        error = m_reader->errorString();
        m_atEnd = true;
        return false;
    }

private:
    QString m_fileName;
    std::unique_ptr<capture::CaptureReader> m_reader;
    CaptureEntry m_entry;
    bool m_hasEntry = false;
    bool m_atEnd = false;
};

CaptureReplayer::CaptureReplayer(StreamClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<shuriken::capture::CaptureEntry>();
    m_stepTimer.setSingleShot(true);
    // A paced replay waits for a recorded time: a coarse timer could be 5% late.
    m_stepTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_stepTimer, &QTimer::timeout, this, &CaptureReplayer::step);
}

CaptureReplayer::~CaptureReplayer() = default;

void CaptureReplayer::setCapture(capture::Capture capture)
{
    if (m_state != State::Idle)
        return;
    m_capture = std::move(capture);
    m_header = m_capture.header;
    m_source = std::make_unique<MemorySource>(m_capture);
    CaptureIndex span;
    for (const CaptureEntry &entry : std::as_const(m_capture.entries))
        span.add(entry);
    m_startUs = span.startUs;
    m_endUs = span.endUs;
    m_positionUs = m_startUs;
}

bool CaptureReplayer::setCaptureFile(const QString &fileName, QString *error)
{
    if (m_state != State::Idle)
        return false;
    auto source = std::make_unique<FileSource>();
    if (!source->open(fileName)) {
        if (error)
            *error = source->error;
        return false;
    }
    m_capture = {};
    m_header = source->header();
    m_capture.header = m_header;
    const CaptureEntry *first = source->peek();
    m_startUs = first ? capture::entryTimeUs(*first) : m_header.startedAtUs;
    m_endUs = m_startUs;
    m_positionUs = m_startUs;
    m_source = std::move(source);
    return true;
}

void CaptureReplayer::setSpeed(double factor)
{
    const qint64 position = positionUs();
    m_speed = factor > 0 ? factor : MaxSpeed;
    if (m_state != State::Playing)
        return;
    anchorClock(position);
    m_stepTimer.start(0);
}

void CaptureReplayer::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_source)
        setCapture({});
    if (!m_client->isReplayMode() && !m_client->setReplayMode(true)) {
        qCWarning(lcStreams) << "replay: the client is connected; it must be disconnected to replay";
        return;
    }
    const auto clientState = m_client->state();
    if (clientState == StreamClient::State::Disconnected || clientState == StreamClient::State::Failed)
        m_client->connectToService();
    m_eventsAtStart = m_client->counters().events;
    m_state = State::Playing;
    anchorClock(m_startUs);
    m_stepTimer.start(0);
}

void CaptureReplayer::pause()
{
    if (m_state != State::Playing)
        return;
    if (m_seekTargetUs >= 0) {
        m_pauseAfterSeek = true; // where the seek ends
        return;
    }
    pauseAt(positionUs());
}

void CaptureReplayer::pauseAt(qint64 positionUs)
{
    m_positionUs = positionUs;
    m_stepTimer.stop();
    m_state = State::Paused;
    m_client->deliverPendingEvents();
    Q_EMIT progressed(m_positionUs);
}

void CaptureReplayer::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Playing;
    anchorClock(m_positionUs);
    m_stepTimer.start(0);
}

void CaptureReplayer::seek(qint64 positionUs)
{
    if (m_state == State::Idle || !m_source)
        return;
    const bool paused = m_state == State::Paused || (m_state == State::Playing && m_pauseAfterSeek);
    if (positionUs < m_positionUs) {
        restart();
        if (m_state != State::Playing)
            return; // the file could not be read again
    } else if (m_state == State::Finished) {
        return; // nothing lies after the end
    }
    m_state = State::Playing;
    m_seekTargetUs = positionUs;
    m_pauseAfterSeek = paused;
    m_stepTimer.start(0);
}

void CaptureReplayer::restart()
{
    ++m_counters.restarts;
    m_stepTimer.stop();
    if (!m_source->rewind()) {
        m_state = State::Finished;
        Q_EMIT failed(m_source->error);
        Q_EMIT finished();
        return;
    }
    Q_EMIT restarted();
    // The client starts over as at the beginning of the recording: disconnected, then connected.
    m_client->disconnectFromService();
    m_client->connectToService();
    m_positionUs = m_startUs;
    m_state = State::Playing;
    anchorClock(m_startUs);
}

qint64 CaptureReplayer::clockUs() const
{
    if (!m_anchorWall.isValid())
        return m_anchorUs;
    return m_anchorUs + qint64(double(m_anchorWall.nsecsElapsed()) / 1000.0 * m_speed);
}

void CaptureReplayer::anchorClock(qint64 positionUs)
{
    m_anchorUs = positionUs;
    m_anchorWall.start();
}

qint64 CaptureReplayer::positionUs() const
{
    if (m_state != State::Playing || m_speed <= 0 || m_seekTargetUs >= 0)
        return m_positionUs;
    return std::clamp(clockUs(), m_positionUs, std::max(m_positionUs, m_endUs));
}

void CaptureReplayer::step()
{
    if (m_state != State::Playing || !m_source)
        return;
    QElapsedTimer slice;
    slice.start();
    static const QMetaMethod entrySignal = QMetaMethod::fromSignal(&CaptureReplayer::entryReplayed);
    const bool reportEntries = isSignalConnected(entrySignal);
    int sinceClockCheck = 0;
    for (;;) {
        const CaptureEntry *entry = m_source->peek();
        if (!entry) {
            finish();
            return;
        }
        const qint64 timeUs = capture::entryTimeUs(*entry);
        if (m_seekTargetUs >= 0 && timeUs > m_seekTargetUs) {
            // The seek is done: the replay goes on at its speed from the position asked for, or
            // waits there when it was paused.
            m_positionUs = std::max(m_positionUs, m_seekTargetUs);
            m_seekTargetUs = -1;
            anchorClock(m_positionUs);
            if (std::exchange(m_pauseAfterSeek, false)) {
                // Exactly where the seek asked: the paced clock must not move it on.
                pauseAt(m_positionUs);
                return;
            }
        }
        if (m_seekTargetUs < 0 && m_speed > 0) {
            const qint64 dueUs = clockUs();
            if (timeUs > dueUs) {
                // Everything due is done; sleep until the next entry's recorded time comes.
                ++m_counters.timerWaits;
                scheduleStep(qint64(std::ceil(double(timeUs - dueUs) / m_speed)));
                break;
            }
        }
        if (!std::holds_alternative<capture::FrameEntry>(*entry)) {
            // Live, the events before an exchange or a state change had been delivered by then (a
            // batch waits 16 ms at most; these entries come seconds apart): so here too, and a run
            // that ends on them (--count) ends before this entry.
            m_client->deliverPendingEvents();
            if (m_state != State::Playing)
                return;
        }
        // The position is the entry's time while the client handles it: what it reports then
        // (a state change, a status) happened at that time.
        m_positionUs = std::max(m_positionUs, timeUs);
        m_endUs = std::max(m_endUs, timeUs);
        apply(*entry);
        if (reportEntries)
            Q_EMIT entryReplayed(*entry);
        m_source->advance();
        ++m_counters.entries;
        if (m_state != State::Playing)
            return; // a receiver paused, or the client's owner ended the run
        // A slice is timed every 64 entries (well under a millisecond of work), not per entry.
        if (++sinceClockCheck == 64) {
            sinceClockCheck = 0;
            if (slice.elapsed() >= SliceMs) {
                scheduleStep(0);
                break;
            }
        }
    }
    Q_EMIT progressed(positionUs());
}

void CaptureReplayer::scheduleStep(qint64 waitUs)
{
    m_stepTimer.start(int(std::min<qint64>((waitUs + 999) / 1000, 24 * 3600 * 1000)));
}

void CaptureReplayer::apply(const CaptureEntry &entry)
{
    if (const auto *frame = std::get_if<capture::FrameEntry>(&entry)) {
        if (frame->direction != capture::FrameEntry::Direction::In)
            return; // what the live client sent; the replaying client makes (and drops) its own
        ++m_counters.framesReplayed;
        m_client->replayFrame(frame->data, frame->timeUs, frame->binary);
    } else if (const auto *http = std::get_if<capture::HttpEntry>(&entry)) {
        if (m_client->replaySessionExchange(http->exchange))
            ++m_counters.sessionAnswers;
    } else if (const auto *state = std::get_if<capture::StateEntry>(&entry)) {
        // What the recording cannot show as frames or exchanges: the user connecting and
        // disconnecting, and the connection ending. The rest the client does by itself.
        const auto recorded = CaptureTap::stateFromName(state->state);
        if (!recorded)
            return;
        switch (*recorded) {
        case StreamClient::State::Connecting:
            if (m_client->state() == StreamClient::State::Disconnected
                || m_client->state() == StreamClient::State::Failed)
                m_client->connectToService();
            break;
        case StreamClient::State::Disconnected:
            m_client->disconnectFromService();
            break;
        case StreamClient::State::Reconnecting:
            m_client->replayConnectionEnd(state->reason, state->timeUs);
            break;
        case StreamClient::State::Failed:
            m_client->replayConnectionEnd(state->reason, state->timeUs, true);
            break;
        case StreamClient::State::Connected:
            break;
        }
    }
}

void CaptureReplayer::finish()
{
    m_stepTimer.stop();
    m_seekTargetUs = -1;
    m_pauseAfterSeek = false;
    m_state = State::Finished;
    m_positionUs = std::max(m_positionUs, m_endUs);
    m_client->deliverPendingEvents();
    Q_EMIT progressed(m_positionUs);
    if (!m_source->error.isEmpty())
        Q_EMIT failed(m_source->error);
    Q_EMIT finished();
}

CaptureReplayer::Counters CaptureReplayer::counters() const
{
    Counters counters = m_counters;
    if (m_state != State::Idle)
        counters.eventsDelivered = m_client->counters().events - m_eventsAtStart;
    return counters;
}

qint64 CaptureReplayer::cutBytes() const
{
    return m_source ? m_source->cutBytes : 0;
}

QString CaptureReplayer::errorString() const
{
    return m_source ? m_source->error : QString();
}

QList<SubscriptionRequest> CaptureReplayer::subscriptionsOf(const capture::Capture &capture)
{
    CaptureSubscriptions subscriptions;
    for (const capture::CaptureEntry &entry : capture.entries)
        subscriptions.add(entry);
    return subscriptions.result();
}

bool CaptureReplayer::isDirectPusher(const capture::Capture &capture)
{
    if (capture.header.profile == QLatin1String("pusher"))
        return true;
    CaptureSubscriptions subscriptions;
    for (const capture::CaptureEntry &entry : capture.entries)
        subscriptions.add(entry);
    return subscriptions.isDirectPusher();
}

} // namespace shuriken
