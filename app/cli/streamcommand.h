#pragma once

#include "columnschema.h"
#include "displayfilter.h"
#include "eventformatter.h"
#include "streamclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace shuriken::cli {

/// What the command line asked for, already validated.
struct StreamCommandOptions
{
    enum class Output
    {
        JsonLines,
        Table,
    };

    QList<SubscriptionRequest> subscriptions;
    /// --filter: only events it matches are written and counted; invalid (the default): every
    /// event.
    DisplayFilter filter;
    quint64 count = 0; // 0: unlimited; with a filter, matching events
    double durationSeconds = 0; // 0: unlimited
    Output output = Output::JsonLines;
    bool quiet = false;
    /// Where events and the summary go (stdout when null) and the diagnostic records (stderr
    /// when null); tests pass buffers.
    QIODevice *eventOutput = nullptr;
    QIODevice *diagnosticOutput = nullptr;
    /// The time diagnostic records carry, µs since the epoch: the wall clock when empty; a
    /// replay gives its position, so a replayed record says when it happened.
    std::function<qint64()> clockUs;
};

/// Exit codes, as documented in --help.
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 2,
    ExitAuthentication = 3,
    ExitConnectionFailed = 4,
    /// --replay: the file is not a capture this version reads (missing, damaged, a newer format,
    /// a HAR without a WebSocket); --record: the capture file could not be written.
    ExitCaptureFile = 5,
    /// --replay: the capture was cut short (a writer killed mid-record); everything up to the
    /// cut was replayed.
    ExitCaptureCut = 6,
};

/// Runs one headless session on a StreamClient: subscribes, writes events to stdout as JSON
/// Lines (or a table), state/subscription/error records to stderr as JSON Lines, and finishes
/// when the count or duration is reached, the client fails for good, or every subscription it
/// made has failed for good (the client does not retry those, so nothing would ever arrive).
class StreamCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamCommand)

public:
    StreamCommand(StreamClient *client, StreamCommandOptions options, QObject *parent = nullptr);

    void start();
    /// Ends the run (interrupt, the end of a replay, a recording that failed): prints the
    /// summary and emits finished(@p exitCode).
    void stop(int exitCode = ExitOk);
    /// A `warning` record on the diagnostics (a replay's file was cut short, ...).
    void reportWarning(const QString &message);
    /// A `fatal` record on the diagnostics, then stop(@p exitCode).
    void fail(const QString &message, int exitCode);

Q_SIGNALS:
    /// The run is over; the process should exit with @p exitCode.
    void finished(int exitCode);

private:
    void onEvents(const StreamEventBatch &batch);
    void onStateChanged(StreamClient::State state, const QString &reason);
    void onSubscriptionStatusChanged(Subscription *subscription, Subscription::Status status, const QString &reason);
    /// Finishes (ExitAuthentication or ExitConnectionFailed) if every subscription has failed
    /// permanently, with a `fatal` record that gives each one's reason.
    void finishIfEverySubscriptionFailed();
    /// The options' filter lets @p event through (always, without one).
    bool passesFilter(const StreamEvent &event);
    void writeEvent(const StreamEvent &event);
    void watchMembers(Subscription *subscription);
    void writeDiagnostic(const QJsonObject &record);
    void finish(int exitCode);
    QString nowText() const;

    StreamClient *m_client;
    StreamCommandOptions m_options;
    /// The subscriptions start() made, in the order they were asked for.
    QList<QPointer<Subscription>> m_subscriptions;
    bool m_failureCheckQueued = false;
    // The table output's formatters, one per stream, following the schemas the rows were built with.
    ColumnSchemaSet m_schemas = ColumnSchemaSet::builtIn();
    QHash<QString, EventFormatter> m_formatters;
    // The filter's typed-cell readers, one per stream, for the schemas the rows were built with.
    QHash<QString, FilterBinding> m_filterBindings;
    quint64 m_filteredOut = 0;
    QFile m_stdout;
    QFile m_stderr;
    QIODevice *m_out = nullptr; // m_stdout or the options' device
    QIODevice *m_err = nullptr;
    QTimer m_durationTimer;
    QElapsedTimer m_elapsed;
    quint64 m_written = 0;
    bool m_finished = false;
    /// The time the first event arrived, for the summary's rate.
    std::optional<qint64> m_firstEventAtUs;
    qint64 m_lastEventAtUs = 0;
};

} // namespace shuriken::cli
