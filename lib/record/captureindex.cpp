#include "captureindex.h"

#include "streamclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace shuriken {

void CaptureSubscriptions::add(const capture::CaptureEntry &entry)
{
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
            // Only exchanges and subscription changes say anything about subscriptions.
            if (!std::holds_alternative<capture::FrameEntry>(entry))
                subscriptions.add(entry);
            // A few thousand entries are a millisecond or two of reading.
            if (progress && index.entries % 4096 == 0)
                return progress(reader.position(), reader.size());
            return true;
        },
        &outcome);
    index.cancelled = !complete;
    index.subscriptions = subscriptions.result();
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
    index.warnings = contents.warnings;
    return index;
}

} // namespace shuriken
