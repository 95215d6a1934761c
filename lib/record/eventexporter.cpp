#include "eventexporter.h"

#include "eventtablemodel.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

#include <simdjson.h>

namespace shuriken {

namespace {

bool needsFormulaGuard(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.at(0);
    if (first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    // "-12.5" is a number; "-2+3" or "-cmd" is a formula to a spreadsheet.
    if (first == u'-') {
        static const QRegularExpression number(QStringLiteral(R"(^-\d*\.?\d+([eE][-+]?\d+)?$)"));
        return !number.match(value).hasMatch();
    }
    return false;
}

QByteArray jsonString(const QString &text)
{
    // The JSON text of one string value, escapes and all.
    QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool writeAll(QIODevice *device, const QByteArray &data, QString *error)
{
    if (device->write(data) == data.size())
        return true;
    if (error)
        *error = EventExporter::tr("Could not write the export: %1").arg(device->errorString());
    return false;
}

} // namespace

QByteArray EventExporter::csvField(const QString &value, bool protectFormulas)
{
    QString text = value;
    if (protectFormulas && needsFormulaGuard(text))
        text.prepend(u'\'');
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n')) {
        utf8.replace("\"", "\"\"");
        utf8.prepend('"');
        utf8.append('"');
    }
    return utf8;
}

bool EventExporter::writeCsv(QIODevice *device, const QAbstractItemModel &model, const QList<int> &rows,
                             const CsvOptions &options, QString *error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The export target is not open for writing.");
        return false;
    }
    const int role = options.role >= 0 ? options.role : int(EventTableModel::FullTextRole);
    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            columns.append(column);
    }

    if (options.byteOrderMark && !writeAll(device, QByteArrayLiteral("\xEF\xBB\xBF"), error))
        return false;
    if (options.header) {
        QByteArray line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                line.append(',');
            line.append(csvField(model.headerData(columns.at(i), Qt::Horizontal).toString(), options.protectFormulas));
        }
        line.append("\r\n");
        if (!writeAll(device, line, error))
            return false;
    }
    for (const int row : rows) {
        if (row < 0 || row >= model.rowCount())
            continue;
        QByteArray line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                line.append(',');
            const QModelIndex index = model.index(row, columns.at(i));
            QVariant value = index.data(role);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            line.append(csvField(value.toString(), options.protectFormulas));
        }
        line.append("\r\n");
        if (!writeAll(device, line, error))
            return false;
    }
    return true;
}

QByteArray EventExporter::toCsv(const QAbstractItemModel &model, const QList<int> &rows, const CsvOptions &options)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    writeCsv(&buffer, model, rows, options, nullptr);
    return data;
}

QString EventExporter::formatReceivedAt(qint64 receivedAtUs)
{
    // Floor division, so times before 1970 keep a positive fraction.
    qint64 seconds = receivedAtUs / 1000000;
    qint64 micros = receivedAtUs % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --seconds;
    }
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddThh:mm:ss"))
        + u'.' + QStringLiteral("%1").arg(micros, 6, 10, QLatin1Char('0')) + u'Z';
}

std::optional<qint64> EventExporter::parseReceivedAt(const QString &text)
{
    static const QRegularExpression utc(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$)"));
    const QRegularExpressionMatch match = utc.match(text);
    if (match.hasMatch()) {
        // Date and time are read separately so no local-time rule (a DST gap) touches them.
        const QString stamp = match.captured(1);
        const QDate date = QDate::fromString(stamp.left(10), Qt::ISODate);
        const QTime time = QTime::fromString(stamp.mid(11), QStringLiteral("hh:mm:ss"));
        const QDateTime seconds(date, time, QTimeZone::utc());
        if (!seconds.isValid())
            return std::nullopt;
        const QString fraction = QString(match.captured(2) + QStringLiteral("000000")).left(6);
        return seconds.toSecsSinceEpoch() * 1000000 + fraction.toLongLong();
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch() * 1000;
}

QByteArray EventExporter::toJsonLine(const StreamEvent &event)
{
    QByteArray line;
    line.reserve(event.payload.size() + 160);
    line.append("{\"receivedAt\":");
    line.append(jsonString(formatReceivedAt(event.receivedAtUs)));
    line.append(",\"stream\":");
    line.append(jsonString(event.stream));
    line.append(",\"channel\":");
    line.append(jsonString(event.channel));
    line.append(",\"event\":");
    line.append(jsonString(event.event));
    line.append(",\"payload\":");

    QJsonParseError parseError;
    QJsonDocument::fromJson(event.payload, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        // The payload's own text, not a re-serialization: key order and 64-bit integers beyond
        // a double's precision stay exactly as the server sent them. Line breaks in valid JSON
        // are whitespace between tokens (inside strings they are escaped), so spaces do too.
        QByteArray payload = event.payload.trimmed();
        payload.replace('\n', ' ');
        payload.replace('\r', ' ');
        line.append(payload);
    } else {
        line.append(jsonString(QString::fromUtf8(event.payload)));
        line.append(",\"payloadError\":");
        line.append(jsonString(parseError.errorString()));
    }
    line.append("}\n");
    return line;
}

QByteArray EventExporter::toJsonLines(const QList<StreamEvent> &events)
{
    QByteArray data;
    for (const auto &event : events)
        data.append(toJsonLine(event));
    return data;
}

bool EventExporter::writeJsonLines(QIODevice *device, const QList<StreamEvent> &events, QString *error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The export target is not open for writing.");
        return false;
    }
    for (const auto &event : events) {
        if (!writeAll(device, toJsonLine(event), error))
            return false;
    }
    return true;
}

