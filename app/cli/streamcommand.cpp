#include "streamcommand.h"

#include "eventjsonline.h"
#include "eventtableline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

namespace shuriken::cli {

namespace {

// QFile buffers; other devices write through.
void flush(QIODevice *device)
{
    if (auto *file = qobject_cast<QFile *>(device))
        file->flush();
}

QString failureText(Subscription::Failure failure)
{
    return QString::fromLatin1(QMetaEnum::fromType<Subscription::Failure>().valueToKey(int(failure)));
}

} // namespace

StreamCommand::StreamCommand(StreamClient *client, StreamCommandOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    // Buffered writes: at firehose rates a flush per line would cost more than the decoding.
    m_out = m_options.eventOutput;
    if (!m_out) {
        (void)m_stdout.open(stdout, QIODevice::WriteOnly);
        m_out = &m_stdout;
    }
    m_err = m_options.diagnosticOutput;
    if (!m_err) {
        (void)m_stderr.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        m_err = &m_stderr;
    }

    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this, [this] { finish(ExitOk); });

    connect(m_client, &StreamClient::eventsReceived, this, &StreamCommand::onEvents);
    connect(m_client, &StreamClient::stateChanged, this, &StreamCommand::onStateChanged);
    connect(m_client, &StreamClient::subscriptionStatusChanged, this, &StreamCommand::onSubscriptionStatusChanged);
    connect(m_client, &StreamClient::errorOccurred, this, [this](const QString &message) {
        writeDiagnostic({{QStringLiteral("type"), QStringLiteral("error")},
                         {QStringLiteral("time"), nowText()},
                         {QStringLiteral("message"), message}});
    });
    connect(m_client, &StreamClient::userSignedIn, this, [this](const QJsonObject &user) {
        writeDiagnostic({{QStringLiteral("type"), QStringLiteral("signedIn")},
                         {QStringLiteral("time"), nowText()},
                         {QStringLiteral("user"), user}});
    });
    connect(m_client, &StreamClient::malformedFrameReceived, this, [this](const QString &error) {
        writeDiagnostic({{QStringLiteral("type"), QStringLiteral("malformedFrame")},
                         {QStringLiteral("time"), nowText()},
                         {QStringLiteral("message"), error}});
    });
}

void StreamCommand::start()
{
    m_elapsed.start();
    for (const auto &request : std::as_const(m_options.subscriptions)) {
        Subscription *subscription = m_client->subscribe(request.stream, request.filter);
        m_subscriptions.append(subscription);
        watchMembers(subscription);
    }
    if (m_options.durationSeconds > 0)
        m_durationTimer.start(int(m_options.durationSeconds * 1000));
    m_client->connectToService();
}

void StreamCommand::watchMembers(Subscription *subscription)
{
    // Presence: who is on the channel, as diagnostic records (stderr), one per change.
    const auto member = [this, subscription](const QString &change, const QString &userId, const QJsonValue &info) {
        QJsonObject record {{QStringLiteral("type"), QStringLiteral("member")},
                            {QStringLiteral("time"), nowText()},
                            {QStringLiteral("channel"), subscription->channel()},
                            {QStringLiteral("change"), change},
                            {QStringLiteral("userId"), userId},
                            {QStringLiteral("members"), subscription->members().size()}};
        if (!info.isUndefined())
            record.insert(QStringLiteral("userInfo"), info);
        if (userId == subscription->ownUserId())
            record.insert(QStringLiteral("self"), true);
        writeDiagnostic(record);
    };
    connect(subscription, &Subscription::membersReset, this, [subscription, member] {
        for (const pusher::PresenceMember &m : subscription->members())
            member(QStringLiteral("present"), m.userId, m.userInfo);
    });
    connect(subscription, &Subscription::memberAdded, this,
            [member](const pusher::PresenceMember &m) { member(QStringLiteral("added"), m.userId, m.userInfo); });
    connect(subscription, &Subscription::memberRemoved, this,
            [member](const QString &userId) { member(QStringLiteral("removed"), userId, QJsonValue::Undefined); });
}

