#include "monitorcontroller.h"

#include "apiclient.h"
#include "apipaths.h"
#include "capturetap.h"
#include "catalogservice.h"
#include "connectiontimelinemodel.h"
#include "eventtablemodel.h"
#include "fielddiscovery.h"
#include "flightrecorder.h"
#include "framelogmodel.h"
#include "httplogmodel.h"
#include "monitorsettings.h"
#include "secretstore.h"
#include "simulatorpusher.h"
#include "simulatorserver.h"
#include "streamcatalogmodel.h"
#include "subscriptionmodel.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <limits>

Q_LOGGING_CATEGORY(lcMonitor, "shuriken.monitor")

namespace shuriken {

MonitorController::MonitorController(MonitorSettings *settings, SecretStore *secrets, const Options &options,
                                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new StreamClient(m_network, this))
    , m_catalogService(new CatalogService(m_client->apiClient(), this))
    , m_catalog(new StreamCatalogModel(this))
    , m_subscriptionModel(new SubscriptionModel(this))
    , m_recorder(new capture::FlightRecorder(this))
    , m_tap(new CaptureTap(this))
    , m_frames(new FrameLogModel(m_recorder, this))
    , m_http(new HttpLogModel(this))
    , m_timeline(new ConnectionTimelineModel(this))
{
    // The built-in catalog until the server's arrives: the browser is never empty.
    m_catalog->setCatalog(StreamCatalog::builtIn());
    m_subscriptionModel->setClient(m_client);
    m_timeline->setClient(m_client);
    // The flight recorder runs from start-up: the debugger shows what happened before it was
    // opened, and a capture can be saved after the fact.
    connect(m_client, &StreamClient::frameObserved, m_recorder, &capture::FlightRecorder::recordFrame);
    // Exchanges, states and subscription changes as the CLI's --record takes them. Frames come
    // straight from the client above (their envelope names already read); while a capture is
    // open, the recording's own entries stand in for what the replaying client reports.
    m_tap->setFramesTaken(false);
    m_tap->setSink([this](const capture::CaptureEntry &entry) {
        if (!m_replayer)
            m_recorder->record(entry);
    });
    m_tap->attach(m_client);
    connect(m_client, &StreamClient::httpExchangeFinished, m_http, &HttpLogModel::append);
    connect(m_client, &StreamClient::httpExchangeFinished, this, [this](const HttpExchange &exchange) {
        // A saved capture carries the catalog the session had, as the server sent it.
        if (exchange.succeeded() && exchange.url.path().endsWith(QLatin1String(apipaths::kStreams))) {
            capture::CaptureHeader header = m_recorder->header();
            header.catalogJson = exchange.responseBody;
            m_recorder->setHeader(header);
        }
    });
    connect(m_client, &StreamClient::subscriptionAdded, this, &MonitorController::onSubscriptionAdded);
    connect(m_client, &StreamClient::subscriptionRemoved, this, &MonitorController::onSubscriptionRemoved);
    connect(m_secrets, &SecretStore::persistenceLost, this, &MonitorController::keyPersistenceLost);
    connect(m_secrets, &SecretStore::secretRead, this,
            [this](quint64 requestId, const QString &, const QString &secret, bool found, const QString &error) {
                if (requestId != m_pendingSecretRequest || requestId == 0)
                    return;
                m_pendingSecretRequest = 0;
                if (!error.isEmpty())
                    qCWarning(lcMonitor) << "could not read the profile's secret:" << error;
                if (!found && m_profile.requiresKey()) {
                    Q_EMIT profileActivated(m_profile);
                    Q_EMIT apiKeyMissing(m_profile);
                    return;
                }
                continueActivation(m_generation, found ? secret : QString());
            });
    connect(m_settings, &MonitorSettings::capacitiesChanged, this, &MonitorController::applyCapacities);
    applyCapacities();

    m_statsTimer.setInterval(m_options.statsIntervalMs);
    connect(&m_statsTimer, &QTimer::timeout, this, &MonitorController::updateFigures);
    m_statsTimer.start();
}

MonitorController::~MonitorController()
{
    // Quitting is not the user unsubscribing: keep the saved session as it is.
    m_saveSuspended = true;
    cancelIndexing();
    m_statsTimer.stop();
    disconnect(m_client, nullptr, this, nullptr);
    m_tap->attach(nullptr);
    m_subscriptionModel->setClient(nullptr);
    m_timeline->setClient(nullptr);
}

void MonitorController::endSession()
{
    leaveCaptureMode();
    ++m_generation; // an activation under way is forgotten
    m_pendingSecretRequest = 0;
    m_saveSuspended = true;
    m_client->disconnectFromService();
    unsubscribeAll();
}

void MonitorController::activateProfile(const Profile &profile)
{
    endSession();
    m_saveSuspended = false;
    m_profile = profile;
    m_catalogError.clear();
    qCInfo(lcMonitor) << "activating profile" << profile.id << Profile::kindText(profile.kind);

    if (profile.runsSimulator()) {
        if (!ensureSimulator())
            return;
        if (profile.kind == Profile::Kind::PusherSimulator) {
            m_profile.pusher = simulatorPusherSettings();
        }
        continueActivation(m_generation, QString());
        return;
    }
    m_simulator.reset();
    // The key (or a Pusher profile's secrets) arrives asynchronously (a keychain may ask the
    // user); continueActivation() runs from the secretRead handler.
    m_pendingSecretRequest = m_secrets->readSecret(profile.kind == Profile::Kind::Pusher ? profile.pusherSecretKey()
                                                                                         : profile.secretKey());
}

bool MonitorController::ensureSimulator()
{
    const bool generic = m_profile.kind == Profile::Kind::PusherSimulator;
    if (m_simulator && m_simulator->isListening() && m_simulatorGeneric == generic)
        return true;
    m_simulator.reset();
    sim::SimulatorConfig config = m_options.simulator;
    config.genericPusher = generic;
    m_simulatorGeneric = generic;
    m_simulator = std::make_unique<sim::SimulatorServer>(config);
    if (m_simulator->start(0))
        return true;
    const QString error = m_simulator->errorString();
    m_simulator.reset();
    Q_EMIT profileActivated(m_profile);
    Q_EMIT simulatorFailed(error);
    return false;
}

PusherSettings MonitorController::simulatorPusherSettings() const
{
    // With the app secret: channels are signed here and the send dialog can trigger through the
    // simulator's HTTP API; the user signs in through its user authentication endpoint.
    return shuriken::simulatorPusherSettings(*m_simulator, m_simulator->config(), true);
}

void MonitorController::continueActivation(quint64 generation, const QString &secret)
{
    if (generation != m_generation)
        return;
    StreamClient::Options options = m_options.client;
    // A batch is what a table takes in at once: one interval's events, one repaint.
    options.batchIntervalMs = m_settings->updateIntervalMs();
    options.pusher.reset();
    if (m_profile.isPusher()) {
        if (m_profile.kind == Profile::Kind::Pusher)
            PusherSecrets::fromText(secret).applyTo(m_profile.pusher);
        options.pusher = m_profile.pusher;
        options.baseUrl = m_profile.pusher.effectiveHttpApiUrl();
        options.apiKey.clear();
    } else {
        options.baseUrl = m_profile.runsSimulator() ? m_simulator->baseUrl() : m_profile.baseUrl;
        options.apiKey = secret;
    }
    m_client->setOptions(options);
    // A Pusher session is recorded as one, so that its replay binds channels directly.
    const QString recordedProfile = m_profile.isPusher()
        ? QStringLiteral("pusher")
        : (m_profile.runsSimulator() ? QStringLiteral("simulator") : QStringLiteral("shuriken"));
    m_recorder->setHeader(CaptureTap::recordingHeader(recordedProfile, options.baseUrl));
    Q_EMIT profileActivated(m_profile);
    if (m_profile.isPusher()) {
        // A Pusher server has no catalog: channels are subscribed by name.
        m_catalog->setCatalog(StreamCatalog());
    } else {
        fetchCatalog(generation);
    }
    restoreSession();
    m_client->connectToService();
}

void MonitorController::fetchCatalog(quint64 generation)
{
    m_catalogService->fetch(this, [this, generation](const ApiResult<StreamCatalog> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            m_catalogError.clear();
            m_catalog->setCatalog(result.value());
        } else {
            m_catalogError = result.error().displayText();
            qCWarning(lcMonitor) << "catalog unavailable, using the built-in one:" << m_catalogError;
            m_catalog->setCatalog(StreamCatalog::builtIn());
        }
        Q_EMIT catalogLoaded(m_catalog->catalog().source, m_catalogError);
    });
}