QList<StreamEvent> EventExporter::eventsFromModel(const QAbstractItemModel &model, const QList<int> &rows)
{
    QList<StreamEvent> events;
    events.reserve(rows.size());
    for (const int row : rows) {
        if (row < 0 || row >= model.rowCount())
            continue;
        const QModelIndex index = model.index(row, 0);
        StreamEvent event;
        event.receivedAtUs = index.data(EventTableModel::ReceivedAtUsRole).toLongLong();
        event.stream = index.data(EventTableModel::StreamRole).toString();
        event.channel = index.data(EventTableModel::ChannelRole).toString();
        event.event = index.data(EventTableModel::EventNameRole).toString();
        event.payload = index.data(EventTableModel::PayloadRole).toByteArray();
        events.append(event);
    }
    return events;
}

namespace {

/// The line's payload object as compact JSON text, u64 numbers exact (QJsonDocument turns those
/// above INT64_MAX into doubles); empty when simdjson cannot read the line.
QByteArray payloadText(const QByteArray &line)
{
    simdjson::dom::parser parser;
    simdjson::dom::element payload;
    if (parser.parse(line.constData(), size_t(line.size()))["payload"].get(payload))
        return {};
    const std::string text = simdjson::minify(payload);
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

std::optional<StreamEvent> EventExporter::fromJsonLine(const QByteArray &line, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<StreamEvent> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("not a JSON object"));
    const QJsonObject object = document.object();

    StreamEvent event;
    for (const char *key : {"stream", "channel", "event", "receivedAt"}) {
        if (!object.value(QLatin1String(key)).isString())
            return fail(tr("%1: expected a string").arg(QLatin1String(key)));
    }
    const auto receivedAt = parseReceivedAt(object.value(QLatin1String("receivedAt")).toString());
    if (!receivedAt)
        return fail(tr("receivedAt: not an ISO 8601 time"));
    event.receivedAtUs = *receivedAt;
    event.stream = object.value(QLatin1String("stream")).toString();
    event.channel = object.value(QLatin1String("channel")).toString();
    event.event = object.value(QLatin1String("event")).toString();

    const QJsonValue payload = object.value(QLatin1String("payload"));
    if (payload.isUndefined())
        return fail(tr("payload: missing"));
    if (object.contains(QLatin1String("payloadError"))) {
        event.payload = payload.toString().toUtf8();
        event.parseError = object.value(QLatin1String("payloadError")).toString();
    } else if (payload.isObject()) {
        event.payload = payloadText(line);
        if (event.payload.isEmpty()) // a number simdjson refuses: QJsonDocument read it as a double
            event.payload = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        event.inspectPayload(); // its seq
    } else if (payload.isArray()) {
        event.payload = QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact);
        event.parseError = tr("payload is not a JSON object");
    } else {
        // A scalar payload: its JSON text.
        const QByteArray wrapped = QJsonDocument(QJsonArray {payload}).toJson(QJsonDocument::Compact);
        event.payload = wrapped.mid(1, wrapped.size() - 2);
        event.parseError = tr("payload is not a JSON object");
    }
    return event;
}

} // namespace shuriken
