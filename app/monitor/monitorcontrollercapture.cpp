// MonitorController's capture mode: an opened capture is an offline session, replayed through
// the client's live path (StreamClient's replay mode, CaptureReplayer).

#include "capturefile.h"
#include "captureindex.h"
#include "capturereplayer.h"
#include "connectiontimelinemodel.h"
#include "flightrecorder.h"
#include "framelogmodel.h"
#include "httplogmodel.h"
#include "monitorcontroller.h"
#include "monitorsettings.h"
#include "streamcatalogmodel.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

#include <limits>

Q_DECLARE_LOGGING_CATEGORY(lcMonitor)

namespace shuriken {

namespace {

/// The capture's catalog as the server sent it; the built-in one when it has none.
StreamCatalog catalogOf(const capture::CaptureHeader &header)
{
    if (!header.catalogJson.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(header.catalogJson);
        QString error;
        if (const auto catalog = StreamCatalog::fromJson(document.object(), &error))
            return *catalog;
        qCWarning(lcMonitor) << "the capture's catalog is unreadable, using the built-in one:" << error;
    }
    return StreamCatalog::builtIn();
}

} // namespace

bool MonitorController::openCapture(const QString &fileName, QString *error)
{
    capture::CaptureReader probe;
    if (probe.open(fileName)) {
        // A native file: its header is sound, the rest is read off the GUI thread.
        startIndexing(fileName);
        return true;
    }
    // A HAR document is one JSON value, read whole; for anything else this says why not.
    auto contents = capture::readCaptureFile(fileName, error);
    if (!contents)
        return false;
    CaptureIndex index = indexCapture(*contents);
    index.fileName = fileName;
    if (index.subscriptions.isEmpty()) {
        if (error)
            *error = tr("the capture holds no subscription to replay");
        return false;
    }
    cancelIndexing();
    auto *replayer = new CaptureReplayer(m_client, this);
    replayer->setCapture(std::move(contents->capture));
    enterCaptureMode(index, replayer);
    return true;
}

void MonitorController::startIndexing(const QString &fileName)
{
    cancelIndexing();
    const quint64 generation = ++m_indexGeneration;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_indexCancelled = cancelled;
    QPointer<MonitorController> self(this);
    m_indexThread = QThread::create([self, fileName, generation, cancelled] {
        qint64 reported = -1;
        CaptureIndex index = indexCaptureFile(fileName, [&](qint64 read, qint64 size) {
            if (cancelled->load())
                return false;
            // At most a hundred reports: each is an event for the GUI thread.
            if (size > 0 && (read == size || read - reported >= size / 100)) {
                reported = read;
                QMetaObject::invokeMethod(
                    self, [self, fileName, read, size] { Q_EMIT self->captureIndexProgress(fileName, read, size); },
                    Qt::QueuedConnection);
            }
            return true;
        });
        QMetaObject::invokeMethod(
            self, [self, generation, index = std::move(index)] { self->onIndexed(generation, index); },
            Qt::QueuedConnection);
    });
    connect(m_indexThread, &QThread::finished, m_indexThread, &QObject::deleteLater);
    m_indexThread->start(QThread::LowPriority);
}

void MonitorController::cancelIndexing()
{
    if (!m_indexThread)
        return;
    m_indexCancelled->store(true);
    // Stops within a few thousand records; its answer carries an old generation and is dropped.
    m_indexThread->wait();
    m_indexThread = nullptr;
    ++m_indexGeneration;
}

void MonitorController::onIndexed(quint64 generation, const CaptureIndex &index)
{
    if (generation != m_indexGeneration)
        return; // a reading cancelled since
    m_indexThread->wait(); // it has handed over its answer; wait() returns at once
    m_indexThread = nullptr;
    QString error = index.error;
    if (error.isEmpty() && index.subscriptions.isEmpty()) {
        error = tr("the capture holds no subscription to replay");
        if (!index.warnings.isEmpty())
            error += QStringLiteral(" (") + index.warnings.join(QStringLiteral("; ")) + u')';
    }
    auto *replayer = new CaptureReplayer(m_client, this);
    if (error.isEmpty() && !replayer->setCaptureFile(index.fileName, &error) && error.isEmpty())
        error = tr("the file cannot be read again");
    if (!error.isEmpty()) {
        delete replayer;
        qCWarning(lcMonitor) << "cannot open capture" << index.fileName << error;
        Q_EMIT captureOpenFailed(index.fileName, error);
        return;
    }
    enterCaptureMode(index, replayer);
}

void MonitorController::enterCaptureMode(const CaptureIndex &index, CaptureReplayer *replayer)
{
    // The live session goes, and stays saved as it was: nothing of the capture is saved
    // (saving stays suspended until the capture is closed).
    endSession();
    m_recorder->clear();
    m_http->clear();
    m_timeline->clear();
    m_recorder->setHeader(index.header);
    m_catalogError.clear();
    m_catalog->setCatalog(catalogOf(index.header));
    Q_EMIT catalogLoaded(m_catalog->catalog().source, QString());

    // A plain Pusher session's channels bind without a Shuriken session: direct mode.
    StreamClient::Options replayOptions = m_client->options();
    replayOptions.pusher.reset();
    if (index.directPusher)
        replayOptions.pusher = PusherSettings::forReplay();
    m_client->setOptions(replayOptions);
    m_client->setReplayMode(true);
    for (const SubscriptionRequest &request : index.subscriptions)
        m_client->subscribe(request.stream, request.filter);

    m_captureInfo = CaptureInfo();
    m_captureInfo.fileName = index.fileName;
    m_captureInfo.entries = index.entries;
    m_captureInfo.warnings = index.warnings;
    m_captureInfo.startUs = index.startUs;
    m_captureInfo.endUs = index.endUs;
    m_replayer = replayer;
    // As much of the capture as the recorder's size allows, whatever its age: a big capture's
    // frames stream from the file, and the recorder keeps the most recent of them, as live.
    applyCapacities();
    connect(m_replayer, &CaptureReplayer::entryReplayed, this, &MonitorController::onReplayedEntry);
    connect(m_replayer, &CaptureReplayer::restarted, this, [this] {
        // A backward seek replays from the start: the views start over with it.
        m_recorder->clear();
        m_http->clear();
        m_timeline->clear();
    });
    qCInfo(lcMonitor) << "opened capture" << index.fileName << m_captureInfo.entries << "entries";
    Q_EMIT captureOpened(m_captureInfo);
    m_replayer->start();
}

void MonitorController::onReplayedEntry(const capture::CaptureEntry &entry)
{
    // Inbound frames reach the recorder from the client, as live; what the client would have
    // sent and the exchanges it would have made come from the recording.
    if (const auto *frame = std::get_if<capture::FrameEntry>(&entry)) {
        if (frame->direction == capture::FrameEntry::Direction::Out)
            m_recorder->recordFrame(capture::FlightRecorder::toFrameRecord(*frame));
    } else if (const auto *http = std::get_if<capture::HttpEntry>(&entry)) {
        m_http->append(http->exchange);
        m_recorder->record(entry);
    } else {
        m_recorder->record(entry);
    }
}

void MonitorController::leaveCaptureMode()
{
    if (!m_replayer)
        return;
    CaptureReplayer *replayer = std::exchange(m_replayer, nullptr);
    disconnect(replayer, nullptr, this, nullptr);
    replayer->pause();
    replayer->deleteLater();
    m_saveSuspended = true;
    m_client->disconnectFromService();
    unsubscribeAll();
    m_client->setReplayMode(false);
    m_saveSuspended = false;
    m_recorder->clear();
    m_recorder->setLimits(m_settings->recorderLimits());
    m_http->clear();
    m_timeline->clear();
    m_captureInfo = CaptureInfo();
    Q_EMIT captureClosed();
}

void MonitorController::closeCapture()
{
    if (!m_replayer)
        return;
    activateProfile(m_profile); // leaves capture mode first
}

} // namespace shuriken