void MonitorController::restoreSession()
{
    QList<SubscriptionRequest> requests = m_settings->savedSubscriptions(m_profile.id);
    if (requests.isEmpty() && m_profile.isSimulator() && !m_options.demo.stream.isEmpty())
        requests.append(m_options.demo);
    m_saveSuspended = true;
    for (const auto &request : std::as_const(requests))
        subscribe(request.stream, request.filter);
    m_saveSuspended = false;
    saveSession();
}

void MonitorController::connectToService()
{
    if (m_profile.runsSimulator() && !m_simulator) {
        activateProfile(m_profile);
        return;
    }
    if (m_pendingSecretRequest != 0)
        return; // still waiting for the key; activation connects
    if (m_profile.requiresKey() && !m_client->apiClient()->hasApiKey()) {
        // The key may have been entered since: read it again (apiKeyMissing if it is still absent).
        activateProfile(m_profile);
        return;
    }
    m_client->connectToService();
}

void MonitorController::disconnectFromService()
{
    m_client->disconnectFromService();
}

Subscription *MonitorController::subscribe(const QString &stream, const StreamFilter &filter)
{
    const QString key = SubscriptionRequest {stream, filter}.key();
    for (Subscription *existing : m_client->subscriptions()) {
        if (existing->key() == key && existing->status() != Subscription::Status::Unsubscribed)
            return existing;
    }
    Subscription *subscription = m_client->subscribe(stream, filter);
    saveSession();
    return subscription;
}

void MonitorController::unsubscribe(Subscription *subscription)
{
    if (!subscription)
        return;
    m_client->unsubscribe(subscription);
    saveSession();
}

