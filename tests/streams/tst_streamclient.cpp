// StreamClient scenarios against the real in-process SimulatorServer on 127.0.0.1, with the
// protocol timers shortened by injection (DESIGN.md "Tests"). What must not happen (a retry, a
// reconnect, a late delivery) is shown from state: the client's own timers run on a ManualClock
// moved past their due time, and what it sends is observed as it is sent.

#include "clientclock.h"
#include "reconnectpolicy.h"
#include "simulatorserver.h"
#include "streamclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <memory>

using namespace shuriken;
using shuriken::sim::SimulatorServer;

namespace {

const QString kTokenA = QStringLiteral("So11111111111111111111111111111111111111112");
const QString kTokenB = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
constexpr int kWait = 15000; // generous: the machine may be busy; nothing here asserts on time

QString tokenMintOf(const StreamEvent &event)
{
    return QJsonDocument::fromJson(event.payload).object().value(QStringLiteral("tokenMint")).toString();
}

StreamFilter tokenFilter(const QString &token)
{
    return StreamFilter {{QStringLiteral("tokenAddress"), token}};
}

// Counts what the simulator saw per socket, to prove "subscribed once per socket".
struct SubscribeLog
{
    QHash<QString, QStringList> channelsBySocket;

    bool hasDuplicates() const
    {
        for (const auto &channels : channelsBySocket) {
            const QSet<QString> unique(channels.cbegin(), channels.cend());
            if (unique.size() != channels.size())
                return true;
        }
        return false;
    }
};

// The client's time, moved by hand: advance() fires every timer that falls due on the way, in
// due order, so a test passes a retry's due time without waiting for it.
class ManualClock final : public ClientClock
{
public:
    ManualClock() = default;
    Q_DISABLE_COPY_MOVE(ManualClock)

    qint64 nowMs() const override { return m_nowMs; }

    std::unique_ptr<Timer> createTimer(std::function<void()> onTimeout) override
    {
        const quint64 id = ++m_lastId;
        m_timers.emplace(id, Entry {-1, std::move(onTimeout)});
        return std::make_unique<ManualTimer>(*this, id);
    }

    void advance(qint64 ms)
    {
        const qint64 target = m_nowMs + ms;
        for (;;) {
            auto next = m_timers.end();
            for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
                const qint64 due = it->second.dueMs;
                if (due >= 0 && due <= target && (next == m_timers.end() || due < next->second.dueMs))
                    next = it;
            }
            if (next == m_timers.end())
                break;
            m_nowMs = next->second.dueMs;
            next->second.dueMs = -1;
            // The callback may destroy its own timer (and so this entry).
            const std::function<void()> onTimeout = next->second.onTimeout;
            onTimeout();
        }
        m_nowMs = target;
    }

private:
    struct Entry
    {
        qint64 dueMs = -1;
        std::function<void()> onTimeout;
    };

    class ManualTimer final : public Timer
    {
    public:
        ManualTimer(ManualClock &clock, quint64 id)
            : m_clock(clock)
            , m_id(id)
        { }
        ~ManualTimer() override { m_clock.m_timers.erase(m_id); }
        void start(int intervalMs) override { m_clock.m_timers.at(m_id).dueMs = m_clock.m_nowMs + intervalMs; }
        void stop() override { m_clock.m_timers.at(m_id).dueMs = -1; }

    private:
        ManualClock &m_clock;
        quint64 m_id;
    };

    qint64 m_nowMs = 1'700'000'000'000;
    quint64 m_lastId = 0;
    std::map<quint64, Entry> m_timers;
};

// Past every wait the client may schedule (ReconnectPolicy's ceiling) and then some.
constexpr qint64 kLongerThanAnyRetryMs = pusher::ReconnectPolicy::kMaximumDelayMs + 60000;

int countOut(const QList<pusher::FrameRecord> &frames, QLatin1String event)
{
    int count = 0;
    for (const pusher::FrameRecord &frame : frames)
        count += frame.direction == pusher::FrameRecord::Direction::Out && frame.event == event ? 1 : 0;
    return count;
}

} // namespace

class tst_StreamClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorServer> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    // Outlives m_client, whose timers it holds.
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StreamClient> m_client;
    SubscribeLog m_log;
    // Every frame the client sends or receives, recorded as it happens (see observeFrames()).
    QList<pusher::FrameRecord> m_frames;

    sim::SimulatorConfig simConfig() const
    {
        sim::SimulatorConfig config;
        config.seed = 7;
        config.apiKey = QStringLiteral("sk_test_0123456789abcdef");
        config.rateMultiplier = 5.0; // enough events to see flows within a second
        config.tickIntervalMs = 10;
        config.pongTimeoutMs = 30000;
        config.reconnectBackoffMs = {50, 100, 200};
        return config;
    }

    StreamClient::Options clientOptions() const
    {
        StreamClient::Options options;
        options.baseUrl = m_sim->baseUrl();
        options.apiKey = QStringLiteral("sk_test_0123456789abcdef");
        options.requestTimeoutMs = 5000;
        options.subscribeTimeoutMs = 5000;
        options.jitterSeed = 42;
        options.fallbackBackoffMs = {50, 100, 200};
        return options;
    }

    void startSimulator(const sim::SimulatorConfig &config)
    {
        m_sim = std::make_unique<SimulatorServer>(config);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_log = {};
        connect(m_sim.get(), &SimulatorServer::channelSubscribed, this,
                [this](const QString &socketId, const QString &channel) {
                    m_log.channelsBySocket[socketId].append(channel);
                });
    }

    void startClient(const StreamClient::Options &options)
    {
        m_client.reset();
        m_clock.reset();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<StreamClient>(m_network.get());
        m_client->setOptions(options);
    }

    // The client's retries, timeouts and batches wait for m_clock->advance(); the transport and
    // the simulator keep real time.
    void startClientOnManualClock(const StreamClient::Options &options)
    {
        m_client.reset();
        m_clock = std::make_unique<ManualClock>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<StreamClient>(m_network.get(), *m_clock);
        m_client->setOptions(options);
    }

    // Frames are observed as they are sent, so "nothing was sent" holds the moment it is read.
    void observeFrames()
    {
        m_frames.clear();
        m_client->setFrameObservation(true);
        connect(m_client.get(), &StreamClient::frameObserved, this,
                [this](const pusher::FrameRecord &frame) { m_frames.append(frame); });
    }

    int sent(const char *event) const { return countOut(m_frames, QLatin1String(event)); }

    void connectClient()
    {
        m_client->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
    }

    static bool allSubscribed(const QList<Subscription *> &subscriptions)
    {
        for (const Subscription *subscription : subscriptions) {
            if (subscription->status() != Subscription::Status::Subscribed)
                return false;
        }
        return true;
    }

    static QByteArray describe(const QList<Subscription *> &subscriptions)
    {
        QStringList lines;
        for (const Subscription *subscription : subscriptions) {
            lines.append(subscription->key() + QStringLiteral(": ") + Subscription::statusText(subscription->status())
                         + QStringLiteral(" (") + subscription->statusReason() + u')');
        }
        return lines.join(u'\n').toUtf8();
    }

