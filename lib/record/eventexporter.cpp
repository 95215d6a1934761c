#include "eventexporter.h"

#include "eventjsonline.h"
#include "eventrowbuilder.h"
#include "eventtablemodel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
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

bool EventExporter::writeCsv(QIODevice *device, const EventFormatter &formatter, const QList<StreamEvent> &events,
                             const CsvOptions &options, QString *error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The export target is not open for writing.");
        return false;
    }
    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        for (int column = 0; column < formatter.columnCount(); ++column)
            columns.append(column);
    }
    if (options.byteOrderMark && !writeAll(device, QByteArrayLiteral("\xEF\xBB\xBF"), error))
        return false;
    if (options.header) {
        QByteArray line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                line.append(',');
            line.append(csvField(formatter.header(columns.at(i)), options.protectFormulas));
        }
        line.append("\r\n");
        if (!writeAll(device, line, error))
            return false;
    }
    const StreamSchema &schema = formatter.schema();
    const QByteArray schemaIdUtf8 = schema.streamId.toUtf8();
    std::optional<EventRowBuilder> builder;
    for (const StreamEvent &event : events) {
        // Events from a table carry rows of its schema; others are rebuilt for this one.
        StreamEvent rebuilt;
        const StreamEvent *source = &event;
        if (!event.row.isFor(schemaIdUtf8, schema.columns.size())) {
            if (!builder)
                builder.emplace();
            rebuilt = event;
            builder->build(rebuilt, schema);
            source = &rebuilt;
        }
        const EventRowView row = source->view();
        QByteArray line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                line.append(',');
            const QString text = options.text == CsvOptions::Text::Full ? formatter.fullText(row, columns.at(i))
                                                                        : formatter.displayText(row, columns.at(i));
            line.append(csvField(text, options.protectFormulas));
        }
        line.append("\r\n");
        if (!writeAll(device, line, error))
            return false;
    }
    return true;
}

QByteArray EventExporter::toCsv(const EventFormatter &formatter, const QList<StreamEvent> &events,
                                const CsvOptions &options)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    writeCsv(&buffer, formatter, events, options, nullptr);
    return data;
}

QByteArray EventExporter::toJsonLines(const QList<StreamEvent> &events)
{
    QByteArray data;
    for (const auto &event : events)
        appendEventJsonLine(data, event);
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
        if (!writeAll(device, eventJsonLine(event), error))
            return false;
    }
    return true;
}

QList<StreamEvent> EventExporter::eventsFromModel(const QAbstractItemModel &model, const QList<int> &rows)
{
    // Down through the proxies to the table, which hands out its events with their rows.
    const QAbstractItemModel *source = &model;
    QList<const QAbstractProxyModel *> proxies;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source)) {
        proxies.append(proxy);
        source = proxy->sourceModel();
        if (!source)
            return {};
    }
    const auto *table = qobject_cast<const EventTableModel *>(source);

    QList<StreamEvent> events;
    events.reserve(rows.size());
    for (const int row : rows) {
        if (row < 0 || row >= model.rowCount())
            continue;
        QModelIndex index = model.index(row, 0);
        if (table) {
            for (const QAbstractProxyModel *proxy : std::as_const(proxies))
                index = proxy->mapToSource(index);
            events.append(table->eventAt(index.row()));
            continue;
        }
        StreamEvent event;
        event.receivedAtUs = index.data(EventTableModel::ReceivedAtUsRole).toLongLong();
        event.stream = index.data(EventTableModel::StreamRole).toString();
        event.channel = index.data(EventTableModel::ChannelRole).toString();
        event.event = index.data(EventTableModel::EventNameRole).toString();
        event.payload = index.data(EventTableModel::PayloadRole).toByteArray();
        if (const QString reason = index.data(EventTableModel::ParseErrorRole).toString(); !reason.isEmpty())
            event.setParseError(reason);
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
    const auto receivedAt = shuriken::parseReceivedAt(object.value(QLatin1String("receivedAt")).toString());
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
        const QString reason = object.value(QLatin1String("payloadError")).toString();
        event.setParseError(reason.isEmpty() ? tr("payload is not a JSON object") : reason);
    } else if (payload.isObject()) {
        event.payload = payloadText(line);
        if (event.payload.isEmpty()) // a number simdjson refuses: QJsonDocument read it as a double
            event.payload = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        // The replayed event's one parse: its row, seq and event time.
        thread_local EventRowBuilder builder;
        builder.build(event);
    } else if (payload.isArray()) {
        event.payload = QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact);
        event.setParseError(tr("payload is not a JSON object"));
    } else {
        // A scalar payload: its JSON text.
        const QByteArray wrapped = QJsonDocument(QJsonArray {payload}).toJson(QJsonDocument::Compact);
        event.payload = wrapped.mid(1, wrapped.size() - 2);
        event.setParseError(tr("payload is not a JSON object"));
    }
    return event;
}

} // namespace shuriken
