#pragma once

// What the monitor needs to know of a capture before it replays it: its time span, its size and
// the subscriptions its client had. A big file is read through once for this, off the GUI thread,
// and then replayed while it is read again (CaptureReplayer::setCaptureFile()), so that neither
// step holds the whole capture in memory.

#include "capturefile.h"
#include "capturerecord.h"
#include "dto.h"

#include <QSet>
#include <QStringList>

#include <functional>

namespace shuriken {

/// The subscriptions a capture's client had, gathered entry by entry in recorded order (see
/// CaptureReplayer::subscriptionsOf() for the rule).
class CaptureSubscriptions
{
public:
    void add(const capture::CaptureEntry &entry);
    QList<SubscriptionRequest> result() const;
    /// A session of a plain Pusher-protocol server (the monitor's Pusher profile, or pusher-js in
    /// a browser's HAR): channels were subscribed and no Shuriken session was requested. Its
    /// subscriptions are the channels (the stream is the channel name), replayed in direct mode.
    bool isDirectPusher() const { return m_requested.isEmpty() && !m_channels.isEmpty(); }
    /// Whether @p entry can say anything about subscriptions: every entry but inbound frames and
    /// outbound ones that are not a pusher:subscribe (cheap: indexing a big file skips the rest).
    static bool mayTell(const capture::CaptureEntry &entry);

private:
    QList<SubscriptionRequest> m_requested;
    QSet<QString> m_requestedKeys;
    QSet<QString> m_askedWithOthers; // keys a request named beside other keys: not a lone probe
    QSet<QString> m_subscribedKeys;
    /// Channels the client subscribed (pusher:subscribe frames it sent), in order.
    QStringList m_channels;
};

struct CaptureIndex
{
    QString fileName;
    capture::CaptureHeader header;
    qsizetype entries = 0;
    /// The first and last recorded times (µs since the epoch); 0 for a capture without entries.
    qint64 startUs = 0;
    qint64 endUs = 0;
    QList<SubscriptionRequest> subscriptions;
    /// A plain Pusher session (CaptureSubscriptions::isDirectPusher(), or recorded with the
    /// "pusher" profile): replayed with StreamClient's direct mode.
    bool directPusher = false;
    /// What the user should know about the file (cut short, damaged, records skipped).
    QStringList warnings;
    /// Why the file could not be read at all (translated); empty otherwise.
    QString error;
    /// The progress callback asked to stop.
    bool cancelled = false;

    /// Adds one entry's time and subscriptions.
    void add(const capture::CaptureEntry &entry);
};

/// Reads the native capture file @p fileName through once. Safe on any thread. @p progress, when
/// set, is called every few thousand entries with the bytes of the file consumed and its size;
/// returning false stops the reading (the index is then `cancelled`).
CaptureIndex indexCaptureFile(const QString &fileName, const std::function<bool(qint64 read, qint64 size)> &progress);
/// The index of a capture read whole (a HAR document), with the warnings of its reading.
CaptureIndex indexCapture(const capture::CaptureFileContents &contents);

} // namespace shuriken