void StreamCommand::stop(int exitCode)
{
    finish(exitCode);
}

void StreamCommand::reportWarning(const QString &message)
{
    writeDiagnostic({{QStringLiteral("type"), QStringLiteral("warning")},
                     {QStringLiteral("time"), nowText()},
                     {QStringLiteral("message"), message}});
}

void StreamCommand::fail(const QString &message, int exitCode)
{
    if (m_finished)
        return;
    writeDiagnostic({{QStringLiteral("type"), QStringLiteral("fatal")},
                     {QStringLiteral("time"), nowText()},
                     {QStringLiteral("message"), message}});
    finish(exitCode);
}

QString StreamCommand::nowText() const
{
    return formatReceivedAt(m_options.clockUs ? m_options.clockUs() : QDateTime::currentMSecsSinceEpoch() * 1000);
}

void StreamCommand::onEvents(const StreamEventBatch &batch)
{
    if (m_finished)
        return;
    for (const auto &event : batch) {
        if (!passesFilter(event)) {
            ++m_filteredOut;
            continue;
        }
        if (!m_firstEventAtUs)
            m_firstEventAtUs = event.receivedAtUs;
        m_lastEventAtUs = event.receivedAtUs;
        if (!m_options.quiet)
            writeEvent(event);
        ++m_written;
        if (m_options.count > 0 && m_written >= m_options.count) {
            finish(ExitOk);
            return;
        }
    }
}

bool StreamCommand::passesFilter(const StreamEvent &event)
{
    if (!m_options.filter.isValid())
        return true;
    auto binding = m_filterBindings.constFind(event.stream);
    if (binding == m_filterBindings.constEnd())
        binding = m_filterBindings.insert(event.stream, m_options.filter.bind(m_schemas.schemaFor(event.stream)));
    return m_options.filter.matches(FilterRowContext::fromEvent(event, &*binding));
}

void StreamCommand::writeEvent(const StreamEvent &event)
{
    if (m_options.output == StreamCommandOptions::Output::Table) {
        auto formatter = m_formatters.constFind(event.stream);
        if (formatter == m_formatters.constEnd())
            formatter = m_formatters.insert(event.stream, EventFormatter(m_schemas.schemaFor(event.stream)));
        m_out->write(eventTableLine(*formatter, event));
        return;
    }
    QByteArray line;
    if (m_client->isDirect())
        appendPusherEventJsonLine(line, event);
    else
        appendEventJsonLine(line, event);
    m_out->write(line);
}

void StreamCommand::onSubscriptionStatusChanged(Subscription *subscription, Subscription::Status status,
                                                const QString &reason)
{
    QJsonObject record {{QStringLiteral("type"), QStringLiteral("subscription")},
                        {QStringLiteral("time"), nowText()},
                        {QStringLiteral("subscription"), subscription->key()},
                        {QStringLiteral("status"), Subscription::statusText(status)},
                        {QStringLiteral("channel"), subscription->channel()}};
    if (!reason.isEmpty())
        record.insert(QStringLiteral("reason"), reason);
    if (status == Subscription::Status::Error)
        record.insert(QStringLiteral("failure"), failureText(subscription->failure()));
    writeDiagnostic(record);

    // Checked once the client has finished what it is doing: it may be failing every
    // subscription on its way to failing as a whole, and then its own error (lastError(), in
    // onStateChanged()) is the one to report; and the command must not end the client's run
    // from inside the client's own handler.
    if (subscription->hasFailedPermanently() && !m_failureCheckQueued && m_subscriptions.contains(subscription)) {
        m_failureCheckQueued = true;
        QMetaObject::invokeMethod(this, &StreamCommand::finishIfEverySubscriptionFailed, Qt::QueuedConnection);
    }
}

