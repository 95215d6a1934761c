#include "framelogmodel.h"

#include "textutil.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace shuriken {

namespace {

constexpr qsizetype TextColumnChars = 200;

QString firstLine(const QByteArray &utf8)
{
    // Decode only what the column can show (4 bytes per character at most).
    return singleLine(QString::fromUtf8(utf8.left(TextColumnChars * 4)), TextColumnChars);
}

} // namespace

FrameLogModel::FrameLogModel(capture::FlightRecorder *recorder, QObject *parent)
    : QAbstractTableModel(parent)
    , m_recorder(recorder)
    , m_firstSerial(recorder->firstFrameSerial())
    , m_rowCount(int(recorder->frameCount()))
    , m_letGo(recorder->letGoFrames())
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(DefaultFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &FrameLogModel::flush);
    connect(recorder, &capture::FlightRecorder::frameRecorded, this, &FrameLogModel::scheduleFlush);
    connect(recorder, &capture::FlightRecorder::entriesLetGo, this, &FrameLogModel::scheduleFlush);
    connect(recorder, &capture::FlightRecorder::cleared, this, &FrameLogModel::onRecorderCleared);
}

FrameLogModel::~FrameLogModel() = default;

int FrameLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int FrameLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrameLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir", "frame log column: in or out");
    case EventColumn:
        return tr("Event", "frame log column: Pusher event name");
    case ChannelColumn:
        return tr("Channel");
    case SizeColumn:
        return tr("Size", "frame log column: bytes");
    case TextColumn:
        return tr("Frame", "frame log column: frame text");
    default:
        break;
    }
    return {};
}

bool FrameLogModel::isHeartbeat(const QString &event)
{
    return event == QLatin1String("pusher:ping") || event == QLatin1String("pusher:pong");
}

QVariant FrameLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pusher::FrameRecord *frame = frameOf(index.row());
    if (!frame) // let go by the recorder; the row leaves at the next flush
        return {};
    const pusher::FrameRecord &row = *frame;
    const bool incoming = row.direction == pusher::FrameRecord::Direction::In;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(row.timestampUs / 1000).toString(QStringLiteral("hh:mm:ss.zzz"));
        case DirectionColumn:
            return incoming ? tr("in", "frame direction") : tr("out", "frame direction");
        case EventColumn:
            return row.event;
        case ChannelColumn:
            return row.channel;
        case SizeColumn:
            return QString::number(row.sizeBytes);
        case TextColumn:
            return row.binary ? binaryText(row) : firstLine(row.data);
        default:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(row.timestampUs / 1000).toString(Qt::ISODateWithMs);
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return row.timestampUs;
        case DirectionColumn:
            return int(row.direction);
        case EventColumn:
            return row.event;
        case ChannelColumn:
            return row.channel;
        case SizeColumn:
            return row.sizeBytes;
        case TextColumn:
            return row.binary ? binaryText(row) : QString::fromUtf8(row.data);
        default:
            break;
        }
        return {};
    case DirectionRole:
        return QVariant::fromValue(row.direction);
    case TimestampUsRole:
        return row.timestampUs;
    case EventRole:
        return row.event;
    case ChannelRole:
        return row.channel;
    case SizeRole:
        return row.sizeBytes;
    case FullTextRole:
        return row.binary ? binaryText(row) : QString::fromUtf8(row.data);
    case HeartbeatRole:
        return isHeartbeat(row.event);
    default:
        break;
    }
    return {};
}

QString FrameLogModel::binaryText(const pusher::FrameRecord &frame)
{
    return tr("binary frame of %1 bytes (the protocol uses text frames only)").arg(frame.sizeBytes);
}

const pusher::FrameRecord *FrameLogModel::frameOf(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const quint64 serial = m_firstSerial + quint64(row);
    if (serial < m_recorder->firstFrameSerial() || serial >= m_recorder->endFrameSerial())
        return nullptr;
    return &m_recorder->frameAt(qsizetype(serial - m_recorder->firstFrameSerial()));
}

pusher::FrameRecord FrameLogModel::frameAt(int row) const
{
    const pusher::FrameRecord *frame = frameOf(row);
    return frame ? *frame : pusher::FrameRecord();
}

void FrameLogModel::setFlushInterval(int intervalMs)
{
    m_flushTimer.setInterval(std::max(0, intervalMs));
}

int FrameLogModel::pendingCount() const
{
    const quint64 shownEnd = m_firstSerial + quint64(m_rowCount);
    const quint64 end = m_recorder->endFrameSerial();
    return end > shownEnd ? int(std::min<quint64>(end - shownEnd, quint64(std::numeric_limits<int>::max()))) : 0;
}

void FrameLogModel::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (live)
        flush();
    else
        m_flushTimer.stop();
}

void FrameLogModel::scheduleFlush()
{
    if (!m_live)
        return;
    // One catch-up per pass (Wireshark's packet list does the same): a burst of frames costs one
    // insert and one view update, not one per frame.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void FrameLogModel::flush()
{
    m_flushTimer.stop();
    const quint64 recorderFirst = m_recorder->firstFrameSerial();
    if (recorderFirst > m_firstSerial) {
        const int gone = int(std::min<quint64>(recorderFirst - m_firstSerial, quint64(m_rowCount)));
        if (gone > 0) {
            beginRemoveRows({}, 0, gone - 1);
            m_rowCount -= gone;
            m_firstSerial = recorderFirst;
            endRemoveRows();
        } else {
            m_firstSerial = recorderFirst;
        }
    }
    const quint64 end = m_recorder->endFrameSerial();
    const quint64 shownEnd = m_firstSerial + quint64(m_rowCount);
    if (end > shownEnd) {
        const int added = int(std::min<quint64>(end - shownEnd, quint64(std::numeric_limits<int>::max() - m_rowCount)));
        beginInsertRows({}, m_rowCount, m_rowCount + added - 1);
        m_rowCount += added;
        endInsertRows();
    }
    if (m_letGo != m_recorder->letGoFrames()) {
        m_letGo = m_recorder->letGoFrames();
        Q_EMIT letGoCountChanged(m_letGo);
    }
}

void FrameLogModel::clear()
{
    m_flushTimer.stop();
    if (m_rowCount == 0 && m_firstSerial == m_recorder->endFrameSerial())
        return;
    beginResetModel();
    m_firstSerial = m_recorder->endFrameSerial();
    m_rowCount = 0;
    endResetModel();
}

void FrameLogModel::onRecorderCleared()
{
    clear();
    if (m_letGo != 0) {
        m_letGo = 0;
        Q_EMIT letGoCountChanged(m_letGo);
    }
}

} // namespace shuriken
