#include "flightrecorder.h"

#include "pusherdecoder.h"
#include "redaction.h"

#include <algorithm>
#include <cstring>

namespace shuriken::capture {

namespace {

// Event and channel names repeat; past this many distinct ones (a pathological server) the pool
// starts over instead of growing.
constexpr qsizetype MaxInternedNames = 4096;

/// Defence in depth: what the API client and the connection already redacted stays as it is
/// (redaction.h: redacting twice changes nothing); a secret a caller forgot is redacted here.
HttpExchange redacted(HttpExchange exchange)
{
    for (auto &[name, value] : exchange.requestHeaders) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            value = redactAuthorizationHeader(value);
    }
    exchange.requestBody = scrubAuthSignatures(exchange.requestBody);
    exchange.responseBody = scrubAuthSignatures(exchange.responseBody);
    return exchange;
}

} // namespace

FlightRecorder::FlightRecorder(QObject *parent)
    : QObject(parent)
{ }

FlightRecorder::~FlightRecorder() = default;

void FlightRecorder::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_limits.maxBytes = std::max<qint64>(m_limits.maxBytes, 1);
    m_limits.maxAgeMs = std::max<qint64>(m_limits.maxAgeMs, 1);
    trim();
}

CaptureHeader FlightRecorder::header() const
{
    CaptureHeader header = m_header;
    if (const qint64 first = firstTimeUs(); first != 0)
        header.startedAtUs = first;
    return header;
}

void FlightRecorder::setHeader(const CaptureHeader &header)
{
    m_header = header;
}

QString FlightRecorder::interned(const QString &name)
{
    if (name.isEmpty())
        return {};
    const QString shared = m_names.value(name);
    if (!shared.isNull())
        return shared;
    if (m_names.size() >= MaxInternedNames)
        m_names.clear();
    m_names.insert(name, name);
    return name;
}

qint64 FlightRecorder::frameBytes(const pusher::FrameRecord &frame)
{
    return frame.data.size() + FrameOverheadBytes;
}

qint64 FlightRecorder::entryBytes(const CaptureEntry &entry)
{
    if (const auto *http = std::get_if<HttpEntry>(&entry)) {
        qint64 bytes = http->exchange.requestBody.size() + http->exchange.responseBody.size()
            + http->exchange.url.toString().size();
        for (const auto &[name, value] : http->exchange.requestHeaders)
            bytes += name.size() + value.size();
        for (const auto &[name, value] : http->exchange.responseHeaders)
            bytes += name.size() + value.size();
        return bytes + EntryOverheadBytes;
    }
    if (const auto *state = std::get_if<StateEntry>(&entry))
        return 2 * (state->state.size() + state->reason.size()) + EntryOverheadBytes;
    if (const auto *status = std::get_if<SubscriptionEntry>(&entry)) {
        return 2
            * (status->key.size() + status->stream.size() + status->channel.size() + status->status.size()
               + status->reason.size())
            + EntryOverheadBytes;
    }
    return EntryOverheadBytes;
}

QByteArray FlightRecorder::stored(const QByteArray &data)
{
    const qsizetype size = data.size();
    if (size == 0 || size > MaxBlockFrameBytes)
        return data;
    if (!m_blockData || m_blockUsed + size > BlockBytes) {
        m_block = QByteArray(BlockBytes, Qt::Uninitialized);
        m_blockData = m_block.data(); // taken while the block is not shared: no detach later
        m_blockUsed = 0;
    }
    std::memcpy(m_blockData + m_blockUsed, data.constData(), size_t(size));
    // A slice sharing the block: Qt 6's QByteArray is a reference to a counted buffer, a pointer
    // into it and a size, so a slice is a copy of the block's with another pointer and size.
    // Bytes past the slice are other frames', never read through it; a write to the slice
    // detaches it (the block is shared) and copies the slice only.
    QByteArray::DataPointer slice = m_block.data_ptr();
    slice.ptr = m_blockData + m_blockUsed;
    slice.size = size;
    m_blockUsed += size;
    return QByteArray(std::move(slice));
}

void FlightRecorder::recordFrame(const pusher::FrameRecord &frame)
{
    pusher::FrameRecord stored = frame;
    stored.event = interned(frame.event);
    stored.channel = interned(frame.channel);
    stored.data = this->stored(
        stored.direction == pusher::FrameRecord::Direction::Out ? scrubAuthSignatures(stored.data) : stored.data);
    m_bytes += frameBytes(stored);
    m_newestUs = std::max(m_newestUs, stored.timestampUs);
    m_frames.push_back(std::move(stored));
    trim();
    Q_EMIT frameRecorded();
}

void FlightRecorder::record(const CaptureEntry &entry)
{
    if (const auto *frame = std::get_if<FrameEntry>(&entry)) {
        recordFrame(toFrameRecord(*frame));
        return;
    }
    CaptureEntry stored = entry;
    if (auto *http = std::get_if<HttpEntry>(&stored))
        http->exchange = redacted(http->exchange);
    m_bytes += entryBytes(stored);
    m_newestUs = std::max(m_newestUs, entryTimeUs(stored));
    m_entries.push_back(stored);
    trim();
    Q_EMIT entryRecorded(stored);
}

void FlightRecorder::popOldestFrame()
{
    m_bytes -= frameBytes(m_frames.front());
    m_frames.pop_front();
    ++m_firstFrameSerial;
    ++m_letGoFrames;
}

