// Issue 13, "trustworthy when the service misbehaves": one StreamClient with ten subscriptions
// (four presence streams, two filters of one stream) against a real shuriken-sim process on a
// fixed loopback port, under fifty random faults from a seeded generator: SIGKILL and a restart
// with the next --epoch (new app key and channel names, PROTOCOL.md 2.6), drops, close codes,
// a stalled server, REST 429/500 on the session and auth endpoints, and unsubscribe/resubscribe
// at random moments. The invariants (b)-(e) are watched throughout (InvariantMonitor); (a), every
// subscription subscribed and receiving in the end, is checked after the faults stop.
//
// SHURIKEN_CHAOS_SEED=<n> picks another fault sequence; SHURIKEN_CHAOS_FAULTS=<n> another count.
// The simulator's own log goes to tst_chaos-sim.log next to the test executable.

#include "invariantmonitor.h"
#include "simprocess.h"
#include "streamclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace shuriken;
using chaos::InvariantMonitor;
using chaos::SimProcess;

namespace {

constexpr quint32 kDefaultSeed = 1313;
constexpr int kDefaultFaults = 50;
constexpr double kRateMultiplier = 2.0;
const QString kApiKey = QStringLiteral("sk_chaos_0123456789abcdef");

/// Sanitizers make everything several times slower: the waits for the client grow with them
/// (the pauses between faults do not; nothing here asserts on how fast anything is).
int slowdown()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SHURIKEN_CHAOS_TIME_FACTOR", &ok);
    if (ok && fromEnvironment > 0)
        return fromEnvironment;
#if defined(__SANITIZE_ADDRESS__)
    return 3;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return 3;
#else
    return 1;
#endif
#else
    return 1;
#endif
}

quint32 seedFromEnvironment()
{
    bool ok = false;
    const uint seed = qEnvironmentVariable("SHURIKEN_CHAOS_SEED").toUInt(&ok);
    return ok ? seed : kDefaultSeed;
}

int faultCountFromEnvironment()
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("SHURIKEN_CHAOS_FAULTS", &ok);
    return ok && count >= 0 ? count : kDefaultFaults;
}

/// A port that was free a moment ago, so every simulator process of the run can use the same one.
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

struct StreamSpec
{
    QString stream;
    StreamFilter filter;
};

