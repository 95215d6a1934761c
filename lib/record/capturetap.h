#pragma once

// What a StreamClient reports, as capture entries: every frame in and out, every HTTP exchange,
// every state and subscription status change. The flight recorder and `shuriken-stream --record`
// both take their entries from here, so a capture means the same whoever made it.

#include "capturerecord.h"
#include "streamclient.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace shuriken {

class CaptureTap final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureTap)

public:
    using Sink = std::function<void(const capture::CaptureEntry &entry)>;

    explicit CaptureTap(QObject *parent = nullptr);
    ~CaptureTap() override;

    /// Takes everything @p client reports from now on and turns its frame observation on;
    /// lets go of the client attached before (whose frame observation stays on: another
    /// observer may want it). Null detaches.
    void attach(StreamClient *client);
    StreamClient *client() const { return m_client; }

    /// Every entry goes to @p sink first, then to entryCaptured(). At firehose rates a writer
    /// takes them here: a function call per frame instead of a signal emission.
    void setSink(Sink sink) { m_sink = std::move(sink); }

    /// Frames go to @p sink as they pass, instead of as entries to the sink and entryCaptured():
    /// a writer that writes each frame at once then costs no copy (PusherConnection::setFrameSink()).
    /// The tap holds the client's one frame sink while attached.
    using FrameSink = std::function<void(const pusher::FrameView &frame)>;
    void setFrameSink(FrameSink sink) { m_frameSink = std::move(sink); }
    /// Whether frames are taken at all (on by default). The monitor's flight recorder takes them
    /// from the client itself, with the envelope names its debugger shows. Set before attach().
    void setFramesTaken(bool on) { m_framesTaken = on; }

    /// Entries taken since construction.
    quint64 entryCount() const { return m_entries; }

    /// The capture's spelling of a state and of a status (capturerecord.h).
    static QString stateName(StreamClient::State state);
    static QString statusName(Subscription::Status status);
    /// The state a capture's name stands for; nullopt for a name this version does not know.
    static std::optional<StreamClient::State> stateFromName(const QString &name);

    /// The header of a capture this build records (`--record`, the monitor's flight recorder):
    /// the product and its version, the profile ("simulator" or "shuriken") and the base URL
    /// (without user info).
    static capture::CaptureHeader recordingHeader(bool simulator, const QUrl &baseUrl);
    /// The header of a recording with profile @p profile ("simulator", "shuriken", "pusher": a
    /// plain Pusher-protocol server, replayed in direct mode).
    static capture::CaptureHeader recordingHeader(const QString &profile, const QUrl &baseUrl);
    /// One exchange as an entry, stamped with its start.
    static capture::HttpEntry httpEntry(const HttpExchange &exchange);

Q_SIGNALS:
    /// An entry was taken from the attached client (after the sink had it).
    void entryCaptured(const shuriken::capture::CaptureEntry &entry);

private:
    void take(const capture::CaptureEntry &entry);
    void onSubscriptionStatusChanged(Subscription *subscription, Subscription::Status status, const QString &reason);

    QPointer<StreamClient> m_client;
    QList<QMetaObject::Connection> m_connections;
    Sink m_sink;
    FrameSink m_frameSink;
    bool m_framesTaken = true;
    bool m_holdsFrameSink = false; // of m_client's connection
    quint64 m_entries = 0;
};

} // namespace shuriken