void MonitorController::unsubscribeAll()
{
    const QList<Subscription *> all = m_client->subscriptions();
    for (Subscription *subscription : all)
        m_client->unsubscribe(subscription);
}

Subscription *MonitorController::subscriptionById(quint64 id) const
{
    const QList<Subscription *> all = m_client->subscriptions();
    for (Subscription *subscription : all) {
        if (SubscriptionModel::idOf(subscription) == id)
            return subscription;
    }
    return nullptr;
}

QList<Subscription *> MonitorController::subscriptions() const
{
    return m_client->subscriptions();
}

EventTableModel *MonitorController::eventModel(const Subscription *subscription) const
{
    return m_tables.value(subscription);
}

void MonitorController::setPaused(Subscription *subscription, bool paused)
{
    if (EventTableModel *model = m_tables.value(subscription))
        model->setPaused(paused);
}

void MonitorController::saveSession()
{
    if (m_saveSuspended || m_profile.id.isEmpty())
        return;
    QList<SubscriptionRequest> requests;
    const QList<Subscription *> all = m_client->subscriptions();
    for (const Subscription *subscription : all) {
        if (subscription->status() != Subscription::Status::Unsubscribed && !requests.contains(subscription->request()))
            requests.append(subscription->request());
    }
    m_settings->setSavedSubscriptions(m_profile.id, requests);
}

void MonitorController::onSubscriptionAdded(Subscription *subscription)
{
    auto *model = new EventTableModel(subscription->stream(), this);
    model->setCapacity(m_settings->tableCapacity());
    m_tables.insert(subscription, model);
    connect(subscription, &Subscription::eventsReceived, model, &EventTableModel::appendBatch);
    const quint64 id = SubscriptionModel::idOf(subscription);
    connect(model, &EventTableModel::pausedChanged, m_subscriptionModel,
            [this, id](bool paused) { m_subscriptionModel->setPaused(id, paused); });
    if (m_client->isDirect()) {
        discoverColumns(subscription, model);
        connect(subscription, &Subscription::eventNameMismatch, this,
                [this, subscription](const QString &, const QString &explanation) {
                    Q_EMIT channelNoticed(subscription->stream(), explanation);
                });
    }
    Q_EMIT eventModelAdded(subscription, model);
}

void MonitorController::discoverColumns(Subscription *subscription, EventTableModel *model)
{
    // The user's columns of this channel first (the view would restore them too, but only once
    // it exists; discovery must not run ahead of them).
    const QString streamId = subscription->stream();
    if (model->customColumns().isEmpty())
        model->setCustomColumns(m_settings->customColumns(streamId));
    auto discovery = std::make_shared<FieldDiscovery>();
    discovery->setKnownFields(m_settings->discoveredColumns(streamId));
    // After the model's own connection: the rows are in when the columns come.
    connect(subscription, &Subscription::eventsReceived, model,
            [this, streamId, model, discovery](const StreamEventBatch &batch) {
                if (discovery->isFull())
                    return;
                const QStringList found = discovery->discover(batch);
                if (found.isEmpty())
                    return;
                for (const QString &expression : found)
                    model->addCustomColumn(expression);
                m_settings->setDiscoveredColumns(streamId, discovery->knownFields());
                m_settings->setCustomColumns(streamId, model->customColumns());
            });
}

void MonitorController::onSubscriptionRemoved(Subscription *subscription)
{
    EventTableModel *model = m_tables.take(subscription);
    if (!model)
        return;
    Q_EMIT eventModelRemoved(subscription);
    disconnect(subscription, nullptr, model, nullptr);
    disconnect(subscription, nullptr, this, nullptr);
    model->deleteLater();
}

void MonitorController::applyCapacities()
{
    const int rows = m_settings->tableCapacity();
    for (EventTableModel *model : std::as_const(m_tables))
        model->setCapacity(rows);
    capture::FlightRecorder::Limits limits = m_settings->recorderLimits();
    if (m_replayer) // an open capture is kept whatever its age, as enterCaptureMode() does
        limits.maxAgeMs = std::numeric_limits<qint64>::max() / 1000;
    m_recorder->setLimits(limits);
    m_client->setBatchInterval(m_settings->updateIntervalMs());
}

void MonitorController::updateFigures()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const StreamClient::Counters counters = m_client->counters();
    m_eventRate.sample(now, counters.events);
    m_frameRate.sample(now, counters.framesIn + counters.framesOut);
    m_byteRate.sample(now, counters.bytesIn + counters.bytesOut);
    quint64 letGo = 0;
    for (const EventTableModel *model : std::as_const(m_tables))
        letGo += model->droppedCount();
    m_figures.timeMs = now;
    m_figures.eventsPerSecond = m_eventRate.ratePerSecond();
    m_figures.framesPerSecond = m_frameRate.ratePerSecond();
    m_figures.bytesPerSecond = m_byteRate.ratePerSecond();
    m_figures.rowsLetGo = letGo;
    m_figures.counters = counters;
    Q_EMIT figuresUpdated(m_figures);
}

} // namespace shuriken
