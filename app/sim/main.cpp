// shuriken-sim: the simulator as a process, for manual testing, the official JavaScript clients
// (tools/npm-check) and the firehose benchmark. Control lines on stdin inject faults; `help`
// lists them.

#include "controlcommand.h"
#include "secretbox.h"
#include "simlog.h"
#include "simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#else
#include <iostream>
#include <string>
#include <thread>
#endif

using namespace shuriken::sim;

namespace {

void printLine(FILE *stream, const QString &text)
{
    if (text.isEmpty())
        return;
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

/// Reads control lines from stdin without blocking the event loop.
class StdinReader final : public QObject
{
    Q_DISABLE_COPY_MOVE(StdinReader)

public:
    explicit StdinReader(std::function<void(const QString &)> onLine, QObject *parent = nullptr)
        : QObject(parent)
        , m_onLine(std::move(onLine))
    {
#ifdef Q_OS_UNIX
        m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { readAvailable(); });
#else
        // No notifier for console handles on Windows: a detached reader thread posts lines.
        std::thread([this] {
            std::string line;
            while (std::getline(std::cin, line)) {
                const QString text = QString::fromStdString(line);
                QMetaObject::invokeMethod(
                    qApp, [this, text] { m_onLine(text); }, Qt::QueuedConnection);
            }
        }).detach();
#endif
    }

private:
#ifdef Q_OS_UNIX
    void readAvailable()
    {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            // End of input (e.g. started with </dev/null): keep serving, stop listening to stdin.
            m_notifier->setEnabled(false);
            if (!m_pending.isEmpty())
                m_onLine(QString::fromUtf8(std::exchange(m_pending, {})));
            return;
        }
        m_pending.append(buffer, n);
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(newline);
            m_pending.remove(0, newline + 1);
            m_onLine(QString::fromUtf8(line).trimmed());
        }
    }

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
#endif
    std::function<void(const QString &)> m_onLine;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shuriken-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHURIKEN_VERSION));
    // Per-request debug lines only on demand (--verbose or QT_LOGGING_RULES).
    QLoggingCategory::setFilterRules(QStringLiteral("shuriken.sim.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "A local Shuriken service: the REST control plane and a Pusher protocol 7 WebSocket on one port, "
        "publishing simulated events for every stream, with fault injection. Type \"help\" on stdin for the "
        "control commands. Secrets can also come from SHURIKEN_SIM_APP_SECRET and SHURIKEN_SIM_API_KEY. "
        "With --pusher, a plain Pusher-protocol server for the generic Pusher profile instead."));
    parser.addHelpOption();
    parser.addVersionOption();
    const SimulatorConfig defaults;
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QCoreApplication::translate("main", "Port to listen on (0 = any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption bindOption(
        QStringLiteral("bind"), QCoreApplication::translate("main", "Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("main", "Seed of every generator and id."),
                                        QStringLiteral("n"), QString::number(defaults.seed));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QCoreApplication::translate("main", "Multiplier of every stream's rate."),
                                        QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption streamRateOption(
        QStringLiteral("stream-rate"),
        QCoreApplication::translate("main", "Events per second of one stream, e.g. svm.token.swaps=50 (repeatable)."),
        QStringLiteral("stream=rate"));
    const QCommandLineOption appKeyOption(
        QStringLiteral("app-key"),
        QCoreApplication::translate("main", "Pusher application key (an --epoch above 0 appends \"-e<N>\")."),
        QStringLiteral("key"), defaults.appKey);
    const QCommandLineOption epochOption(
        QStringLiteral("epoch"),
        QCoreApplication::translate("main",
                                    "Deployment number: above 0, the app key and every channel name the session "
                                    "endpoint resolves end in \"-e<N>\", as a restarted service may hand out new ones; "
                                    "clients that reconnect without a new session are refused (4001) or get silent "
                                    "channels. 0 = the plain names."),
        QStringLiteral("N"), QString::number(defaults.epoch));
    const QCommandLineOption backoffOption(
        QStringLiteral("backoff"),
        QCoreApplication::translate("main",
                                    "session.recommendedReconnectBackoffMs of every session answer, comma-separated "
                                    "milliseconds, e.g. 200,400,800."),
        QStringLiteral("ms,..."));
    const QCommandLineOption appSecretOption(QStringLiteral("app-secret"),
                                             QCoreApplication::translate("main", "Pusher application secret."),
                                             QStringLiteral("secret"));
    const QCommandLineOption apiKeyOption(
        QStringLiteral("api-key"),
        QCoreApplication::translate("main", "Require this Bearer key on REST (default: accept any)."),
        QStringLiteral("key"));
    const QCommandLineOption userOption(QStringLiteral("user-id"),
                                        QCoreApplication::translate("main", "User id of presence channels."),
                                        QStringLiteral("id"), defaults.userId);
    const QCommandLineOption firehoseOption(
        QStringLiteral("firehose"),
        QCoreApplication::translate("main",
                                    "Publish N svm.token.swaps events per subscription as fast as the "
                                    "socket drains (benchmarks)."),
        QStringLiteral("N"));
    const QCommandLineOption activityOption(
        QStringLiteral("activity-timeout"),
        QCoreApplication::translate("main", "activity_timeout announced to clients, in seconds."), QStringLiteral("s"),
        QString::number(defaults.activityTimeoutSeconds));
    const QCommandLineOption pingOption(
        QStringLiteral("ping-interval"),
        QCoreApplication::translate("main",
                                    "Client silence before the server sends pusher:ping, in ms (default: the "
                                    "activity timeout)."),
        QStringLiteral("ms"));
    const QCommandLineOption pongOption(
        QStringLiteral("pong-timeout"),
        QCoreApplication::translate("main", "Wait for a pong before closing with 4201, in ms."), QStringLiteral("ms"),
        QString::number(defaults.pongTimeoutMs));
    const QCommandLineOption bareOption(
        QStringLiteral("bare-session"),
        QCoreApplication::translate("main", "Answer the session endpoint without the {data: ...} envelope."));
    const QCommandLineOption relativeAuthOption(
        QStringLiteral("relative-auth-endpoint"),
        QCoreApplication::translate("main", "Announce authEndpoint as a relative path."));
    const QCommandLineOption snakeOption(
        QStringLiteral("snake-case-notifications"),
        QCoreApplication::translate("main", "portfolio/automation payloads in the Rust types' snake_case form."));
    const QCommandLineOption pusherOption(
        QStringLiteral("pusher"),
        QCoreApplication::translate("main",
                                    "Generic Pusher mode: a plain Pusher-protocol server (as Pusher Channels, soketi "
                                    "or Laravel Reverb with its application backend) instead of the Shuriken service. "
                                    "No Shuriken REST endpoints and no generated streams; POST /pusher/auth, "
                                    "/broadcasting/auth and /pusher/user-auth, the signed HTTP API under "
                                    "/apps/<app-id>/, client events, pusher:signin and private-encrypted channels."));
    const QCommandLineOption appIdOption(
        QStringLiteral("app-id"),
        QCoreApplication::translate("main", "Pusher app id of the HTTP API paths (--pusher)."), QStringLiteral("id"),
        defaults.appId);
    const QCommandLineOption csrfOption(
        QStringLiteral("csrf-token"),
        QCoreApplication::translate("main",
                                    "Make the auth endpoints want \"X-CSRF-TOKEN: <token>\" and answer 419 (Laravel's "
                                    "Page Expired) without it (--pusher)."),
        QStringLiteral("token"));
    const QCommandLineOption masterKeyOption(
        QStringLiteral("encryption-master-key"),
        QCoreApplication::translate("main",
                                    "Base64 of the 32-byte key the private-encrypted channels' shared secrets derive "
                                    "from (--pusher; default: a fixed test key)."),
        QStringLiteral("base64"));
    const QCommandLineOption forbidOption(
        QStringLiteral("forbid-channel-prefix"),
        QCoreApplication::translate("main",
                                    "The auth endpoints answer 403 for channels starting with this (--pusher, "
                                    "repeatable)."),
        QStringLiteral("prefix"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QCoreApplication::translate("main",
                                    "A control command to run once listening, e.g. \"rest 429 2 --once\" "
                                    "(repeatable)."),
        QStringLiteral("command"));
    const QCommandLineOption noStdinOption(QStringLiteral("no-stdin"),
                                           QCoreApplication::translate("main", "Do not read control commands."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QCoreApplication::translate("main", "Log every request and ping."));
    parser.addOptions({portOption,     bindOption,         seedOption,      rateOption,   streamRateOption,
                       appKeyOption,   epochOption,        appSecretOption, apiKeyOption, userOption,
                       firehoseOption, activityOption,     pingOption,      pongOption,   backoffOption,
                       bareOption,     relativeAuthOption, snakeOption,     faultOption,  noStdinOption,
                       verboseOption,  pusherOption,       appIdOption,     csrfOption,   masterKeyOption,
                       forbidOption});
    parser.process(app);

    auto fail = [](const QString &message) {
        printLine(stderr, QStringLiteral("shuriken-sim: ") + message);
        return 2;
    };

    SimulatorConfig config;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QCoreApplication::translate("main", "--port must be 0-65535"));
    if (!config.bindAddress.setAddress(parser.value(bindOption)))
        return fail(QCoreApplication::translate("main", "--bind needs an IP address"));
    if (!config.bindAddress.isLoopback()) {
        printLine(stderr,
                  QCoreApplication::translate("main",
                                              "warning: listening on %1, which is not a loopback "
                                              "address: other machines can reach the simulator")
                      .arg(config.bindAddress.toString()));
    }
    config.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("main", "--seed must be a non-negative integer"));
    config.rateMultiplier = parser.value(rateOption).toDouble(&ok);
    if (!ok || config.rateMultiplier < 0)
        return fail(QCoreApplication::translate("main", "--rate must be a non-negative number"));
    for (const QString &entry : parser.values(streamRateOption)) {
        const qsizetype equals = entry.indexOf(u'=');
        const double rate = entry.mid(equals + 1).toDouble(&ok);
        if (equals <= 0 || !ok || rate < 0)
            return fail(QCoreApplication::translate("main", "--stream-rate needs stream=rate, got \"%1\"").arg(entry));
        config.streamRates.insert(entry.left(equals), rate);
    }
    config.appKey = parser.value(appKeyOption);
    config.epoch = parser.value(epochOption).toUInt(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("main", "--epoch must be a non-negative integer"));
    const QString secretFromEnv = qEnvironmentVariable("SHURIKEN_SIM_APP_SECRET");
    if (parser.isSet(appSecretOption))
        config.appSecret = parser.value(appSecretOption);
    else if (!secretFromEnv.isEmpty())
        config.appSecret = secretFromEnv;
    config.apiKey
        = parser.isSet(apiKeyOption) ? parser.value(apiKeyOption) : qEnvironmentVariable("SHURIKEN_SIM_API_KEY");
    config.userId = parser.value(userOption);
    if (config.appKey.isEmpty() || config.appSecret.isEmpty() || config.userId.isEmpty())
        return fail(QCoreApplication::translate("main", "--app-key, --app-secret and --user-id must not be empty"));
    if (parser.isSet(firehoseOption)) {
        config.firehoseCount = parser.value(firehoseOption).toULongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("main", "--firehose needs a count"));
    }
    config.activityTimeoutSeconds = parser.value(activityOption).toInt(&ok);
    if (!ok || config.activityTimeoutSeconds < 1)
        return fail(QCoreApplication::translate("main", "--activity-timeout must be at least 1"));
    if (parser.isSet(pingOption)) {
        config.serverPingIntervalMs = parser.value(pingOption).toInt(&ok);
        if (!ok || config.serverPingIntervalMs < 1)
            return fail(QCoreApplication::translate("main", "--ping-interval must be a positive number of ms"));
    }
    config.pongTimeoutMs = parser.value(pongOption).toInt(&ok);
    if (!ok || config.pongTimeoutMs < 1)
        return fail(QCoreApplication::translate("main", "--pong-timeout must be a positive number of ms"));
    if (parser.isSet(backoffOption)) {
        config.reconnectBackoffMs.clear();
        for (const QString &step : parser.value(backoffOption).split(u',')) {
            const qint64 delay = step.trimmed().toLongLong(&ok);
            if (!ok || delay < 0)
                return fail(
                    QCoreApplication::translate("main", "--backoff needs comma-separated milliseconds, got \"%1\"")
                        .arg(parser.value(backoffOption)));
            config.reconnectBackoffMs.append(delay);
        }
    }
    config.wrapSessionInData = !parser.isSet(bareOption);
    config.relativeAuthEndpoint = parser.isSet(relativeAuthOption);
    if (parser.isSet(snakeOption))
        config.notificationCasing = NotificationCasing::SnakeCase;
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("shuriken.sim.debug=true"));
    config.genericPusher = parser.isSet(pusherOption);
    config.appId = parser.value(appIdOption);
    if (config.appId.isEmpty())
        return fail(QCoreApplication::translate("main", "--app-id must not be empty"));
    config.csrfToken = parser.value(csrfOption).toUtf8();
    if (parser.isSet(masterKeyOption)) {
        QString keyError;
        config.encryptionMasterKey = shuriken::pusher::decodeSecretKey(parser.value(masterKeyOption), &keyError);
        if (config.encryptionMasterKey.isEmpty())
            return fail(QCoreApplication::translate("main", "--encryption-master-key: %1").arg(keyError));
    }
    config.forbiddenChannelPrefixes = parser.values(forbidOption);

    SimulatorServer server(config);
    if (!server.start(quint16(port)))
        return fail(server.errorString());

    printLine(
        stdout,
        QCoreApplication::translate("main", "Shuriken simulator listening on %1").arg(server.baseUrl().toString()));
    printLine(stderr,
              QCoreApplication::translate("main", "WebSocket %1 (app key %2, epoch %3); type help for commands")
                  .arg(server.webSocketUrl().toString(QUrl::RemoveQuery), config.effectiveAppKey())
                  .arg(config.epoch));
    if (config.genericPusher) {
        printLine(stderr,
                  QCoreApplication::translate("main",
                                              "Generic Pusher mode: auth endpoint %1/pusher/auth, user auth "
                                              "%1/pusher/user-auth, HTTP API %1/apps/%2/")
                      .arg(server.baseUrl().toString(), config.appId));
    }

    SimulatorControl control(&server);
    bool quitting = false;
    auto shutdown = [&] {
        if (quitting)
            return;
        quitting = true;
        server.stop();
        // Let the close frames go out before the process ends.
        QTimer::singleShot(200, &app, &QCoreApplication::quit);
    };
    auto runCommand = [&](const QString &line) {
        const ControlResult result = control.execute(line);
        printLine(result.ok ? stdout : stderr, result.output);
        if (result.quitRequested)
            shutdown();
    };
    for (const QString &command : parser.values(faultOption)) {
        const ControlResult result = control.execute(command);
        if (!result.ok)
            return fail(QStringLiteral("--fault \"%1\": %2").arg(command, result.output));
        printLine(stdout, result.output);
    }
    if (!parser.isSet(noStdinOption))
        new StdinReader(runCommand, &app);

#ifdef Q_OS_UNIX
    if (::pipe(g_signalPipe) == 0) {
        ::fcntl(g_signalPipe[1], F_SETFL, O_NONBLOCK);
        auto *signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(signalNotifier, &QSocketNotifier::activated, &app, [&, signalNotifier] {
            char byte;
            [[maybe_unused]] const auto readBytes = ::read(g_signalPipe[0], &byte, 1);
            signalNotifier->setEnabled(false);
            shutdown();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
#endif

    return app.exec();
}
