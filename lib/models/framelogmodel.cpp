#include "framelogmodel.h"

#include "textutil.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace shuriken {

namespace {

constexpr qsizetype TextColumnChars = 200;
// Event and channel names repeat; past this many distinct ones (a pathological server) the
// pool starts over instead of growing.
constexpr qsizetype MaxInternedNames = 4096;

QString firstLine(const QByteArray &utf8)
{
    // Decode only what the column can show (4 bytes per character at most).
    return singleLine(QString::fromUtf8(utf8.left(TextColumnChars * 4)), TextColumnChars);
}

} // namespace

FrameLogModel::FrameLogModel(QObject *parent)
    : BoundedLogModel(DefaultCapacity, parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(DefaultFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &FrameLogModel::flush);
}

FrameLogModel::~FrameLogModel() = default;

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
    const Row &row = m_rows[size_t(index.row())];
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
            return firstLine(row.text);
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
            return QString::fromUtf8(row.text);
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
        return QString::fromUtf8(row.text);
    case HeartbeatRole:
        return isHeartbeat(row.event);
    default:
        break;
    }
    return {};
}

void FrameLogModel::setFlushInterval(int intervalMs)
{
    m_flushTimer.setInterval(std::max(0, intervalMs));
}

pusher::FrameRecord FrameLogModel::frameAt(int row) const
{
    pusher::FrameRecord frame;
    if (row < 0 || row >= int(m_rows.size()))
        return frame;
    const Row &r = m_rows[size_t(row)];
    frame.direction = r.direction;
    frame.timestampUs = r.timestampUs;
    frame.sizeBytes = r.sizeBytes;
    frame.event = r.event;
    frame.channel = r.channel;
    frame.text = QString::fromUtf8(r.text);
    return frame;
}

QString FrameLogModel::interned(const QString &name)
{
    if (name.isEmpty())
        return {};
    const QString shared = m_names.value(name);
    if (!shared.isNull())
        return shared;
    if (m_names.size() >= MaxInternedNames)
        m_names.clear();
    m_names.insert(name, name);
    return name;
}

FrameLogModel::Row FrameLogModel::makeRow(const pusher::FrameRecord &frame)
{
    Row row;
    row.timestampUs = frame.timestampUs;
    row.sizeBytes = frame.sizeBytes;
    row.event = interned(frame.event);
    row.channel = interned(frame.channel);
    row.text = frame.text.toUtf8();
    row.direction = frame.direction;
    return row;
}

void FrameLogModel::appendFrames(const QList<pusher::FrameRecord> &frames)
{
    appendRows(frames.size(), [&](qsizetype i) { m_rows.push_back(makeRow(frames.at(i))); });
}

void FrameLogModel::appendFrame(const pusher::FrameRecord &frame)
{
    // One flush per pass (wireshark's packet list does the same): a burst of frames costs one
    // insert and one view update, not one per frame.
    m_pending.append(frame);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void FrameLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<pusher::FrameRecord> pending = std::exchange(m_pending, {});
    appendFrames(pending);
}

void FrameLogModel::eraseOldestRows(int count)
{
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
}

void FrameLogModel::eraseAllRows()
{
    m_flushTimer.stop();
    m_rows.clear();
    m_pending.clear();
    m_names.clear();
}

} // namespace shuriken
