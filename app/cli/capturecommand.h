#pragma once

// shuriken-stream's captures: --record writes one while the client runs, --replay reads one (or
// a HAR document) back and picks the subscriptions to replay.

#include "capturefile.h"
#include "capturerecord.h"
#include "capturetap.h"
#include "streamclient.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <optional>

namespace shuriken::cli {

/// --record FILE: everything the client reports, written as it happens (gzip for ".gz").
/// Flushed at least once a second and when finished, so a process killed at any moment leaves a
/// file that reads up to its last second.
class CaptureRecording final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureRecording)

public:
    /// How often what was written reaches the file.
    static constexpr int FlushIntervalMs = 1000;

    explicit CaptureRecording(QObject *parent = nullptr);
    ~CaptureRecording() override;

    /// Creates @p fileName, writes @p header and takes what @p client reports from now on. False
    /// with @p error when the file cannot be created.
    bool start(StreamClient *client, const QString &fileName, const capture::CaptureHeader &header, QString *error);
    /// Writes the rest and closes the file; false with @p error when that failed (now or before).
    bool finish(QString *error);

    quint64 entriesWritten() const { return m_written; }

Q_SIGNALS:
    /// Writing failed (disk full, ...): the recording stopped; @p error says why.
    void failed(const QString &error);

private:
    void write(const capture::CaptureEntry &entry);
    void write(const pusher::FrameView &frame);
    void account(bool written);
    void flush();
    void stopWith(const QString &error);

    CaptureTap m_tap;
    capture::CaptureWriter m_writer;
    QTimer m_flushTimer;
    QString m_fileName;
    QString m_error;
    quint64 m_written = 0;
};

/// @p available narrowed to the keys of @p wanted (all of them when @p wanted is empty). Empty
/// with @p error naming the first wanted subscription the capture does not have.
QList<SubscriptionRequest> narrowSubscriptions(const QList<SubscriptionRequest> &available,
                                               const QList<SubscriptionRequest> &wanted, QString *error);

/// --speed: "max" gives CaptureReplayer::MaxSpeed, "1", "10" and "100" the factor.
std::optional<double> parseReplaySpeed(const QString &text);

} // namespace shuriken::cli
