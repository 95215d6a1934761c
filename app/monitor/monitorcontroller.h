#pragma once

#include "capturerecord.h"
#include "dto.h"
#include "profile.h"
#include "ratemeter.h"
#include "simulatorconfig.h"
#include "streamclient.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace shuriken {

namespace sim {
class SimulatorServer;
}
namespace capture {
class FlightRecorder;
}

class CaptureReplayer;
struct CaptureIndex;
class CaptureTap;
class CatalogService;
class ConnectionTimelineModel;
class EventTableModel;
class FrameLogModel;
class HttpLogModel;
class MonitorSettings;
class SecretStore;
class StreamCatalogModel;
class SubscriptionModel;

/// Everything the monitor does that is not drawing: the active profile (its key from the
/// SecretStore, the embedded simulator when it is the simulator profile), the StreamClient, the
/// catalog, one EventTableModel per subscription, the debugger's models, the saved session and
/// the status figures. No widget here: the main window shows what this object holds, and tests
/// drive it directly.
class MonitorController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorController)

public:
    struct Options
    {
        /// Timers and batching of the client; baseUrl and apiKey come from the profile.
        StreamClient::Options client;
        /// The embedded simulator's configuration (tests shorten its timers).
        sim::SimulatorConfig simulator;
        /// Subscribed on the simulator profile when the saved session has no subscriptions, so
        /// live rows show right after the first launch.
        SubscriptionRequest demo {
            QStringLiteral("svm.token.swaps"),
            {{QStringLiteral("tokenAddress"), QStringLiteral("So11111111111111111111111111111111111111112")}}};
        /// Period of the status figures (rates, rows let go).
        int statsIntervalMs = 1000;
    };

    /// Status bar and rate plot figures, once per stats interval.
    struct Figures
    {
        qint64 timeMs = 0;
        double eventsPerSecond = 0;
        double framesPerSecond = 0;
        double bytesPerSecond = 0;
        quint64 rowsLetGo = 0;
        StreamClient::Counters counters;
    };

    MonitorController(MonitorSettings *settings, SecretStore *secrets, const Options &options,
                      QObject *parent = nullptr);
    ~MonitorController() override;

    /// Tears down the current connection and subscriptions (their list stays saved for the old
    /// profile), then connects with `profile`: the simulator is started if needed, the key read
    /// from the SecretStore, the catalog fetched, the profile's saved subscriptions restored (or
    /// the demo subscription on a fresh simulator profile). Asynchronous; nothing blocks.
    ///
    /// A Pusher profile connects directly (StreamClient::Options::pusher, its PusherSecrets read
    /// from the SecretStore): no catalog, a subscription's stream is a channel name, and each
    /// table discovers its columns from the fields seen (FieldDiscovery). The Pusher simulator
    /// profile starts the embedded simulator in generic Pusher mode and fills the profile's
    /// PusherSettings from it; activeProfile() then shows them, secrets included.
    void activateProfile(const Profile &profile);
    const Profile &activeProfile() const { return m_profile; }
    /// Whether the active profile talks to a Pusher server directly (no catalog).
    bool isDirect() const { return m_profile.isPusher(); }

    void connectToService();
    void disconnectFromService();

    /// Subscribes (stream, filter), or returns the live subscription with the same key.
    Subscription *subscribe(const QString &stream, const StreamFilter &filter);
    void unsubscribe(Subscription *subscription);
    Subscription *subscriptionById(quint64 id) const;
    QList<Subscription *> subscriptions() const;
    EventTableModel *eventModel(const Subscription *subscription) const;
    void setPaused(Subscription *subscription, bool paused);

    /// Writes the active profile's subscriptions to the settings.
    void saveSession();

    StreamClient *client() const { return m_client; }
    /// The embedded simulator while the simulator profile is active, else nullptr.
    sim::SimulatorServer *simulator() const { return m_simulator.get(); }
    StreamCatalogModel *catalogModel() const { return m_catalog; }
    SubscriptionModel *subscriptionModel() const { return m_subscriptionModel; }
    FrameLogModel *frameLogModel() const { return m_frames; }
    capture::FlightRecorder *flightRecorder() const { return m_recorder; }
    HttpLogModel *httpLogModel() const { return m_http; }
    ConnectionTimelineModel *timelineModel() const { return m_timeline; }
    const Figures &figures() const { return m_figures; }
    /// The catalog's source and, for a fallback after a failure, why.
    QString catalogError() const { return m_catalogError; }

    // ---- captures (monitorcontrollercapture.cpp) --------------------------------------------
    /// What the open capture is, for the window's capture bar.
    struct CaptureInfo
    {
        QString fileName;
        qint64 startUs = 0;
        qint64 endUs = 0;
        qsizetype entries = 0;
        /// What the user should know about the file (cut short, records skipped, HAR leftovers).
        QStringList warnings;
    };
    /// Opens @p fileName (a native capture or a HAR document) as an offline session: the live
    /// connection and subscriptions go (the live session stays saved), the capture's catalog,
    /// subscriptions and tables come, and its frames, exchanges and states replay through the
    /// client in replay mode, as fast as possible. No network is used.
    /// A native file is read through once on a worker thread first (captureIndexProgress()),
    /// then replayed while it is read again, so a capture of millions of frames neither blocks
    /// the window nor has to fit in memory; captureOpened() or captureOpenFailed() follows. A
    /// HAR document is read whole at once. False with @p error for a file that is not a capture
    /// (or a HAR document with nothing to replay); the live session is then untouched, as it is
    /// until captureOpened().
    bool openCapture(const QString &fileName, QString *error);
    /// A capture file is being read before it opens (openCapture()).
    bool isCaptureOpening() const { return m_indexThread != nullptr; }
    /// Back to the live session of the active profile.
    void closeCapture();
    bool isCaptureOpen() const { return m_replayer != nullptr; }
    const CaptureInfo &captureInfo() const { return m_captureInfo; }
    /// The replay of the open capture (speed, pause, position), or nullptr.
    CaptureReplayer *replayer() const { return m_replayer; }

