#include "controlcommand.h"

#include "pushermessage.h"
#include "simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace shuriken::sim {

using pusher::isValidChannelName;

namespace {

ControlResult failure(const QString &message)
{
    return ControlResult {false, message, false};
}

ControlResult success(const QString &message)
{
    return ControlResult {true, message, false};
}

/// Parses "--path session,auth" (repeatable) into endpoint flags; the other words are returned
/// through @p rest.
std::optional<RestEndpoints> parsePaths(const QStringList &args, QStringList *rest, QString *error)
{
    RestEndpoints endpoints;
    bool any = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) != QLatin1String("--path")) {
            rest->append(args.at(i));
            continue;
        }
        if (i + 1 >= args.size()) {
            *error = SimulatorControl::tr("--path needs session, auth, streams, user-auth, http-api or all");
            return std::nullopt;
        }
        for (const QString &name : args.at(++i).split(u',', Qt::SkipEmptyParts)) {
            if (name == QLatin1String("session"))
                endpoints |= RestEndpoint::Session;
            else if (name == QLatin1String("auth"))
                endpoints |= RestEndpoint::Auth;
            else if (name == QLatin1String("streams") || name == QLatin1String("catalog"))
                endpoints |= RestEndpoint::Streams;
            else if (name == QLatin1String("user-auth"))
                endpoints |= RestEndpoint::UserAuth;
            else if (name == QLatin1String("http-api"))
                endpoints |= RestEndpoint::HttpApi;
            else if (name == QLatin1String("all"))
                endpoints |= kAllRestEndpoints;
            else {
                *error = SimulatorControl::tr("unknown path \"%1\" (session, auth, streams, user-auth, http-api, all)")
                             .arg(name);
                return std::nullopt;
            }
            any = true;
        }
    }
    return any ? endpoints : kAllRestEndpoints;
}

} // namespace

SimulatorControl::SimulatorControl(SimulatorServer *server)
    : m_server(server)
{ }

QString SimulatorControl::helpText()
{
    return tr(
        "Commands (one per line):\n"
        "  help                                  this text\n"
        "  stats [json]                          connections, channels, events, REST counters; json: the same\n"
        "                                        and every subscribed channel on one line, for scripts\n"
        "  drop                                  cut every WebSocket without a close frame (clients see 1006)\n"
        "  close <code> [reason]                 close every WebSocket with <code>: 4001, 4009, 4100, 4200, 4201, ...\n"
        "  error <code|null> [message]           send pusher:error to every WebSocket, without closing\n"
        "  stop-pongs | start-pongs              stop / resume answering pusher:ping and WebSocket pings\n"
        "  confirm-subscribes on|off             send (or stop sending) subscription_succeeded\n"
        "  channel-error CHANNEL CODE|null MSG   pusher:error naming a channel, to its subscribers\n"
        "  malformed <kind>                      send one bad frame: invalid-json, data-not-string, missing-event,\n"
        "                                        huge (10 MiB), invalid-utf8\n"
        "  rest <status> [retry-after] [--once | --times N] [--path P[,P]]\n"
        "                                        answer REST with 401, 403, 429, 500, 503, ... (P: session, auth,\n"
        "                                        streams, user-auth, http-api, all; auth also covers /pusher/auth\n"
        "                                        and /broadcasting/auth); retry-after is in seconds, sent as\n"
        "                                        Retry-After\n"
        "  rest-delay <ms> [--path P[,P]]        answer REST after <ms>\n"
        "  rest ok                               correct, prompt REST answers again\n"
        "  trigger <channel> <event> <json>      publish an event (the JSON text as its data) to the channel's\n"
        "                                        subscribers; sealed first on private-encrypted- channels\n"
        "  rate <multiplier>                     scale every stream's rate\n"
        "  rate <stream> <events-per-second>     set one stream's rate\n"
        "  firehose <count>                      svm.token.swaps channels publish <count> events as fast as\n"
        "                                        they drain on their next subscription; 0 = normal rates\n"
        "  restart                               cut every connection and listen again on the same port\n"
        "  quit                                  stop the simulator\n"
        "Example: rest 429 1 --once --path session");
}

QStringList SimulatorControl::tokenize(const QString &line, QString *error)
{
    QStringList words;
    QString current;
    bool inWord = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < line.size() && (line.at(i + 1) == u'"' || line.at(i + 1) == u'\\')) {
                current.append(line.at(++i));
            } else if (c == u'"') {
                quoted = false;
            } else {
                current.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(current);
            current.clear();
            inWord = false;
        } else {
            current.append(c);
            inWord = true;
        }
    }
    if (quoted) {
        if (error)
            *error = tr("unterminated quote");
        return {};
    }
    if (inWord)
        words.append(current);
    return words;
}