/// Ten subscriptions: four presence streams (authorized per socket), two filters of one stream
/// (two channels), the rest public with and without filters.
QList<StreamSpec> scenarioStreams()
{
    const auto token = [](const QString &address) {
        return StreamFilter {{QStringLiteral("tokenAddress"), address}};
    };
    return {
        {QStringLiteral("svm.token.swaps"), token(QStringLiteral("So11111111111111111111111111111111111111112"))},
        {QStringLiteral("svm.token.swaps"), token(QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"))},
        {QStringLiteral("svm.token.poolInfo"), token(QStringLiteral("DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263"))},
        {QStringLiteral("svm.bondingCurve.creations"), {}},
        {QStringLiteral("evm.token.swaps"),
         StreamFilter {{QStringLiteral("chainId"), QStringLiteral("8453")},
                       {QStringLiteral("tokenAddress"), QStringLiteral("0x833589fcd6edb6e08f4c7c32d4f71b54bda02913")}}},
        {QStringLiteral("alpha.signalFeedGlobal"), {}},
        {QStringLiteral("alpha.personal"), {}},
        {QStringLiteral("portfolio.notifications"), {}},
        {QStringLiteral("automation.updates"), {}},
        {QStringLiteral("alpha.signalFeedPersonal"), {}},
    };
}

enum class Fault
{
    KillRestart,
    KillRestartSameEpoch,
    Drop,
    Close4200,
    Close4100,
    Close4009,
    StalledServer,
    Session429,
    Session500,
    Auth429,
    Auth500,
    Resubscribe,
};

struct FaultKind
{
    Fault fault;
    int weight;
    QString name;
};

const QList<FaultKind> &faultKinds()
{
    static const QList<FaultKind> kinds {
        {Fault::KillRestart, 5, QStringLiteral("kill -9 + restart with the next epoch")},
        // Same app key and channel names, but a new process that never resolved them: only a new
        // session binds them again (a client that just resubscribes gets silence and 403s).
        {Fault::KillRestartSameEpoch, 2, QStringLiteral("kill -9 + restart with the same epoch")},
        {Fault::Drop, 4, QStringLiteral("drop")},
        {Fault::Close4200, 3, QStringLiteral("close 4200")},
        {Fault::Close4100, 3, QStringLiteral("close 4100")},
        {Fault::Close4009, 3, QStringLiteral("close 4009")},
        {Fault::StalledServer, 3, QStringLiteral("stop-pongs + silence, then start-pongs")},
        {Fault::Session429, 2, QStringLiteral("rest 429 on session + drop")},
        {Fault::Session500, 2, QStringLiteral("rest 500 on session + drop")},
        {Fault::Auth429, 2, QStringLiteral("rest 429 on auth + drop")},
        {Fault::Auth500, 2, QStringLiteral("rest 500 on auth + drop")},
        {Fault::Resubscribe, 7, QStringLiteral("unsubscribe + resubscribe")},
    };
    return kinds;
}

QString describe(const Subscription *subscription)
{
    return QStringLiteral("%1 [%2%3] channel %4")
        .arg(subscription->key(), Subscription::statusText(subscription->status()),
             subscription->statusReason().isEmpty() ? QString() : QStringLiteral(": ") + subscription->statusReason(),
             subscription->channel().isEmpty() ? QStringLiteral("(none)") : subscription->channel());
}

QString listed(const QStringList &lines, int limit = 25)
{
    QStringList shown = lines.mid(0, limit);
    if (lines.size() > limit)
        shown.append(QStringLiteral("... and %1 more").arg(lines.size() - limit));
    return shown.join(QStringLiteral("\n  "));
}

} // namespace

class tst_Chaos : public QObject
{
    Q_OBJECT

private:
    struct Slot
    {
        StreamSpec spec;
        QPointer<Subscription> subscription;
        bool resubscribePending = false;
    };

    const int m_slow = slowdown();
    const quint32 m_seed = seedFromEnvironment();
    QRandomGenerator m_random {m_seed};
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StreamClient> m_client;
    std::unique_ptr<InvariantMonitor> m_monitor;
    QList<Slot> m_slots;
    QMap<QString, int> m_faultCounts;
    QElapsedTimer m_clock;
    quint32 m_epoch = 0;
    int m_commandFailures = 0;

    int wait(int ms) const { return ms * m_slow; }
    int between(int lowMs, int highMs) { return int(m_random.bounded(lowMs, highMs + 1)); }

    QStringList simArguments() const
    {
        return {
            QStringLiteral("--api-key"),
            kApiKey,
            QStringLiteral("--rate"),
            QString::number(kRateMultiplier),
            // The swaps streams are the busy ones; keep the run light enough for a sanitizer build.
            QStringLiteral("--stream-rate"),
            QStringLiteral("svm.token.swaps=10"),
            QStringLiteral("--stream-rate"),
            QStringLiteral("evm.token.swaps=5"),
            QStringLiteral("--activity-timeout"),
            QStringLiteral("2"),
            // The server's own pusher:ping would count as a sign of life for the client and
            // hide a stalled server (stallServer()); the client pings, so the server never needs to.
            QStringLiteral("--ping-interval"),
            QStringLiteral("600000"),
            QStringLiteral("--backoff"),
            QStringLiteral("100,200,400,800"),
        };
    }

    StreamClient::Options clientOptions(quint16 port) const
    {
        StreamClient::Options options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        options.apiKey = kApiKey;
        options.requestTimeoutMs = wait(3000);
        options.activityTimeoutCapMs = 1000;
        options.pongTimeoutMs = wait(1500);
        options.handshakeTimeoutMs = wait(3000);
        options.subscribeTimeoutMs = wait(4000);
        options.jitterSeed = m_seed;
        options.fallbackBackoffMs = {100, 200, 400, 800};
        return options;
    }

    /// A control line to the running simulator; a failure is counted, not fatal: the run goes on.
    void command(const QString &line)
    {
        const auto answer = m_sim->command(line, wait(5000));
        if (!answer) {
            ++m_commandFailures;
            qWarning().noquote() << "simulator command failed:" << m_sim->error();
        }
    }

    QList<Subscription *> activeSubscriptions() const
    {
        QList<Subscription *> active;
        for (const Slot &slot : m_slots) {
            if (slot.subscription)
                active.append(slot.subscription);
        }
        return active;
    }

    bool allSubscribed() const
    {
        const auto active = activeSubscriptions();
        return m_client->state() == StreamClient::State::Connected
            && std::all_of(active.cbegin(), active.cend(),
                           [](const Subscription *s) { return s->status() == Subscription::Status::Subscribed; });
    }

    QStringList describeSubscriptions() const
    {
        QStringList lines;
        for (const Subscription *subscription : activeSubscriptions())
            lines.append(describe(subscription));
        return lines;
    }

    Fault pickFault()
    {
        int total = 0;
        for (const FaultKind &kind : faultKinds())
            total += kind.weight;
        int pick = int(m_random.bounded(total));
        for (const FaultKind &kind : faultKinds()) {
            if (pick < kind.weight)
                return kind.fault;
            pick -= kind.weight;
        }
        return Fault::Drop;
    }

    static QString nameOf(Fault fault)
    {
        for (const FaultKind &kind : faultKinds()) {
            if (kind.fault == fault)
                return kind.name;
        }
        return {};
    }

    void killAndRestart(bool nextEpoch)
    {
        m_sim->kill();
        m_monitor->serverRestarted();
        // The service is down for a moment; the client's attempts meanwhile are refused.
        QTest::qWait(between(200, 1500));
        if (nextEpoch)
            ++m_epoch;
        QVERIFY2(m_sim->start(m_epoch, wait(15000)), qPrintable(m_sim->error()));
    }

    void stallServer()
    {
        // Silence and no pongs: the client's activity timer fires, its pusher:ping goes
        // unanswered and its pong timeout must end the socket.
        command(QStringLiteral("rate 0"));
        command(QStringLiteral("stop-pongs"));
        QTest::qWait(1000 + wait(1500) + between(500, 1500));
        command(QStringLiteral("start-pongs"));
        command(QStringLiteral("rate %1").arg(kRateMultiplier));
    }

    void resubscribeOne()
    {
        // The same draws whatever the client did meanwhile, so a seed always gives the same faults.
        const qsizetype index = qsizetype(m_random.bounded(int(m_slots.size())));
        const int delay = between(0, 1500);
        Slot &slot = m_slots[index];
        if (!slot.subscription) {
            qInfo().noquote() << "  " << slot.spec.stream << "is unsubscribed already (its resubscribe is pending)";
            return;
        }
        qInfo().noquote() << "  unsubscribing" << describe(slot.subscription) << "- resubscribing in" << delay << "ms";
        m_monitor->unsubscribe(std::exchange(slot.subscription, nullptr));
        if (delay < 100) {
            slot.subscription = m_monitor->subscribe(slot.spec.stream, slot.spec.filter);
            return;
        }
        slot.resubscribePending = true;
        QTimer::singleShot(delay, this, [this, index] {
            Slot &later = m_slots[index];
            later.resubscribePending = false;
            later.subscription = m_monitor->subscribe(later.spec.stream, later.spec.filter);
        });
    }

    void inject(Fault fault)
    {
        switch (fault) {
        case Fault::KillRestart:
            killAndRestart(true);
            break;
        case Fault::KillRestartSameEpoch:
            killAndRestart(false);
            break;
        case Fault::Drop:
            command(QStringLiteral("drop"));
            break;
        case Fault::Close4200:
            command(QStringLiteral("close 4200"));
            break;
        case Fault::Close4100:
            command(QStringLiteral("close 4100 over capacity"));
            break;
        case Fault::Close4009:
            command(QStringLiteral("close 4009 connection unauthorized"));
            break;
        case Fault::StalledServer:
            stallServer();
            break;
        // A REST fault bites on the next request to its endpoint; the drop makes the client
        // come back, which is when a correct client asks for a session and authorizes again.
        case Fault::Session429:
            command(QStringLiteral("rest 429 1 --once --path session"));
            command(QStringLiteral("drop"));
            break;
        case Fault::Session500:
            command(QStringLiteral("rest 500 --times 2 --path session"));
            command(QStringLiteral("drop"));
            break;
        case Fault::Auth429:
            command(QStringLiteral("rest 429 1 --once --path auth"));
            command(QStringLiteral("drop"));
            break;
        case Fault::Auth500:
            command(QStringLiteral("rest 500 --once --path auth"));
            command(QStringLiteral("drop"));
            break;
        case Fault::Resubscribe:
            resubscribeOne();
            break;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(SHURIKEN_SIM_EXECUTABLE)), SHURIKEN_SIM_EXECUTABLE);
    }

    void cleanupTestCase()
    {
        m_monitor.reset();
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void serviceMisbehaves()
    {
        const int faultCount = faultCountFromEnvironment();
        qInfo().noquote() << QStringLiteral("chaos seed %1 (SHURIKEN_CHAOS_SEED changes it), %2 faults, time factor %3")
                                 .arg(m_seed)
                                 .arg(faultCount)
                                 .arg(m_slow);

        const quint16 port = freeLoopbackPort();
        QVERIFY(port != 0);
        const QString log = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tst_chaos-sim.log"));
        QFile::remove(log);
        qInfo().noquote() << "simulator on port" << port << "- its log:" << log;
        m_sim = std::make_unique<SimProcess>(QStringLiteral(SHURIKEN_SIM_EXECUTABLE), port, simArguments(), log);
        QVERIFY2(m_sim->start(m_epoch, wait(15000)), qPrintable(m_sim->error()));

        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<StreamClient>(m_network.get());
        m_client->setOptions(clientOptions(port));
        m_monitor = std::make_unique<InvariantMonitor>(m_client.get());
        for (const StreamSpec &spec : scenarioStreams())
            m_slots.append(Slot {spec, m_monitor->subscribe(spec.stream, spec.filter), false});
        m_client->connectToService();
        // Before any fault, everything must work: otherwise this is not a chaos finding.
        QVERIFY2(QTest::qWaitFor([this] { return allSubscribed(); }, wait(20000)),
                 qPrintable(QStringLiteral("no clean start:\n  ") + listed(describeSubscriptions())));

        // ---- the faults ------------------------------------------------------------------
        m_clock.start();
        for (int i = 1; i <= faultCount; ++i) {
            const Fault fault = pickFault();
            qInfo().noquote() << QStringLiteral("fault %1/%2 at %3 s: %4 (epoch %5, client %6)")
                                     .arg(i)
                                     .arg(faultCount)
                                     .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)
                                     .arg(nameOf(fault))
                                     .arg(m_epoch)
                                     .arg(StreamClient::stateText(m_client->state()));
            ++m_faultCounts[nameOf(fault)];
            inject(fault);
            if (QTest::currentTestFailed())
                return;
            QTest::qWait(between(500, 2500));
        }

        // ---- settle ------------------------------------------------------------------------
        QVERIFY(QTest::qWaitFor(
            [this] {
                return std::none_of(m_slots.cbegin(), m_slots.cend(),
                                    [](const Slot &slot) { return slot.resubscribePending; });
            },
            5000));
        command(QStringLiteral("rest ok"));
        command(QStringLiteral("start-pongs"));
        command(QStringLiteral("rate %1").arg(kRateMultiplier));
        const qint64 faultsEndedMs = m_clock.elapsed();
        const bool settled = QTest::qWaitFor([this] { return allSubscribed(); }, wait(30000));
        qInfo().noquote() << QStringLiteral("faults ended at %1 s; %2 after %3 s")
                                 .arg(faultsEndedMs / 1000.0, 0, 'f', 1)
                                 .arg(settled ? QStringLiteral("everything subscribed")
                                              : QStringLiteral("NOT everything subscribed"))
                                 .arg((m_clock.elapsed() - faultsEndedMs) / 1000.0, 0, 'f', 1);

        // (a) part two: new events arrive on every subscription.
        const QList<Subscription *> active = activeSubscriptions();
        QHash<const Subscription *, quint64> before;
        for (const Subscription *subscription : active)
            before.insert(subscription, m_monitor->delivered(subscription));
        constexpr quint64 kNewEvents = 3;
        const auto receiving = [&](const Subscription *s) {
            return m_monitor->delivered(s) >= before.value(s) + kNewEvents;
        };
        const bool flowing
            = QTest::qWaitFor([&] { return std::all_of(active.cbegin(), active.cend(), receiving); }, wait(15000));
        qInfo().noquote() << (flowing ? QStringLiteral("every subscription received new events")
                                      : QStringLiteral("NOT every subscription received new events"));

        const auto stats = m_sim->stats(wait(5000));
        QSet<QString> serverPublishing;
        QSet<QString> serverSilent;
        if (stats) {
            for (const QJsonValue channel : stats->value(QStringLiteral("channels")).toArray()) {
                const QJsonObject object = channel.toObject();
                (object.value(QStringLiteral("stream")).isString() ? serverPublishing : serverSilent)
                    .insert(object.value(QStringLiteral("name")).toString());
            }
        }

        QStringList notFlowing;
        for (const Subscription *subscription : active) {
            const bool subscribed = subscription->status() == Subscription::Status::Subscribed;
            const quint64 fresh = m_monitor->delivered(subscription) - before.value(subscription);
            const QString channel = subscription->channel();
            const QString onServer = !stats          ? QStringLiteral("server stats unavailable")
                : serverPublishing.contains(channel) ? QStringLiteral("the server publishes it")
                : serverSilent.contains(channel)
                ? QStringLiteral("subscribed on the server, which never resolved it: silent")
                : QStringLiteral("not subscribed on the server");
            if (!subscribed || fresh < kNewEvents) {
                notFlowing.append(QStringLiteral("%1: %2 new event(s) after settling; %3")
                                      .arg(describe(subscription))
                                      .arg(fresh)
                                      .arg(onServer));
            }
        }
        if (m_client->state() != StreamClient::State::Connected) {
            notFlowing.prepend(QStringLiteral("client state %1: %2")
                                   .arg(StreamClient::stateText(m_client->state()), m_client->stateReason()));
        }
        // The server's side of it: one socket, subscribed to exactly the client's channels, none
        // of them a channel it never resolved.
        QSet<QString> clientChannels;
        for (const Subscription *subscription : active)
            clientChannels.insert(subscription->channel());
        if (!stats) {
            notFlowing.append(QStringLiteral("no stats from the simulator: %1").arg(m_sim->error()));
        } else {
            const int sockets = stats->value(QStringLiteral("webSocketConnections")).toInt();
            if (sockets != 1)
                notFlowing.append(QStringLiteral("the simulator has %1 WebSocket(s) open, not 1").arg(sockets));
            const QSet<QString> serverChannels = serverPublishing + serverSilent;
            for (const QString &channel : serverChannels - clientChannels)
                notFlowing.append(QStringLiteral("the simulator still has a subscriber on %1, which no active "
                                                 "subscription uses")
                                      .arg(channel));
            for (const QString &channel : serverSilent)
                notFlowing.append(QStringLiteral("subscribed to %1, which this simulator never resolved").arg(channel));
        }

        // ---- report --------------------------------------------------------------------------
        QStringList faultLines;
        for (auto it = m_faultCounts.cbegin(); it != m_faultCounts.cend(); ++it)
            faultLines.append(QStringLiteral("%1 x %2").arg(it.value(), 2).arg(it.key()));
        qInfo().noquote()
            << QStringLiteral("seed %1, fault counts:\n  %2").arg(m_seed).arg(faultLines.join(QStringLiteral("\n  ")));
        const InvariantMonitor::Counts counts = m_monitor->counts();
        const StreamClient::Counters clientCounters = m_client->counters();
        qInfo().noquote()
            << QStringLiteral(
                   "observed: %1 sockets, %2 subscribe / %3 unsubscribe frames, %4 auth requests (%5 failed), "
                   "%6 session requests (%7 failed), %8 event frames, %9 events delivered, %10 seq gaps "
                   "across sockets and %11 seq restarts by a new process (both allowed); client: %12 reconnects; "
                   "final epoch %13; simulator command failures %14")
                   .arg(counts.sockets)
                   .arg(counts.subscribeFrames)
                   .arg(counts.unsubscribeFrames)
                   .arg(counts.authExchanges)
                   .arg(counts.failedAuthExchanges)
                   .arg(counts.sessionExchanges)
                   .arg(counts.failedSessionExchanges)
                   .arg(counts.eventFrames)
                   .arg(counts.eventsDelivered)
                   .arg(counts.seqGapsAcrossSockets)
                   .arg(counts.seqRestartsAcrossProcesses)
                   .arg(clientCounters.reconnects)
                   .arg(m_epoch)
                   .arg(m_commandFailures);
        if (stats) {
            qInfo().noquote() << QStringLiteral(
                                     "simulator (epoch %1): %2 WebSocket(s), %3 subscriptions, %4 of them silent")
                                     .arg(stats->value(QStringLiteral("epoch")).toInt())
                                     .arg(stats->value(QStringLiteral("webSocketConnections")).toInt())
                                     .arg(stats->value(QStringLiteral("subscriptions")).toInt())
                                     .arg(stats->value(QStringLiteral("silentSubscriptions")).toInt());
        }
        const QString aName = QStringLiteral("(a) every subscription Subscribed and receiving after settling");
        qInfo().noquote() << (notFlowing.isEmpty() ? QStringLiteral("PASS ") : QStringLiteral("FAIL ")) + aName
                + (notFlowing.isEmpty() ? QString() : QStringLiteral(":\n  ") + listed(notFlowing));
        for (const InvariantMonitor::Invariant invariant : InvariantMonitor::all()) {
            const QStringList violations = m_monitor->violations(invariant);
            qInfo().noquote() << (violations.isEmpty() ? QStringLiteral("PASS ") : QStringLiteral("FAIL "))
                    + InvariantMonitor::describe(invariant)
                    + (violations.isEmpty() ? QString()
                                            : QStringLiteral(" - %1 violation(s):\n  %2")
                                                  .arg(violations.size())
                                                  .arg(listed(violations)));
        }

        QVERIFY2(notFlowing.isEmpty(), qPrintable(aName + QStringLiteral(":\n  ") + listed(notFlowing)));
        for (const InvariantMonitor::Invariant invariant : InvariantMonitor::all()) {
            const QStringList violations = m_monitor->violations(invariant);
            QVERIFY2(violations.isEmpty(),
                     qPrintable(InvariantMonitor::describe(invariant) + QStringLiteral(":\n  ") + listed(violations)));
        }
        QCOMPARE(m_commandFailures, 0);
    }
};

QTEST_GUILESS_MAIN(tst_Chaos)
#include "tst_chaos.moc"