void StreamCommand::finishIfEverySubscriptionFailed()
{
    m_failureCheckQueued = false;
    if (m_finished || m_subscriptions.isEmpty())
        return;
    bool authorization = false;
    QJsonArray reasons;
    for (const QPointer<Subscription> &tracked : std::as_const(m_subscriptions)) {
        const Subscription *subscription = tracked.data();
        if (subscription == nullptr || !subscription->hasFailedPermanently())
            return; // one can still deliver events
        authorization |= subscription->failure() == Subscription::Failure::Authorization;
        reasons.append(QJsonObject {{QStringLiteral("subscription"), subscription->key()},
                                    {QStringLiteral("failure"), failureText(subscription->failure())},
                                    {QStringLiteral("reason"), subscription->statusReason()}});
    }
    writeDiagnostic({{QStringLiteral("type"), QStringLiteral("fatal")},
                     {QStringLiteral("time"), nowText()},
                     {QStringLiteral("message"),
                      QCoreApplication::translate("shuriken-stream", "every subscription failed for good")},
                     {QStringLiteral("subscriptions"), reasons}});
    // Authorization wins over other failures: it is the one the user can fix with the key or its
    // permissions, and exit code 3 is what scripts check for that.
    finish(authorization ? ExitAuthentication : ExitConnectionFailed);
}

void StreamCommand::writeDiagnostic(const QJsonObject &record)
{
    m_err->write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
}

void StreamCommand::onStateChanged(StreamClient::State state, const QString &reason)
{
    QJsonObject record {{QStringLiteral("type"), QStringLiteral("state")},
                        {QStringLiteral("time"), nowText()},
                        {QStringLiteral("state"), StreamClient::stateText(state)}};
    if (!reason.isEmpty())
        record.insert(QStringLiteral("reason"), reason);
    if (state == StreamClient::State::Connected)
        record.insert(QStringLiteral("socketId"), m_client->socketId());
    writeDiagnostic(record);

    if (state != StreamClient::State::Failed)
        return;
    const auto error = m_client->lastError();
    const bool authentication
        = error && (error->kind() == ApiError::Kind::Unauthorized || error->kind() == ApiError::Kind::Forbidden);
    writeDiagnostic({{QStringLiteral("type"), QStringLiteral("fatal")},
                     {QStringLiteral("time"), nowText()},
                     {QStringLiteral("message"), error ? error->displayText() : reason}});
    finish(authentication ? ExitAuthentication : ExitConnectionFailed);
}

void StreamCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_durationTimer.stop();
    flush(m_out);

    const auto counters = m_client->counters();
    const double seconds = m_elapsed.isValid() ? double(m_elapsed.nsecsElapsed()) / 1e9 : 0.0;
    const double streamingSeconds = m_firstEventAtUs ? double(m_lastEventAtUs - *m_firstEventAtUs) / 1e6 : 0.0;
    quint64 gaps = 0;
    for (const Subscription *subscription : m_client->subscriptions())
        gaps += subscription->gapCount();
    const QJsonObject summary {
        {QStringLiteral("type"), QStringLiteral("summary")},
        {QStringLiteral("events"), qint64(m_written)},
        {QStringLiteral("filteredOut"), qint64(m_filteredOut)},
        {QStringLiteral("eventBytes"), qint64(counters.eventBytes)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("eventsPerSecond"), streamingSeconds > 0 ? double(m_written) / streamingSeconds : 0.0},
        {QStringLiteral("gaps"), qint64(gaps)},
        {QStringLiteral("framesIn"), qint64(counters.framesIn)},
        {QStringLiteral("malformedFrames"), qint64(counters.malformedFrames)},
        {QStringLiteral("reconnects"), qint64(counters.reconnects)},
        {QStringLiteral("exitCode"), exitCode},
    };
    if (m_options.quiet) {
        m_out->write(QJsonDocument(summary).toJson(QJsonDocument::Compact) + '\n');
        flush(m_out);
    } else {
        writeDiagnostic(summary);
    }
    Q_EMIT finished(exitCode);
}

} // namespace shuriken::cli