ControlResult SimulatorControl::execute(const QString &line)
{
    QString error;
    const QStringList words = tokenize(line, &error);
    if (!error.isEmpty())
        return failure(error);
    if (words.isEmpty())
        return success(QString());
    const QString command = words.constFirst().toLower();
    const QStringList args = words.mid(1);

    if (command == QLatin1String("help"))
        return success(helpText());
    if (command == QLatin1String("stats")) {
        if (args.isEmpty())
            return statsText();
        if (args.size() == 1 && args.constFirst() == QLatin1String("json"))
            return statsJson();
        return failure(tr("stats takes nothing or json"));
    }
    if (command == QLatin1String("quit") || command == QLatin1String("exit"))
        return ControlResult {true, tr("stopping"), true};
    if (command == QLatin1String("drop"))
        return success(tr("dropped %n connection(s)", nullptr, m_server->dropAllConnections()));
    if (command == QLatin1String("close")) {
        bool ok = false;
        const int code = args.value(0).toInt(&ok);
        if (!ok || code < 1000 || code > 4999 || (code > 1003 && code < 1007) || (code > 1011 && code < 3000))
            return failure(tr("close needs a close code: 1000-1003, 1007-1011 or 3000-4999"));
        const QString reason = args.mid(1).join(u' ');
        return success(
            tr("closed %n connection(s) with %1", nullptr, m_server->closeAllConnections(code, reason)).arg(code));
    }
    if (command == QLatin1String("error")) {
        if (args.isEmpty())
            return failure(tr("error needs a code (or null) and a message"));
        std::optional<int> code;
        if (args.constFirst() != QLatin1String("null")) {
            bool ok = false;
            code = args.constFirst().toInt(&ok);
            if (!ok)
                return failure(tr("error code must be a number or null"));
        }
        QString message = args.mid(1).join(u' ');
        if (message.isEmpty())
            message = tr("Simulated error");
        return success(tr("sent pusher:error to %n connection(s)", nullptr, m_server->sendPusherError(code, message)));
    }
    if (command == QLatin1String("stop-pongs")) {
        m_server->setPongsEnabled(false);
        return success(tr("no longer answering pings"));
    }
    if (command == QLatin1String("start-pongs")) {
        m_server->setPongsEnabled(true);
        return success(tr("answering pings again"));
    }
    if (command == QLatin1String("confirm-subscribes")) {
        const QString value = args.value(0);
        if (args.size() != 1 || (value != QLatin1String("on") && value != QLatin1String("off")))
            return failure(tr("confirm-subscribes needs on or off"));
        m_server->setSubscribeConfirmationsEnabled(value == QLatin1String("on"));
        return success(value == QLatin1String("on") ? tr("confirming subscriptions again")
                                                    : tr("no longer confirming subscriptions"));
    }
    if (command == QLatin1String("channel-error")) {
        if (args.size() < 2)
            return failure(tr("channel-error needs a channel, a code (or null) and a message"));
        std::optional<int> code;
        if (args.at(1) != QLatin1String("null")) {
            bool ok = false;
            code = args.at(1).toInt(&ok);
            if (!ok)
                return failure(tr("error code must be a number or null"));
        }
        QString message = args.mid(2).join(u' ');
        if (message.isEmpty())
            message = tr("Simulated error");
        return success(tr("sent pusher:error to %n connection(s)", nullptr,
                          m_server->sendChannelPusherError(args.constFirst(), code, message)));
    }
    if (command == QLatin1String("malformed")) {
        const auto kind = malformedFrameFromName(args.value(0));
        if (!kind)
            return failure(
                tr("malformed needs one of: invalid-json, data-not-string, missing-event, huge, invalid-utf8"));
        return success(
            tr("sent %1 to %n connection(s)", nullptr, m_server->sendMalformedFrame(*kind)).arg(args.value(0)));
    }
    if (command == QLatin1String("trigger"))
        return trigger(line, args);
    if (command == QLatin1String("rest"))
        return rest(args);
    if (command == QLatin1String("rest-delay"))
        return restDelay(args);
    if (command == QLatin1String("rate")) {
        bool ok = false;
        if (args.size() == 1) {
            const double multiplier = args.constFirst().toDouble(&ok);
            if (!ok || multiplier < 0)
                return failure(tr("rate needs a non-negative multiplier"));
            m_server->setRateMultiplier(multiplier);
            return success(tr("rate multiplier %1").arg(multiplier));
        }
        if (args.size() == 2) {
            const double rate = args.at(1).toDouble(&ok);
            if (!ok || rate < 0)
                return failure(tr("rate needs a non-negative number of events per second"));
            m_server->setStreamRate(args.constFirst(), rate);
            return success(tr("%1: %2 events/s (before the multiplier)").arg(args.constFirst()).arg(rate));
        }
        return failure(tr("rate <multiplier> | rate <stream> <events-per-second>"));
    }
    if (command == QLatin1String("firehose")) {
        bool ok = false;
        const qulonglong count = args.value(0).toULongLong(&ok);
        if (!ok)
            return failure(tr("firehose needs a count (0 = off)"));
        m_server->setFirehoseCount(count);
        return success(count ? tr("firehose armed: %1 events per svm.token.swaps subscription").arg(count)
                             : tr("firehose off"));
    }
    if (command == QLatin1String("restart")) {
        if (!m_server->restart())
            return failure(tr("restart failed: %1").arg(m_server->errorString()));
        return success(tr("restarted on %1").arg(m_server->baseUrl().toString()));
    }
    return failure(tr("unknown command \"%1\"; type help").arg(command));
}

