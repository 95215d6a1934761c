#include "capturecommand.h"

#include "capturereplayer.h"
#include "framerecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace shuriken::cli {

CaptureRecording::CaptureRecording(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &CaptureRecording::flush);
}

CaptureRecording::~CaptureRecording()
{
    m_tap.attach(nullptr);
    m_writer.close();
}

bool CaptureRecording::start(StreamClient *client, const QString &fileName, const capture::CaptureHeader &header,
                             QString *error)
{
    m_fileName = fileName;
    if (!m_writer.open(fileName, header)) {
        if (error)
            *error = QCoreApplication::translate("shuriken-stream", "cannot write the capture \"%1\": %2")
                         .arg(fileName, m_writer.errorString());
        return false;
    }
    // Each entry goes to the writer by a plain call: a signal per frame would cost the
    // firehose more than the record.
    m_tap.setSink([this](const capture::CaptureEntry &entry) { write(entry); });
    m_tap.setFrameSink([this](const pusher::FrameView &frame) { write(frame); });
    m_tap.attach(client);
    m_flushTimer.start();
    return true;
}

void CaptureRecording::write(const capture::CaptureEntry &entry)
{
    if (m_error.isEmpty())
        account(m_writer.write(entry));
}

void CaptureRecording::write(const pusher::FrameView &frame)
{
    if (m_error.isEmpty())
        account(m_writer.write(frame));
}

void CaptureRecording::account(bool written)
{
    if (!written) {
        stopWith(m_writer.errorString());
        return;
    }
    ++m_written;
}

void CaptureRecording::flush()
{
    if (m_error.isEmpty() && !m_writer.flush())
        stopWith(m_writer.errorString());
}

void CaptureRecording::stopWith(const QString &reason)
{
    m_error = QCoreApplication::translate("shuriken-stream", "recording to \"%1\" stopped: %2").arg(m_fileName, reason);
    m_flushTimer.stop();
    m_tap.attach(nullptr);
    // Reported once the client's handler that wrote the entry has returned.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT failed(m_error); }, Qt::QueuedConnection);
}

bool CaptureRecording::finish(QString *error)
{
    m_flushTimer.stop();
    m_tap.attach(nullptr);
    if (m_error.isEmpty() && m_writer.isOpen() && !m_writer.close())
        m_error = QCoreApplication::translate("shuriken-stream", "recording to \"%1\" stopped: %2")
                      .arg(m_fileName, m_writer.errorString());
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}

QList<SubscriptionRequest> narrowSubscriptions(const QList<SubscriptionRequest> &available,
                                               const QList<SubscriptionRequest> &wanted, QString *error)
{
    if (wanted.isEmpty())
        return available;
    QSet<QString> availableKeys;
    for (const SubscriptionRequest &request : available)
        availableKeys.insert(request.key());
    QSet<QString> wantedKeys;
    for (const SubscriptionRequest &request : wanted) {
        if (!availableKeys.contains(request.key())) {
            QStringList keys;
            for (const SubscriptionRequest &known : available)
                keys.append(known.key());
            if (error)
                *error
                    = QCoreApplication::translate("shuriken-stream", "the capture has no subscription %1 (it has: %2)")
                          .arg(request.key(), keys.isEmpty() ? QStringLiteral("-") : keys.join(QStringLiteral(", ")));
            return {};
        }
        wantedKeys.insert(request.key());
    }
    QList<SubscriptionRequest> result;
    for (const SubscriptionRequest &request : available) {
        if (wantedKeys.contains(request.key()))
            result.append(request);
    }
    return result;
}

std::optional<double> parseReplaySpeed(const QString &text)
{
    if (text == QLatin1String("max"))
        return CaptureReplayer::MaxSpeed;
    if (text == QLatin1String("1") || text == QLatin1String("10") || text == QLatin1String("100"))
        return text.toDouble();
    return std::nullopt;
}

} // namespace shuriken::cli