void FlightRecorder::popOldestEntry()
{
    m_bytes -= entryBytes(m_entries.front());
    m_entries.pop_front();
    ++m_firstEntrySerial;
    ++m_letGoEntries;
}

void FlightRecorder::trim()
{
    const quint64 frameLetGo = m_letGoFrames;
    const quint64 entryLetGo = m_letGoEntries;
    const qint64 oldestKeptUs = m_newestUs - m_limits.maxAgeMs * 1000;
    auto oldestIsFrame = [this] {
        if (m_entries.empty())
            return true;
        if (m_frames.empty())
            return false;
        return m_frames.front().timestampUs <= entryTimeUs(m_entries.front());
    };
    while (!m_frames.empty() || !m_entries.empty()) {
        const bool frame = oldestIsFrame();
        const qint64 oldestUs = frame ? m_frames.front().timestampUs : entryTimeUs(m_entries.front());
        if (m_bytes <= m_limits.maxBytes && oldestUs >= oldestKeptUs)
            break;
        if (frame)
            popOldestFrame();
        else
            popOldestEntry();
    }
    if (m_letGoFrames != frameLetGo || m_letGoEntries != entryLetGo)
        Q_EMIT entriesLetGo();
}

void FlightRecorder::clear()
{
    m_firstFrameSerial += quint64(m_frames.size());
    m_firstEntrySerial += quint64(m_entries.size());
    m_frames.clear();
    m_entries.clear();
    m_names.clear();
    m_block = QByteArray();
    m_blockData = nullptr;
    m_blockUsed = 0;
    m_bytes = 0;
    m_newestUs = 0;
    m_letGoFrames = 0;
    m_letGoEntries = 0;
    Q_EMIT cleared();
}

qint64 FlightRecorder::firstTimeUs() const
{
    if (m_frames.empty())
        return m_entries.empty() ? 0 : entryTimeUs(m_entries.front());
    if (m_entries.empty())
        return m_frames.front().timestampUs;
    return std::min(m_frames.front().timestampUs, entryTimeUs(m_entries.front()));
}

qint64 FlightRecorder::lastTimeUs() const
{
    return m_newestUs;
}

Capture FlightRecorder::snapshot(qint64 fromUs, qint64 toUs) const
{
    Capture capture;
    capture.header = header();
    auto frame = std::lower_bound(m_frames.begin(), m_frames.end(), fromUs,
                                  [](const pusher::FrameRecord &f, qint64 t) { return f.timestampUs < t; });
    auto entry = m_entries.begin();
    while (entry != m_entries.end() && entryTimeUs(*entry) < fromUs)
        ++entry;
    // Both are in time order (each kind arrives in order): merged, frames first on a tie.
    while (frame != m_frames.end() || entry != m_entries.end()) {
        const bool takeFrame
            = entry == m_entries.end() || (frame != m_frames.end() && frame->timestampUs <= entryTimeUs(*entry));
        const qint64 time = takeFrame ? frame->timestampUs : entryTimeUs(*entry);
        if (time > toUs)
            break;
        if (takeFrame)
            capture.entries.append(toEntry(*frame++));
        else
            capture.entries.append(*entry++);
    }
    if (!capture.entries.isEmpty())
        capture.header.startedAtUs = entryTimeUs(capture.entries.constFirst());
    return capture;
}

namespace {

/// A FrameRecord or a FrameView as an entry holding @p data.
template<typename Frame>
FrameEntry frameEntry(const Frame &frame, QByteArray data)
{
    FrameEntry entry;
    entry.timeUs = frame.timestampUs;
    entry.direction = frame.direction == pusher::FrameRecord::Direction::In ? FrameEntry::Direction::In
                                                                            : FrameEntry::Direction::Out;
    entry.binary = frame.binary;
    entry.wellFormedObject = frame.wellFormedObject;
    entry.data = std::move(data);
    return entry;
}

} // namespace

FrameEntry FlightRecorder::toEntry(const pusher::FrameRecord &frame)
{
    return frameEntry(frame, frame.data);
}

FrameEntry FlightRecorder::toEntry(const pusher::FrameView &frame)
{
    return frameEntry(frame, frame.data.toByteArray());
}

pusher::FrameRecord FlightRecorder::toFrameRecord(const FrameEntry &entry)
{
    pusher::FrameRecord frame;
    frame.timestampUs = entry.timeUs;
    frame.direction = entry.direction == FrameEntry::Direction::In ? pusher::FrameRecord::Direction::In
                                                                   : pusher::FrameRecord::Direction::Out;
    frame.binary = entry.binary;
    frame.sizeBytes = entry.data.size();
    const bool outbound = entry.direction == FrameEntry::Direction::Out && !entry.binary;
    frame.data = outbound ? redactFrameText(entry.data).toUtf8() : entry.data;
    if (!entry.binary) {
        bool wellFormedObject = false;
        const pusher::DecodeResult decoded = pusher::decode(entry.data, &wellFormedObject);
        frame.wellFormedObject = !outbound && wellFormedObject;
        if (const auto *message = std::get_if<pusher::Message>(&decoded)) {
            frame.event = pusher::eventName(*message);
            frame.channel = pusher::channelName(*message);
        }
    }
    return frame;
}

} // namespace shuriken::capture