private Q_SLOTS:
    void init()
    {
        startSimulator(simConfig());
        startClient(clientOptions());
    }

    void cleanup()
    {
        m_client.reset();
        m_clock.reset();
        m_network.reset();
        m_sim.reset();
        m_frames.clear();
    }

    void bootstrapAndConnect()
    {
        QSignalSpy states(m_client.get(), &StreamClient::stateChanged);
        QSignalSpy sessions(m_client.get(), &StreamClient::sessionReceived);
        observeFrames();
        connectClient();
        QCOMPARE(states.first().at(0).value<StreamClient::State>(), StreamClient::State::Connecting);
        QCOMPARE(sessions.size(), 1);
        QVERIFY(!m_client->socketId().isEmpty());
        QCOMPARE(m_client->socketId(), m_sim->socketIds().value(0));
        QVERIFY(m_client->endpointText().startsWith(QLatin1String("ws://127.0.0.1:")));
        // The probe is only used to find the socket: nothing is joined. Channels are subscribed
        // in the same call that reports the connection, so none was sent by now...
        QCOMPARE(sent("pusher:subscribe"), 0);
        // ...and the server, which reads frames in order, saw only a later, real subscription.
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        QCOMPARE(m_log.channelsBySocket.value(m_client->socketId()), QStringList {swaps->channel()});
        QCOMPARE(m_log.channelsBySocket.size(), 1);
    }

    void publicSubscribeDeliversBatches()
    {
        connectClient();
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QSignalSpy batches(swaps, &Subscription::eventsReceived);
        QSignalSpy statuses(swaps, &Subscription::statusChanged);
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        // Live only once the server confirmed (gap G8): Subscribing, then Subscribed.
        QVERIFY(statuses.size() >= 2);
        QCOMPARE(statuses.at(statuses.size() - 2).at(0).value<Subscription::Status>(),
                 Subscription::Status::Subscribing);
        QCOMPARE(m_sim->stats().subscriptions, 1);
        QTRY_VERIFY_WITH_TIMEOUT(swaps->eventCount() >= 5, kWait);

        const auto batch = batches.first().at(0).value<StreamEventBatch>();
        QVERIFY(!batch.isEmpty());
        const StreamEvent &event = batch.first();
        QCOMPARE(event.stream, QStringLiteral("svm.token.swaps"));
        QCOMPARE(event.channel, swaps->channel());
        QCOMPARE(event.event, swaps->event());
        QVERIFY(event.receivedAtUs > 1'600'000'000'000'000LL);
        QVERIFY(event.parseError().isEmpty());
        QCOMPARE(tokenMintOf(event), kTokenA);
        QVERIFY(event.payload.startsWith('{'));
        QVERIFY(event.seq >= 0); // the simulator numbers its events
        QCOMPARE(swaps->gapCount(), quint64(0));
    }

    void subscribeBeforeConnectResolvesOnConnect()
    {
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QCOMPARE(swaps->status(), Subscription::Status::Pending);
        connectClient();
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
    }

    void presenceSubscribeIsAuthorized()
    {
        connectClient();
        QSignalSpy statuses(m_client.get(), &StreamClient::subscriptionStatusChanged);
        Subscription *notifications = m_client->subscribe(QStringLiteral("portfolio.notifications"));
        QTRY_COMPARE_WITH_TIMEOUT(notifications->status(), Subscription::Status::Subscribed, kWait);
        QVERIFY(notifications->channel().startsWith(QLatin1String("presence-")));
        QCOMPARE(m_client->counters().authRequests, quint64(1));
        bool sawAuthorizing = false;
        for (const auto &args : statuses)
            sawAuthorizing |= args.at(1).value<Subscription::Status>() == Subscription::Status::Authorizing;
        QVERIFY(sawAuthorizing);
    }

    void presenceSubscribeRefusedWith403()
    {
        startClientOnManualClock(clientOptions());
        connectClient();
        observeFrames();
        sim::RestFault fault;
        fault.status = 403;
        fault.endpoints = sim::RestEndpoint::Auth;
        m_sim->addRestFault(fault);
        QSignalSpy errors(m_client.get(), &StreamClient::errorOccurred);
        Subscription *notifications = m_client->subscribe(QStringLiteral("portfolio.notifications"));
        QTRY_COMPARE_WITH_TIMEOUT(notifications->status(), Subscription::Status::Error, kWait);
        QVERIFY2(notifications->statusReason().contains(QLatin1String("403")),
                 qPrintable(notifications->statusReason()));
        QVERIFY(!errors.isEmpty());
        // A persistent refusal is not retried: no retry is due however long we wait, and the
        // channel was never joined.
        m_clock->advance(kLongerThanAnyRetryMs);
        QCOMPARE(m_client->counters().authRequests, quint64(1));
        QCOMPARE(notifications->status(), Subscription::Status::Error);
        QCOMPARE(sent("pusher:subscribe"), 0);
        QVERIFY(m_log.channelsBySocket.isEmpty());
        QCOMPARE(m_client->state(), StreamClient::State::Connected);
    }

    void twoFiltersGetTwoChannels()
    {
        connectClient();
        Subscription *a = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *b = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenB));
        QTRY_VERIFY_WITH_TIMEOUT(allSubscribed({a, b}), kWait);
        QVERIFY(a->channel() != b->channel());
        QTRY_VERIFY_WITH_TIMEOUT(a->eventCount() >= 3 && b->eventCount() >= 3, kWait);

        // Independent flows: each sees only its own token.
        QSignalSpy batchesA(a, &Subscription::eventsReceived);
        QSignalSpy batchesB(b, &Subscription::eventsReceived);
        QTRY_VERIFY_WITH_TIMEOUT(!batchesA.isEmpty() && !batchesB.isEmpty(), kWait);
        for (const auto &args : batchesA) {
            for (const auto &event : args.at(0).value<StreamEventBatch>())
                QCOMPARE(tokenMintOf(event), kTokenA);
        }
        for (const auto &args : batchesB) {
            for (const auto &event : args.at(0).value<StreamEventBatch>())
                QCOMPARE(tokenMintOf(event), kTokenB);
        }
    }

    void expansionWhileEventsFlow()
    {
        connectClient();
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QTRY_VERIFY_WITH_TIMEOUT(swaps->eventCount() >= 3, kWait);
        const quint64 sessionsBefore = m_client->counters().sessionRequests;
        Subscription *pool = m_client->subscribe(QStringLiteral("svm.token.poolInfo"), tokenFilter(kTokenA));
        Subscription *creations = m_client->subscribe(QStringLiteral("svm.bondingCurve.creations"));
        QTRY_VERIFY_WITH_TIMEOUT(allSubscribed({swaps, pool, creations}), kWait);
        // One request per new key, one at a time.
        QCOMPARE(m_client->counters().sessionRequests, sessionsBefore + 2);
        const quint64 before = swaps->eventCount();
        QTRY_VERIFY_WITH_TIMEOUT(swaps->eventCount() > before, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(pool->eventCount() >= 1, kWait);
        QCOMPARE(swaps->gapCount(), quint64(0));
        QVERIFY(!m_log.hasDuplicates());
    }

    void unknownStreamIsAnErrorNotASilentDrop()
    {
        connectClient();
        Subscription *good = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *bad = m_client->subscribe(QStringLiteral("svm.token.nonsense"));
        Subscription *missingFilter = m_client->subscribe(QStringLiteral("evm.token.swaps"));
        QTRY_COMPARE_WITH_TIMEOUT(bad->status(), Subscription::Status::Error, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(missingFilter->status(), Subscription::Status::Error, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(good->status(), Subscription::Status::Subscribed, kWait);
        QVERIFY2(bad->statusReason().contains(QLatin1String("INVALID_PARAMS")), qPrintable(bad->statusReason()));
        QCOMPARE(m_client->state(), StreamClient::State::Connected);
    }

    void unsubscribeIsReferenceCounted()
    {
        startClientOnManualClock(clientOptions());
        connectClient();
        QSignalSpy unsubscribed(m_sim.get(), &SimulatorServer::channelUnsubscribed);
        Subscription *first = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *second = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QTRY_VERIFY_WITH_TIMEOUT(allSubscribed({first, second}), kWait);
        QCOMPARE(first->channel(), second->channel());
        QCOMPARE(m_log.channelsBySocket.value(m_client->socketId()).size(), 1);

        QPointer<Subscription> gone(first);
        m_client->unsubscribe(first);
        // The other one keeps the channel and its events.
        const quint64 before = second->eventCount();
        QTRY_VERIFY_WITH_TIMEOUT(second->eventCount() > before + 2, kWait);
        QVERIFY(unsubscribed.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(gone.isNull(), kWait);

        // The last one out sends pusher:unsubscribe, and nothing is delivered after that: not
        // the events routed but not yet flushed (the batch timer waits for the manual clock)...
        QSignalSpy late(second, &Subscription::eventsReceived);
        QSignalSpy clientEvents(m_client.get(), &StreamClient::eventsReceived);
        const quint64 pendingFrom = second->eventCount();
        QTRY_VERIFY_WITH_TIMEOUT(second->eventCount() > pendingFrom, kWait);
        QCOMPARE(late.size(), 0);
        m_client->unsubscribe(second);
        QCOMPARE(late.size(), 0);
        // ...nor what the server sent before it read the unsubscribe: that is not routed.
        QTRY_COMPARE_WITH_TIMEOUT(unsubscribed.size(), 1, kWait);
        m_clock->advance(m_client->options().batchIntervalMs);
        QCOMPARE(late.size(), 0);
        QCOMPARE(clientEvents.size(), 0);
    }

    void unsubscribeFromAReceiverStopsDeliveryAtOnce()
    {
        // A view that lets its subscription go while handling that subscription's batch: the
        // client-level batch of the same flush (which holds those events) must not carry them
        // any more, and nothing reaches the subscription afterwards.
        connectClient();
        Subscription *a = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *b = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenB));
        QTRY_VERIFY_WITH_TIMEOUT(allSubscribed({a, b}), kWait);
        const QString channelB = b->channel();
        bool unsubscribed = false;
        int batchesForB = 0;
        bool lateInClientBatch = false;
        connect(m_client.get(), &StreamClient::eventsReceived, this, [&](const StreamEventBatch &batch) {
            if (!unsubscribed)
                return;
            for (const auto &event : batch)
                lateInClientBatch |= event.channel == channelB;
        });
        connect(b, &Subscription::eventsReceived, this, [&] {
            ++batchesForB;
            if (!unsubscribed) {
                unsubscribed = true;
                m_client->unsubscribe(b);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(unsubscribed, kWait);
        const quint64 before = a->eventCount();
        QTRY_VERIFY_WITH_TIMEOUT(a->eventCount() > before + 5, kWait);
        QCOMPARE(batchesForB, 1);
        QVERIFY(!lateInClientBatch);
    }

    void serverDropReconnectsAndResubscribes()
    {
        connectClient();
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *notifications = m_client->subscribe(QStringLiteral("portfolio.notifications"));
        QTRY_VERIFY_WITH_TIMEOUT(allSubscribed({swaps, notifications}), kWait);
        const QString firstSocket = m_client->socketId();
        const quint64 authBefore = m_client->counters().authRequests;

        QSignalSpy states(m_client.get(), &StreamClient::stateChanged);
        QVERIFY(m_sim->dropAllConnections() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), kWait);
        QCOMPARE(states.first().at(0).value<StreamClient::State>(), StreamClient::State::Reconnecting);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(allSubscribed({swaps, notifications}), kWait);

        const QString secondSocket = m_client->socketId();
        QVERIFY(secondSocket != firstSocket);
        // Presence re-authorized for the new socket; each channel joined exactly once on it.
        QCOMPARE(m_client->counters().authRequests, authBefore + 1);
        QCOMPARE(m_log.channelsBySocket.value(secondSocket).size(), 2);
        QVERIFY(!m_log.hasDuplicates());
        const quint64 before = swaps->eventCount();
        QTRY_VERIFY_WITH_TIMEOUT(swaps->eventCount() > before, kWait);
        QVERIFY(m_client->counters().reconnects >= 1);
    }

    void closeCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("recovers");
        QTest::addColumn<bool>("refreshesSession");
        QTest::newRow("4200 generic: reconnect at once") << 4200 << true << false;
        QTest::newRow("4201 pong not received") << 4201 << true << false;
        QTest::newRow("4100 over capacity: backoff") << 4100 << true << false;
        QTest::newRow("1001 going away") << 1001 << true << false;
        QTest::newRow("4001 app missing: new session first") << 4001 << true << true;
        QTest::newRow("4009 unauthorized: new session first") << 4009 << true << true;
        QTest::newRow("4007 unsupported protocol: failed") << 4007 << false << false;
    }

    void closeCodes()
    {
        QFETCH(int, code);
        QFETCH(bool, recovers);
        QFETCH(bool, refreshesSession);
        startClientOnManualClock(clientOptions());
        connectClient();
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        const quint64 sessionsBefore = m_client->counters().sessionRequests;

        QSignalSpy states(m_client.get(), &StreamClient::stateChanged);
        QVERIFY(m_sim->closeAllConnections(code, QStringLiteral("test")) >= 1);
        if (recovers) {
            QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), kWait);
            QCOMPARE(states.first().at(0).value<StreamClient::State>(), StreamClient::State::Reconnecting);
            QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
            QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
            // Every reconnect bootstraps the session again first (PROTOCOL.md 3.4 step 2).
            QVERIFY(m_client->counters().sessionRequests > sessionsBefore);
            if (!refreshesSession) {
                for (const auto &args : std::as_const(states))
                    QVERIFY2(!args.at(1).toString().contains(QLatin1String("4001")), qPrintable(args.at(1).toString()));
            }
            QVERIFY(!m_log.hasDuplicates());
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Failed, kWait);
            QVERIFY(m_client->stateReason().contains(QString::number(code)));
            // Nothing is scheduled (neither a session retry nor a transport reconnect), and no
            // amount of time brings one.
            QCOMPARE(m_client->nextAttemptAtMs(), qint64(-1));
            const quint64 sessionsAtFailure = m_client->counters().sessionRequests;
            m_clock->advance(kLongerThanAnyRetryMs);
            QCOMPARE(m_client->state(), StreamClient::State::Failed);
            QCOMPARE(m_client->counters().sessionRequests, sessionsAtFailure);
        }
    }

    void refusedAgainAfterRefreshFails()
    {
        connectClient();
        QSignalSpy states(m_client.get(), &StreamClient::stateChanged);
        // Refuse the fresh socket too, as soon as it connects.
        connect(m_sim.get(), &SimulatorServer::clientConnected, this,
                [this] { QTimer::singleShot(0, m_sim.get(), [this] { m_sim->closeAllConnections(4009); }); });
        m_sim->closeAllConnections(4009);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Failed, kWait);
    }

    void stalledPongsLeadToReconnect()
    {
        StreamClient::Options options = clientOptions();
        options.activityTimeoutCapMs = 200;
        options.pongTimeoutMs = 200;
        startClient(options);
        connectClient();
        const QString firstSocket = m_client->socketId();
        m_sim->setPongsEnabled(false);
        QSignalSpy states(m_client.get(), &StreamClient::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), kWait);
        QCOMPARE(states.first().at(0).value<StreamClient::State>(), StreamClient::State::Reconnecting);
        m_sim->setPongsEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
        QVERIFY(m_client->socketId() != firstSocket);
    }

    void unauthorizedBootstrapFailsWithoutRetrying()
    {
        StreamClient::Options options = clientOptions();
        options.apiKey = QStringLiteral("sk_wrong_key_99999999");
        startClientOnManualClock(options);
        QSignalSpy restHandled(m_sim.get(), &SimulatorServer::restRequestHandled);
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        m_client->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Failed, kWait);
        QVERIFY(m_client->lastError().has_value());
        QCOMPARE(m_client->lastError()->kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(swaps->status(), Subscription::Status::Error);
        QCOMPARE(m_client->nextAttemptAtMs(), qint64(-1));
        m_clock->advance(kLongerThanAnyRetryMs);
        QCOMPARE(m_client->counters().sessionRequests, quint64(1));
        QCOMPARE(restHandled.size(), 1);
        QCOMPARE(m_client->state(), StreamClient::State::Failed);
        // The key never shows in what the user is told.
        QVERIFY(!m_client->stateReason().contains(QLatin1String("sk_wrong_key_99999999")));
    }

    void rateLimitedBootstrapRetriesAfterRetryAfter()
    {
        sim::RestFault fault;
        fault.status = 429;
        fault.retryAfterSeconds = 1;
        fault.remaining = 1;
        fault.endpoints = sim::RestEndpoint::Session;
        m_sim->addRestFault(fault);
        QSignalSpy states(m_client.get(), &StreamClient::stateChanged);
        m_client->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Reconnecting, kWait);
        QVERIFY(m_client->nextAttemptAtMs() > 0);
        QVERIFY(m_client->stateReason().contains(QLatin1String("429")));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
        QCOMPARE(m_client->counters().sessionRequests, quint64(2));
    }

    void serverErrorsAreRetried()
    {
        sim::RestFault fault;
        fault.status = 500;
        fault.remaining = 2;
        fault.endpoints = sim::RestEndpoint::Session;
        m_sim->addRestFault(fault);
        m_client->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
        QCOMPARE(m_client->counters().sessionRequests, quint64(3));
    }

    void malformedFramesAreCountedAndTheConnectionStays_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("invalid json") << int(sim::MalformedFrame::InvalidJson);
        QTest::newRow("missing event") << int(sim::MalformedFrame::MissingEvent);
        QTest::newRow("data not a string") << int(sim::MalformedFrame::DataNotString);
        QTest::newRow("huge") << int(sim::MalformedFrame::Huge);
    }

    void malformedFramesAreCountedAndTheConnectionStays()
    {
        QFETCH(int, kind);
        connectClient();
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        const QString socket = m_client->socketId();
        QSignalSpy malformed(m_client.get(), &StreamClient::malformedFrameReceived);
        QVERIFY(m_sim->sendMalformedFrame(sim::MalformedFrame(kind)) >= 1);
        const auto frameKind = sim::MalformedFrame(kind);
        if (frameKind == sim::MalformedFrame::DataNotString || frameKind == sim::MalformedFrame::Huge) {
            // Still a decodable event (data as an object is accepted, as pusher-js does).
            const quint64 before = swaps->eventCount();
            QTRY_VERIFY_WITH_TIMEOUT(swaps->eventCount() > before, kWait);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(malformed.size(), 1, kWait);
            QCOMPARE(m_client->counters().malformedFrames, quint64(1));
        }
        const quint64 before = swaps->eventCount();
        QTRY_VERIFY_WITH_TIMEOUT(swaps->eventCount() > before, kWait);
        QCOMPARE(m_client->state(), StreamClient::State::Connected);
        QCOMPARE(m_client->socketId(), socket);
    }

    void userDisconnectNeverReconnects()
    {
        startClientOnManualClock(clientOptions());
        connectClient();
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        m_client->disconnectFromService();
        QCOMPARE(m_client->state(), StreamClient::State::Disconnected);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->socketIds().size(), 0, kWait);
        // No attempt is scheduled, by the client or by its transport, and none comes later.
        QCOMPARE(m_client->nextAttemptAtMs(), qint64(-1));
        QCOMPARE(m_client->connection()->state(), pusher::PusherConnection::State::Disconnected);
        const quint64 sessionsAtDisconnect = m_client->counters().sessionRequests;
        m_clock->advance(kLongerThanAnyRetryMs);
        QCOMPARE(m_client->state(), StreamClient::State::Disconnected);
        QCOMPARE(m_client->counters().sessionRequests, sessionsAtDisconnect);
        QCOMPARE(m_sim->socketIds().size(), 0);
        // Connecting again brings the subscription back.
        connectClient();
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        // ...and a loss after that is still noticed and repaired (gap G14).
        const QString socket = m_client->socketId();
        QVERIFY(m_sim->dropAllConnections() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() == StreamClient::State::Connected && m_client->socketId() != socket,
                                 kWait);
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
    }

    void sessionBackoffScheduleDrivesReconnects()
    {
        // The client's own fallback is a minute; the session recommends 50 ms (gap G10). A drop
        // is a Backoff close (at least 1 s), so the reconnect comes after about a second, not a
        // minute.
        StreamClient::Options options = clientOptions();
        options.fallbackBackoffMs = {60000};
        startClient(options);
        connectClient();
        const QString socket = m_client->socketId();
        QSignalSpy scheduled(m_client->connection(), &pusher::PusherConnection::reconnectScheduled);
        QVERIFY(m_sim->dropAllConnections() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(!scheduled.isEmpty(), kWait);
        QVERIFY2(scheduled.first().at(1).toLongLong() < 5000, qPrintable(scheduled.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() == StreamClient::State::Connected && m_client->socketId() != socket,
                                 kWait);
    }

    // ---- when the service misbehaves ---------------------------------------------------------

    void restartedServerWithNewChannelsIsFollowed()
    {
        // A server that comes back on the same port as a new deployment hands out
        // another app key and other channels. The client bootstraps before reconnecting, so it
        // connects with the new key at once (no 4001 round trip) and rebinds its subscriptions,
        // which keep their identity.
        connectClient();
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *notifications = m_client->subscribe(QStringLiteral("portfolio.notifications"));
        QTRY_VERIFY_WITH_TIMEOUT(allSubscribed({swaps, notifications}), kWait);
        const QString oldSwapsChannel = swaps->channel();
        const QString oldNotificationsChannel = notifications->channel();
        const quint16 port = m_sim->port();
        QSignalSpy states(m_client.get(), &StreamClient::stateChanged);

        sim::SimulatorConfig config = simConfig();
        config.epoch = 1;
        m_sim.reset();
        m_sim = std::make_unique<SimulatorServer>(config);
        QVERIFY2(m_sim->start(port), qPrintable(m_sim->errorString()));
        m_log = {};
        connect(m_sim.get(), &SimulatorServer::channelSubscribed, this,
                [this](const QString &socketId, const QString &channel) {
                    m_log.channelsBySocket[socketId].append(channel);
                });

        QTRY_VERIFY2_WITH_TIMEOUT(m_client->state() == StreamClient::State::Connected
                                      && allSubscribed({swaps, notifications}) && swaps->channel() != oldSwapsChannel,
                                  describe({swaps, notifications}).constData(), 30000);
        QVERIFY(notifications->channel() != oldNotificationsChannel);
        QVERIFY(notifications->channel().startsWith(QLatin1String("presence-")));
        QCOMPARE(m_client->subscriptions(), (QList<Subscription *> {swaps, notifications}));
        for (const auto &args : std::as_const(states))
            QVERIFY2(!args.at(1).toString().contains(QLatin1String("4001")), qPrintable(args.at(1).toString()));
        const quint64 before = swaps->eventCount();
        QTRY_VERIFY_WITH_TIMEOUT(swaps->eventCount() > before, kWait);
        QCOMPARE(m_log.channelsBySocket.value(m_client->socketId()).size(), 2);
        QVERIFY(!m_log.hasDuplicates());
    }

    void restDownAtReconnectFallsBackToTheCachedSession()
    {
        // PROTOCOL.md 3.4: the cached session serves a reconnect only when no fresh one can be
        // had for a transient reason; the fresh one is asked for again after the backoff.
        connectClient();
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        const QString socket = m_client->socketId();
        sim::RestFault fault;
        fault.status = 500;
        fault.remaining = 1;
        fault.endpoints = sim::RestEndpoint::Session;
        m_sim->addRestFault(fault);
        const quint64 sessionsBefore = m_client->counters().sessionRequests;
        QVERIFY(m_sim->dropAllConnections() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() == StreamClient::State::Connected && m_client->socketId() != socket,
                                 kWait);
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        // The failed request, then the retry once connected.
        QTRY_VERIFY_WITH_TIMEOUT(m_client->counters().sessionRequests >= sessionsBefore + 2, kWait);
        const quint64 before = swaps->eventCount();
        QTRY_VERIFY_WITH_TIMEOUT(swaps->eventCount() > before, kWait);
    }

    void retryAfterAFailedFirstConnectSubscribes()
    {
        // Retry from Failed starts clean; the subscriptions that failed with the
        // refused bootstrap are asked for again (not the probe).
        sim::RestFault fault;
        fault.status = 401;
        fault.remaining = 1;
        fault.endpoints = sim::RestEndpoint::Session;
        m_sim->addRestFault(fault);
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        m_client->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Failed, kWait);
        QCOMPARE(swaps->status(), Subscription::Status::Error);
        QCOMPARE(swaps->failure(), Subscription::Failure::Authorization);

        m_client->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        QCOMPARE(swaps->failure(), Subscription::Failure::None);
        QTRY_VERIFY_WITH_TIMEOUT(swaps->eventCount() >= 1, kWait);
    }

    void retryWhileAnOldSessionRequestIsInFlight()
    {
        // The answer to the abandoned attempt's request must not leave the new attempt
        // waiting for ever.
        connectClient();
        m_sim->setRestDelay(800, sim::RestEndpoint::Session);
        const quint64 sessionsBefore = m_client->counters().sessionRequests;
        m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QCOMPARE(m_client->counters().sessionRequests, sessionsBefore + 1); // the expansion is in flight
        QVERIFY(m_sim->closeAllConnections(4007) >= 1); // a refusal that fails the client
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Failed, kWait);
        m_sim->setRestDelay(0, sim::kAllRestEndpoints);
        m_client->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->subscriptions().first()->status(), Subscription::Status::Subscribed, kWait);
    }

    void staleAuthAnswerNeverSubscribesTwice()
    {
        // Unsubscribe and subscribe again while the first auth request is under way.
        // The old answer belongs to a released channel record and must be dropped, although the
        // new record is for the same channel.
        connectClient();
        m_client->setFrameObservation(true);
        QList<QByteArray> subscribes;
        connect(m_client.get(), &StreamClient::frameObserved, this, [&](const pusher::FrameRecord &frame) {
            if (frame.direction == pusher::FrameRecord::Direction::Out
                && frame.event == QLatin1String("pusher:subscribe"))
                subscribes.append(frame.channel.toUtf8());
        });
        int authAnswers = 0;
        connect(m_client.get(), &StreamClient::httpExchangeFinished, this, [&](const HttpExchange &exchange) {
            authAnswers += exchange.url.path().endsWith(QLatin1String("/ws/auth")) ? 1 : 0;
        });
        m_sim->setRestDelay(400, sim::RestEndpoint::Auth);
        Subscription *first = m_client->subscribe(QStringLiteral("portfolio.notifications"));
        QTRY_COMPARE_WITH_TIMEOUT(first->status(), Subscription::Status::Authorizing, kWait);
        m_client->unsubscribe(first);
        Subscription *second = m_client->subscribe(QStringLiteral("portfolio.notifications"));
        QTRY_COMPARE_WITH_TIMEOUT(second->status(), Subscription::Status::Subscribed, kWait);
        // The stale answer is handled (and dropped) in the same call that reports it.
        QTRY_COMPARE_WITH_TIMEOUT(authAnswers, 2, kWait);
        QCOMPARE(subscribes.size(), 1);
        QVERIFY(!m_log.hasDuplicates());
        QCOMPARE(second->status(), Subscription::Status::Subscribed);
    }

    void oneRejectedKeyFailsOnlyItsSubscription()
    {
        // Keys asked for together at connect time; the server refuses the request for
        // one of them. That one fails with the server's reason, the others and the connection
        // go on.
        Subscription *good = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *bad = m_client->subscribe(QStringLiteral("svm.token.nonsense"));
        Subscription *presence = m_client->subscribe(QStringLiteral("portfolio.notifications"));
        m_client->connectToService();
        QTRY_VERIFY2_WITH_TIMEOUT(allSubscribed({good, presence}), describe({good, bad, presence}).constData(), kWait);
        QCOMPARE(bad->status(), Subscription::Status::Error);
        QCOMPARE(bad->failure(), Subscription::Failure::Permanent);
        QVERIFY2(bad->statusReason().contains(QLatin1String("INVALID_PARAMS")), qPrintable(bad->statusReason()));
        QCOMPARE(m_client->state(), StreamClient::State::Connected);
        // A reconnect does not ask for the refused key again, nor does it fail the others.
        const QString socket = m_client->socketId();
        QVERIFY(m_sim->dropAllConnections() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() == StreamClient::State::Connected && m_client->socketId() != socket,
                                 kWait);
        QTRY_VERIFY2_WITH_TIMEOUT(allSubscribed({good, presence}), describe({good, bad, presence}).constData(), kWait);
        QCOMPARE(bad->status(), Subscription::Status::Error);
    }

    void retryAfterIsKeptWithinFloorAndCeiling_data()
    {
        QTest::addColumn<int>("retryAfterSeconds");
        QTest::addColumn<qint64>("waitMs");
        QTest::newRow("0: not a request loop") << 0 << pusher::ReconnectPolicy::kMinimumBackoffMs;
        QTest::newRow("a month: not parked for weeks") << 30 * 24 * 3600 << pusher::ReconnectPolicy::kMaximumDelayMs;
    }

    void retryAfterIsKeptWithinFloorAndCeiling()
    {
        // Every wait has a floor (1 s) and a ceiling (5 min).
        QFETCH(int, retryAfterSeconds);
        QFETCH(qint64, waitMs);
        startClientOnManualClock(clientOptions());
        sim::RestFault fault;
        fault.status = 429;
        fault.retryAfterSeconds = retryAfterSeconds;
        fault.remaining = 1;
        fault.endpoints = sim::RestEndpoint::Session;
        m_sim->addRestFault(fault);
        m_client->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Reconnecting, kWait);
        const qint64 startedMs = m_clock->nowMs();
        QCOMPARE(m_client->nextAttemptAtMs() - startedMs, waitMs);
        // Not one request earlier, and the retry at the due time.
        m_clock->advance(waitMs - 1);
        QCOMPARE(m_client->counters().sessionRequests, quint64(1));
        m_clock->advance(1);
        QCOMPARE(m_client->counters().sessionRequests, quint64(2));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
    }

    void transientAuthFailureIsRetriedWithBackoff()
    {
        // A 500 from the auth endpoint is retried after a pause; a 403 is not (see
        // presenceSubscribeRefusedWith403).
        connectClient();
        sim::RestFault fault;
        fault.status = 500;
        fault.remaining = 1;
        fault.endpoints = sim::RestEndpoint::Auth;
        m_sim->addRestFault(fault);
        Subscription *notifications = m_client->subscribe(QStringLiteral("portfolio.notifications"));
        QTRY_COMPARE_WITH_TIMEOUT(notifications->status(), Subscription::Status::Error, kWait);
        QCOMPARE(notifications->failure(), Subscription::Failure::Transient);
        QCOMPARE(m_client->counters().authRequests, quint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(notifications->status(), Subscription::Status::Subscribed, kWait);
        QCOMPARE(m_client->counters().authRequests, quint64(2));
        QVERIFY(!m_log.hasDuplicates());
    }

    void refusedAuthIsAuthorizationFailure()
    {
        connectClient();
        sim::RestFault fault;
        fault.status = 403;
        fault.endpoints = sim::RestEndpoint::Auth;
        m_sim->addRestFault(fault);
        Subscription *notifications = m_client->subscribe(QStringLiteral("portfolio.notifications"));
        QTRY_COMPARE_WITH_TIMEOUT(notifications->status(), Subscription::Status::Error, kWait);
        QCOMPARE(notifications->failure(), Subscription::Failure::Authorization);
        QVERIFY(notifications->hasFailedPermanently());
    }

    void unansweredSubscribeIsRetriedWithBackoff()
    {
        // A subscribe the server never confirms is retried after a growing pause (at least 1 s),
        // with an unsubscribe first: retrying every timeout would hammer a server that is slow to
        // confirm, and the unsubscribe keeps one subscribe per channel and socket (G6).
        StreamClient::Options options = clientOptions();
        options.subscribeTimeoutMs = 200;
        startClientOnManualClock(options);
        connectClient();
        observeFrames();
        m_sim->setSubscribeConfirmationsEnabled(false);
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribing, kWait);
        QCOMPARE(sent("pusher:subscribe"), 1);
        // Each attempt waits 0.2 s for the confirmation, leaves the channel, and the next one
        // comes after the backoff (the 50/100/200 ms schedule raised to the 1 s floor).
        for (int attempt = 1; attempt <= 3; ++attempt) {
            m_clock->advance(199);
            QCOMPARE(swaps->status(), Subscription::Status::Subscribing);
            m_clock->advance(1);
            QCOMPARE(swaps->status(), Subscription::Status::Error);
            QCOMPARE(swaps->failure(), Subscription::Failure::Transient);
            QCOMPARE(sent("pusher:unsubscribe"), attempt);
            m_clock->advance(pusher::ReconnectPolicy::kMinimumBackoffMs - 1);
            QCOMPARE(sent("pusher:subscribe"), attempt);
            if (attempt == 3)
                m_sim->setSubscribeConfirmationsEnabled(true);
            m_clock->advance(1);
            QCOMPARE(sent("pusher:subscribe"), attempt + 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        QCOMPARE(sent("pusher:subscribe"), 4);
        QCOMPARE(m_client->state(), StreamClient::State::Connected);
    }

    void pusherErrorNamingAChannelBelongsToItsSubscription()
    {
        // A pusher:error that names a channel (some servers refuse a subscribe so) is
        // the subscription's error, not an anonymous one of the connection.
        StreamClient::Options options = clientOptions();
        options.subscribeTimeoutMs = 60000;
        startClient(options);
        connectClient();
        m_sim->setSubscribeConfirmationsEnabled(false);
        Subscription *swaps = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *other = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenB));
        QTRY_VERIFY_WITH_TIMEOUT(swaps->status() == Subscription::Status::Subscribing
                                     && other->status() == Subscription::Status::Subscribing,
                                 kWait);
        QSignalSpy errors(m_client.get(), &StreamClient::errorOccurred);
        QCOMPARE(
            m_sim->sendChannelPusherError(swaps->channel(), std::nullopt, QStringLiteral("Over quota for channel")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Error, kWait);
        QVERIFY2(swaps->statusReason().contains(QLatin1String("Over quota")), qPrintable(swaps->statusReason()));
        QCOMPARE(swaps->failure(), Subscription::Failure::Transient);
        QCOMPARE(other->status(), Subscription::Status::Subscribing);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.constLast().at(0).toString().contains(swaps->channel()),
                 qPrintable(errors.constLast().at(0).toString()));
        m_sim->setSubscribeConfirmationsEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(swaps->status(), Subscription::Status::Subscribed, kWait);
        QCOMPARE(m_client->state(), StreamClient::State::Connected);
    }

    void unsubscribingFromAStatusHandlerIsSafe()
    {
        // A receiver of a status signal lets subscriptions go, and so frees the very
        // channel whose status is being announced. Nothing may touch it afterwards (ASan checks
        // this in the sanitizer build) and the others carry on.
        connectClient();
        Subscription *a = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *b = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenA));
        Subscription *other = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenB));
        int handled = 0;
        connect(m_client.get(), &StreamClient::subscriptionStatusChanged, this,
                [&](Subscription *subscription, Subscription::Status status) {
                    if (status != Subscription::Status::Subscribing || (subscription != a && subscription != b))
                        return;
                    ++handled;
                    m_client->unsubscribe(a);
                    m_client->unsubscribe(b);
                });
        QTRY_VERIFY_WITH_TIMEOUT(handled >= 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(other->status(), Subscription::Status::Subscribed, kWait);
        QCOMPARE(m_client->subscriptions(), (QList<Subscription *> {other}));
        QCOMPARE(handled, 1);
        // Reconnects walk the channel list and announce statuses as well.
        QSignalSpy states(m_client.get(), &StreamClient::stateChanged);
        connect(m_client.get(), &StreamClient::subscriptionStatusChanged, this,
                [&](Subscription *subscription, Subscription::Status status) {
                    if (subscription == other && status == Subscription::Status::Pending)
                        m_client->unsubscribe(other);
                });
        observeFrames();
        const QString socket = m_client->socketId();
        QVERIFY(m_sim->dropAllConnections() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->subscriptions().isEmpty(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() == StreamClient::State::Connected && m_client->socketId() != socket,
                                 kWait);
        // Channels are subscribed in the same call that reports the new connection.
        QCOMPARE(sent("pusher:subscribe"), 0);
        QCOMPARE(m_log.channelsBySocket.value(m_client->socketId()).size(), 0);
    }

    void randomRestarts()
    {
        // 50 server restarts at random moments while 10 subscriptions live: every subscription
        // ends subscribed, no channel is joined twice on one socket, and an unsubscribed one
        // never hears another event.
        QRandomGenerator random(20261123);
        connectClient();
        QList<Subscription *> live;
        const QStringList tokens {kTokenA, kTokenB};
        for (int i = 0; i < 8; ++i) {
            // Valid base58 (no 0): the simulator checks addresses as the real service does.
            const QString token = QStringLiteral("Tok%1en11111111111111111111111111111111").arg(i + 1);
            live.append(m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(token)));
        }
        live.append(m_client->subscribe(QStringLiteral("portfolio.notifications")));
        live.append(m_client->subscribe(QStringLiteral("alpha.signalFeedPersonal")));

        Subscription *leaving = m_client->subscribe(QStringLiteral("svm.token.swaps"), tokenFilter(kTokenB));
        bool eventAfterUnsubscribe = false;
        bool unsubscribed = false;
        connect(leaving, &Subscription::eventsReceived, this, [&] { eventAfterUnsubscribe |= unsubscribed; });

        for (int restart = 0; restart < 50; ++restart) {
            QTest::qWait(int(random.bounded(5, 60)));
            if (restart == 25) {
                m_client->unsubscribe(leaving);
                unsubscribed = true;
            }
            QVERIFY(m_sim->restart());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), StreamClient::State::Connected, kWait);
        QTRY_VERIFY2_WITH_TIMEOUT(allSubscribed(live), describe(live).constData(), kWait);
        QVERIFY(!m_log.hasDuplicates());
        QVERIFY(!eventAfterUnsubscribe);
        QCOMPARE(m_client->subscriptions().size(), live.size());
        QCOMPARE(m_log.channelsBySocket.value(m_client->socketId()).size(), live.size());
    }
};

QTEST_GUILESS_MAIN(tst_StreamClient)
#include "tst_streamclient.moc"