ControlResult SimulatorControl::rest(const QStringList &args)
{
    if (args.size() == 1 && args.constFirst() == QLatin1String("ok")) {
        m_server->clearRestFaults();
        return success(tr("REST answers normally again"));
    }
    QString error;
    QStringList words;
    const auto endpoints = parsePaths(args, &words, &error);
    if (!endpoints)
        return failure(error);
    RestFault fault;
    fault.endpoints = *endpoints;
    bool haveStatus = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        bool ok = false;
        if (word == QLatin1String("--once")) {
            fault.remaining = 1;
        } else if (word == QLatin1String("--times")) {
            const int times = words.value(++i).toInt(&ok);
            if (!ok || times < 1)
                return failure(tr("--times needs a positive count"));
            fault.remaining = times;
        } else if (!haveStatus) {
            fault.status = word.toInt(&ok);
            if (!ok || fault.status < 400 || fault.status > 599)
                return failure(tr("rest needs an HTTP error status (400-599) or ok"));
            haveStatus = true;
        } else if (!fault.retryAfterSeconds) {
            const int seconds = word.toInt(&ok);
            if (!ok || seconds < 0)
                return failure(tr("retry-after must be a number of seconds"));
            fault.retryAfterSeconds = seconds;
        } else {
            return failure(tr("unexpected \"%1\"; type help").arg(word));
        }
    }
    if (!haveStatus)
        return failure(tr("rest needs an HTTP error status (400-599) or ok"));
    m_server->addRestFault(fault);
    return success(fault.remaining < 0
                       ? tr("REST answers %1 until \"rest ok\"").arg(fault.status)
                       : tr("REST answers %1 for the next %n request(s)", nullptr, fault.remaining).arg(fault.status));
}

