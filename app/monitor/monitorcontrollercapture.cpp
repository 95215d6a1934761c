// MonitorController's capture mode: an opened capture is an offline session, replayed through
// the client's live path (StreamClient's replay mode, CaptureReplayer).

#include "capturefile.h"
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
    auto contents = capture::readCaptureFile(fileName, error);
    if (!contents)
        return false;
    const QList<SubscriptionRequest> requests = CaptureReplayer::subscriptionsOf(contents->capture);
    if (requests.isEmpty()) {
        if (error)
            *error = tr("the capture holds no subscription to replay");
        return false;
    }

    // The live session goes, and stays saved as it was: nothing of the capture is saved
    // (saving stays suspended until the capture is closed).
    endSession();
    m_recorder->clear();
    m_http->clear();
    m_timeline->clear();
    // The whole capture stays in the recorder while it is open, whatever the live limits.
    m_recorder->setLimits({std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max() / 1000});
    m_recorder->setHeader(contents->capture.header);
    m_catalogError.clear();
    m_catalog->setCatalog(catalogOf(contents->capture.header));
    Q_EMIT catalogLoaded(m_catalog->catalog().source, QString());

    m_client->setReplayMode(true);
    for (const SubscriptionRequest &request : requests)
        m_client->subscribe(request.stream, request.filter);

    m_captureInfo = CaptureInfo();
    m_captureInfo.fileName = fileName;
    m_captureInfo.entries = contents->capture.entries.size();
    m_captureInfo.warnings = contents->warnings;
    if (!contents->capture.entries.isEmpty()) {
        m_captureInfo.startUs = capture::entryTimeUs(contents->capture.entries.constFirst());
        m_captureInfo.endUs = capture::entryTimeUs(contents->capture.entries.constLast());
    }
    m_replayer = new CaptureReplayer(m_client, this);
    connect(m_replayer, &CaptureReplayer::entryReplayed, this, &MonitorController::onReplayedEntry);
    connect(m_replayer, &CaptureReplayer::restarted, this, [this] {
        // A backward seek replays from the start: the views start over with it.
        m_recorder->clear();
        m_http->clear();
        m_timeline->clear();
    });
    m_replayer->setCapture(std::move(contents->capture));
    qCInfo(lcMonitor) << "opened capture" << fileName << m_captureInfo.entries << "entries";
    Q_EMIT captureOpened(m_captureInfo);
    m_replayer->start();
    return true;
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
