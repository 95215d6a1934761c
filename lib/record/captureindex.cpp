#include "captureindex.h"

#include "pusherprotocol.h"
#include "streamclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace shuriken {

bool CaptureSubscriptions::mayTell(const capture::CaptureEntry &entry)
{
    const auto *frame = std::get_if<capture::FrameEntry>(&entry);
    return !frame
        || (frame->direction == capture::FrameEntry::Direction::Out && frame->data.contains("pusher:subscribe"));
}

void CaptureSubscriptions::add(const capture::CaptureEntry &entry)
{
    if (const auto *frame = std::get_if<capture::FrameEntry>(&entry)) {
        if (!mayTell(entry))
            return;
        const pusher::DecodeResult decoded = pusher::decode(frame->data);
        const auto *message = std::get_if<pusher::Message>(&decoded);
        const auto *subscribe = message ? std::get_if<pusher::Subscribe>(message) : nullptr;
        if (subscribe && pusher::isValidChannelName(subscribe->channel) && !m_channels.contains(subscribe->channel))
            m_channels.append(subscribe->channel);
        return;
    }
    if (const auto *subscription = std::get_if<capture::SubscriptionEntry>(&entry)) {
        m_subscribedKeys.insert(subscription->key);
        return;
    }
    const auto *http = std::get_if<capture::HttpEntry>(&entry);
    if (!http || !StreamClient::isSessionExchange(http->exchange))
        return;
    const QJsonArray array
        = QJsonDocument::fromJson(http->exchange.requestBody).object().value(QStringLiteral("subscriptions")).toArray();
    for (const QJsonValue &value : array) {
        QString error;
        const auto request = SubscriptionRequest::fromJson(value, &error);
        if (!request)
            continue;
        const QString key = request->key();
        if (array.size() > 1)
            m_askedWithOthers.insert(key);
        if (!m_requestedKeys.contains(key)) {
            m_requestedKeys.insert(key);
            m_requested.append(*request);
        }
    }
}

QList<SubscriptionRequest> CaptureSubscriptions::result() const
{
    if (isDirectPusher()) {
        QList<SubscriptionRequest> channels;
        for (const QString &channel : m_channels)
            channels.append(SubscriptionRequest {channel, {}});
        return channels;
    }
    const QString probeKey = SubscriptionRequest {QStringLiteral("alpha.signalFeedGlobal"), {}}.key();
    QList<SubscriptionRequest> result;
    for (const SubscriptionRequest &request : m_requested) {
        const QString key = request.key();
        const bool keep = m_subscribedKeys.isEmpty() ? (key != probeKey || m_askedWithOthers.contains(key))
                                                     : m_subscribedKeys.contains(key);
        if (keep)
            result.append(request);
    }
    return result;
}

void CaptureIndex::add(const capture::CaptureEntry &entry)
{
    const qint64 timeUs = capture::entryTimeUs(entry);
    startUs = entries == 0 ? timeUs : std::min(startUs, timeUs);
    endUs = entries == 0 ? timeUs : std::max(endUs, timeUs);
    ++entries;
}

CaptureIndex indexCaptureFile(const QString &fileName, const std::function<bool(qint64 read, qint64 size)> &progress)
{
    CaptureIndex index;
    index.fileName = fileName;
    capture::CaptureReader reader;
    if (!reader.open(fileName)) {
        index.error = reader.errorString();
        return index;
    }
    index.header = reader.header();
    CaptureSubscriptions subscriptions;
    capture::CaptureFileContents outcome;
    const bool complete = capture::readEntries(
        reader,
        [&](capture::CaptureEntry &entry) {
            index.add(entry);
            // Only exchanges, subscription changes and subscribes say anything about subscriptions.
            if (CaptureSubscriptions::mayTell(entry))
                subscriptions.add(entry);
            // A few thousand entries are a millisecond or two of reading.
            if (progress && index.entries % 4096 == 0)
                return progress(reader.position(), reader.size());
            return true;
        },
        &outcome);
    index.cancelled = !complete;
    index.subscriptions = subscriptions.result();
    index.directPusher = subscriptions.isDirectPusher() || index.header.profile == QLatin1String("pusher");
    index.warnings = outcome.warnings;
    if (progress && complete)
        progress(reader.size(), reader.size());
    return index;
}

CaptureIndex indexCapture(const capture::CaptureFileContents &contents)
{
    CaptureIndex index;
    index.header = contents.capture.header;
    CaptureSubscriptions subscriptions;
    for (const capture::CaptureEntry &entry : contents.capture.entries) {
        index.add(entry);
        subscriptions.add(entry);
    }
    index.subscriptions = subscriptions.result();
    index.directPusher = subscriptions.isDirectPusher() || index.header.profile == QLatin1String("pusher");
    index.warnings = contents.warnings;
    return index;
}

} // namespace shuriken