ControlResult SimulatorControl::trigger(const QString &line, const QStringList &args)
{
    if (args.size() < 3)
        return failure(tr("trigger needs a channel, an event name and JSON data"));
    const QString &channel = args.at(0);
    const QString &event = args.at(1);
    if (!isValidChannelName(channel))
        return failure(tr("\"%1\" is not a valid channel name").arg(channel));
    // The JSON is taken from the raw line: the tokenizer would eat its quotes. Channel and
    // event names cannot hold blanks or quotes, so the data starts after the third word.
    static const QRegularExpression blank(QStringLiteral("\\s"));
    QString data = line.trimmed();
    for (int word = 0; word < 3; ++word) {
        const qsizetype at = data.indexOf(blank);
        data = at < 0 ? QString() : data.mid(at).trimmed();
    }
    // QJsonDocument holds no bare scalars: check the data as the one element of an array.
    QJsonParseError parseError {};
    const QJsonDocument wrapped
        = QJsonDocument::fromJson(QByteArray("[") + data.toUtf8() + QByteArray("]"), &parseError);
    if (data.isEmpty() || parseError.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return failure(tr("trigger needs valid JSON data, e.g. {\"message\":\"hi\"}"));
    const int reached = m_server->trigger(channel, event, data.toUtf8());
    return success(tr("triggered %1 on %2 to %n subscriber(s)", nullptr, reached).arg(event, channel));
}

ControlResult SimulatorControl::restDelay(const QStringList &args)
{
    QString error;
    QStringList words;
    const auto endpoints = parsePaths(args, &words, &error);
    if (!endpoints)
        return failure(error);
    bool ok = false;
    const int delay = words.value(0).toInt(&ok);
    if (!ok || delay < 0 || words.size() != 1)
        return failure(tr("rest-delay needs a delay in milliseconds"));
    m_server->setRestDelay(delay, *endpoints);
    return success(tr("REST answers after %1 ms").arg(delay));
}

ControlResult SimulatorControl::statsText() const
{
    const SimulatorStats stats = m_server->stats();
    QStringList lines;
    lines << tr("listening: %1").arg(m_server->isListening() ? m_server->baseUrl().toString() : tr("no"));
    lines << tr("websockets: %1 open, %2 accepted").arg(stats.webSocketConnections).arg(stats.connectionsAccepted);
    lines << tr("channels: %1 active, %2 subscriptions").arg(stats.activeChannels).arg(stats.subscriptions);
    lines << tr("silent subscriptions (to channels this server never resolved): %1").arg(stats.silentSubscriptions);
    lines << tr("events: %1 published, %2 frames sent, %3 bytes sent, %4 skipped for backlog")
                 .arg(stats.eventsPublished)
                 .arg(stats.framesSent)
                 .arg(stats.bytesSent)
                 .arg(stats.backlogSkips);
    for (auto it = stats.eventsByStream.cbegin(); it != stats.eventsByStream.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value());
    QStringList statuses;
    for (auto it = stats.restResponsesByStatus.cbegin(); it != stats.restResponsesByStatus.cend(); ++it)
        statuses << QStringLiteral("%1×%2").arg(it.key()).arg(it.value());
    lines << tr("rest: %1 requests (%2)").arg(stats.restRequests).arg(statuses.join(QStringLiteral(", ")));
    if (m_server->config().genericPusher) {
        lines << tr("generic Pusher mode: %1 events triggered, %2 client events forwarded")
                     .arg(stats.eventsTriggered)
                     .arg(stats.clientEventsForwarded);
    }
    lines << tr("bad client messages: %1, faults injected: %2, pongs: %3")
                 .arg(stats.badClientMessages)
                 .arg(stats.faultsInjected)
                 .arg(m_server->pongsEnabled() ? tr("on") : tr("off"));
    return success(lines.join(u'\n'));
}

ControlResult SimulatorControl::statsJson() const
{
    const SimulatorStats stats = m_server->stats();
    const SimulatorConfig &config = m_server->config();
    QJsonObject statuses;
    for (auto it = stats.restResponsesByStatus.cbegin(); it != stats.restResponsesByStatus.cend(); ++it)
        statuses.insert(QString::number(it.key()), qint64(it.value()));
    QJsonArray channels;
    for (const ChannelStats &channel : m_server->channelStats()) {
        channels.append(QJsonObject {
            {QStringLiteral("name"), channel.name},
            {QStringLiteral("stream"), channel.streamId.isEmpty() ? QJsonValue() : QJsonValue(channel.streamId)},
            {QStringLiteral("subscribers"), channel.subscribers},
            {QStringLiteral("lastSeq"), qint64(channel.lastSeq)},
        });
    }
    const QJsonObject object {
        {QStringLiteral("listening"), m_server->isListening()},
        {QStringLiteral("epoch"), qint64(config.epoch)},
        {QStringLiteral("appKey"), config.effectiveAppKey()},
        {QStringLiteral("webSocketConnections"), stats.webSocketConnections},
        {QStringLiteral("connectionsAccepted"), qint64(stats.connectionsAccepted)},
        {QStringLiteral("activeChannels"), stats.activeChannels},
        {QStringLiteral("subscriptions"), stats.subscriptions},
        {QStringLiteral("silentSubscriptions"), stats.silentSubscriptions},
        {QStringLiteral("eventsPublished"), qint64(stats.eventsPublished)},
        {QStringLiteral("framesSent"), qint64(stats.framesSent)},
        {QStringLiteral("restRequests"), qint64(stats.restRequests)},
        {QStringLiteral("restResponsesByStatus"), statuses},
        {QStringLiteral("badClientMessages"), qint64(stats.badClientMessages)},
        {QStringLiteral("faultsInjected"), qint64(stats.faultsInjected)},
        {QStringLiteral("eventsTriggered"), qint64(stats.eventsTriggered)},
        {QStringLiteral("clientEventsForwarded"), qint64(stats.clientEventsForwarded)},
        {QStringLiteral("genericPusher"), config.genericPusher},
        {QStringLiteral("pongs"), m_server->pongsEnabled()},
        {QStringLiteral("channels"), channels},
    };
    return success(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace shuriken::sim