Q_SIGNALS:
    /// activateProfile() settled on `profile` (the simulator runs, the key was read).
    void profileActivated(const shuriken::Profile &profile);
    /// The profile needs an API key and none is stored; the client stays disconnected.
    void apiKeyMissing(const shuriken::Profile &profile);
    /// A channel of a direct subscription said something the user should know: events under
    /// another name than the bound one (Subscription::eventNameMismatch), with the explanation.
    void channelNoticed(const QString &channel, const QString &text);
    /// The embedded simulator could not listen.
    void simulatorFailed(const QString &error);
    /// The catalog model was filled; `error` is set when the server failed and the built-in
    /// catalog stands in.
    void catalogLoaded(shuriken::StreamCatalog::Source source, const QString &error);
    /// A subscription got its table (restored, demo, or subscribed by the user).
    void eventModelAdded(shuriken::Subscription *subscription, shuriken::EventTableModel *model);
    /// A subscription's table is about to be deleted; views must let go of it now.
    void eventModelRemoved(shuriken::Subscription *subscription);
    /// New status figures (once per stats interval).
    void figuresUpdated(const shuriken::MonitorController::Figures &figures);
    /// The SecretStore keeps keys for this session only.
    void keyPersistenceLost(const QString &reason);
    /// openCapture() is reading @p fileName: @p read of its @p size bytes so far.
    void captureIndexProgress(const QString &fileName, qint64 read, qint64 size);
    /// openCapture() of @p fileName could not go on (translated @p error); the live session stays.
    void captureOpenFailed(const QString &fileName, const QString &error);
    /// A capture was opened (openCapture()) or closed again.
    void captureOpened(const shuriken::MonitorController::CaptureInfo &info);
    void captureClosed();

private:
    /// @p secret: the API key, or a Pusher profile's PusherSecrets text.
    void continueActivation(quint64 generation, const QString &secret);
    /// Starts the embedded simulator (in generic Pusher mode for the Pusher simulator profile)
    /// unless it runs in that mode already; false, with simulatorFailed(), when it cannot listen.
    bool ensureSimulator();
    /// The Pusher simulator profile's server: the running simulator's port and credentials.
    PusherSettings simulatorPusherSettings() const;
    /// Direct mode: the table of @p subscription gets the columns of the fields it sees.
    void discoverColumns(Subscription *subscription, EventTableModel *model);
    void fetchCatalog(quint64 generation);
    void restoreSession();
    void onSubscriptionAdded(Subscription *subscription);
    void onSubscriptionRemoved(Subscription *subscription);
    void unsubscribeAll();
    /// Ends the live session or the open capture: disconnected, no subscription, saving suspended.
    void endSession();
    /// Ends capture mode without reconnecting (closeCapture() and activateProfile() reconnect).
    void leaveCaptureMode();
    void onReplayedEntry(const capture::CaptureEntry &entry);
    /// Reads a native capture file through on a worker thread; indexed() or a failure follows.
    void startIndexing(const QString &fileName);
    void cancelIndexing();
    void onIndexed(quint64 generation, const CaptureIndex &index);
    /// Replaces the live session with the capture @p replayer holds, as @p index describes it.
    void enterCaptureMode(const CaptureIndex &index, CaptureReplayer *replayer);
    void applyCapacities();
    void updateFigures();

    MonitorSettings *m_settings;
    SecretStore *m_secrets;
    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    StreamClient *m_client = nullptr;
    CatalogService *m_catalogService = nullptr;
    std::unique_ptr<sim::SimulatorServer> m_simulator;
    bool m_simulatorGeneric = false; // the running simulator is in generic Pusher mode

    StreamCatalogModel *m_catalog = nullptr;
    SubscriptionModel *m_subscriptionModel = nullptr;
    capture::FlightRecorder *m_recorder = nullptr;
    CaptureTap *m_tap = nullptr;
    FrameLogModel *m_frames = nullptr;
    HttpLogModel *m_http = nullptr;
    ConnectionTimelineModel *m_timeline = nullptr;
    QHash<const Subscription *, EventTableModel *> m_tables;

    Profile m_profile;
    quint64 m_generation = 0;
    quint64 m_pendingSecretRequest = 0; // the key lookup activation waits for
    bool m_saveSuspended = false;
    QString m_catalogError;
    CaptureReplayer *m_replayer = nullptr;
    // The reading of a capture file before it opens: its thread, the flag that stops it, and the
    // generation that tells its answer from one of an earlier, cancelled reading.
    QThread *m_indexThread = nullptr;
    std::shared_ptr<std::atomic_bool> m_indexCancelled;
    quint64 m_indexGeneration = 0;
    CaptureInfo m_captureInfo;

    QTimer m_statsTimer;
    RateMeter m_eventRate;
    RateMeter m_frameRate;
    RateMeter m_byteRate;
    Figures m_figures;
};

} // namespace shuriken

Q_DECLARE_METATYPE(shuriken::MonitorController::Figures)
