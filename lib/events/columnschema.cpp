#include "columnschema.h"

#include "eventslog.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <array>
#include <iterator>
#include <simdjson.h>

namespace shuriken {

namespace {

struct KindName
{
    ColumnKind kind;
    const char *name;
};

constexpr std::array kindNames {
    KindName {ColumnKind::Text, "text"},
    KindName {ColumnKind::Decimal, "decimal"},
    KindName {ColumnKind::Integer, "integer"},
    KindName {ColumnKind::Bool, "bool"},
    KindName {ColumnKind::Side, "side"},
    KindName {ColumnKind::UnixSeconds, "unixSeconds"},
    KindName {ColumnKind::UnixMilliseconds, "unixMs"},
    KindName {ColumnKind::Address, "address"},
    KindName {ColumnKind::Count, "count"},
    KindName {ColumnKind::Json, "json"},
};

// The headers of columns.json, spelled out so lupdate extracts them; a test checks that every
// header of the resource is listed here.
constexpr const char *headerContext = "shuriken::ColumnSchemaSet";
const char *const headerStrings[] = {
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Time"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Side"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Price USD"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Size SOL"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Size USD"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Maker"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Signature"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Updated"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Symbol"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Name"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Block"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Token"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Owner"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Pre balance"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Post balance"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Decimals"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Slot"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Mint"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Holders"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Top 10 balance"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Developer balance"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Snipers"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Insiders"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Bundlers"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Bought USD"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Sold USD"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Buys"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Sells"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Token balance"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Developer"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Pre lamports"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Post lamports"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Creator"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "DEX"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Curve"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Destination pool"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Destination DEX"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Chain"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Amount native"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Amount USD"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Transaction"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Liquidity USD"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Market cap USD"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Balance"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Signal time"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Network"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Source"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Bot"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Feed"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Profile"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Type"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Message time"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Platform"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Author"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Content"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Tokens"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Deleted"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Task"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "User"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Region"),
    QT_TRANSLATE_NOOP("shuriken::ColumnSchemaSet", "Payload"),
};

// Parses one stream entry; @p where prefixes error messages ("streams.svm.token.swaps").
class SchemaParser
{
public:
    SchemaParser(QString where, QString *error)
        : m_where(std::move(where))
        , m_error(error)
    { }

    bool ok() const { return m_ok; }

    std::optional<StreamSchema> parse(const QString &streamId, const QJsonValue &value,
                                      const QStringList &commonKnownFields)
    {
        if (!value.isObject())
            return fail(QStringLiteral("expected an object"));
        const QJsonObject object = value.toObject();
        StreamSchema schema;
        schema.streamId = streamId;

        const QJsonValue columns = object.value(QLatin1String("columns"));
        if (!columns.isArray() || columns.toArray().isEmpty())
            return fail(QStringLiteral("columns: expected a non-empty array"));
        const QJsonArray columnArray = columns.toArray();
        for (qsizetype i = 0; i < columnArray.size(); ++i) {
            auto column = parseColumn(columnArray.at(i), QStringLiteral("columns[%1]").arg(i));
            if (!column)
                return std::nullopt;
            schema.columns.append(*column);
        }
        // Leading columns are counted in 16-bit cell offsets and 8-bit cache keys: plenty, but checked.
        if (schema.columns.size() > 200)
            return fail(QStringLiteral("columns: more than 200 columns"));

        const QJsonValue time = object.value(QLatin1String("time"));
        if (!time.isUndefined()) {
            const QJsonArray sources = time.isArray() ? time.toArray() : QJsonArray {time};
            for (qsizetype i = 0; i < sources.size(); ++i) {
                auto source = parseTimeSource(sources.at(i), QStringLiteral("time[%1]").arg(i));
                if (!source)
                    return std::nullopt;
                schema.timeSources.append(*source);
            }
        }

        const QJsonValue known = object.value(QLatin1String("knownFields"));
        if (!known.isUndefined()) {
            auto fields = stringList(known, QStringLiteral("knownFields"));
            if (!fields)
                return std::nullopt;
            schema.knownFields = *fields;
        }
        for (const auto &field : commonKnownFields) {
            if (!schema.knownFields.contains(field))
                schema.knownFields.append(field);
        }
        return schema;
    }

    std::optional<QStringList> stringList(const QJsonValue &value, const QString &what)
    {
        if (!value.isArray())
            return fail(what + QStringLiteral(": expected an array of strings"));
        QStringList result;
        for (const auto &item : value.toArray()) {
            if (!item.isString())
                return fail(what + QStringLiteral(": expected an array of strings"));
            result.append(item.toString());
        }
        return result;
    }

private:
    std::optional<ColumnSpec> parseColumn(const QJsonValue &value, const QString &what)
    {
        if (!value.isObject())
            return fail(what + QStringLiteral(": expected an object"));
        const QJsonObject object = value.toObject();
        ColumnSpec column;
        column.header = object.value(QLatin1String("header")).toString();
        if (column.header.isEmpty())
            return fail(what + QStringLiteral(".header: expected a non-empty string"));

        const QJsonValue path = object.value(QLatin1String("path"));
        const QJsonValue paths = object.value(QLatin1String("paths"));
        if (path.isString()) {
            column.paths.append(JsonPath::fromString(path.toString()));
        } else if (paths.isArray()) {
            auto list = stringList(paths, what + QStringLiteral(".paths"));
            if (!list)
                return std::nullopt;
            for (const auto &item : *list)
                column.paths.append(JsonPath::fromString(item));
        }
        if (column.paths.isEmpty())
            return fail(what + QStringLiteral(": expected \"path\" (a string) or \"paths\" (strings)"));

        const auto kind = columnKindFromString(object.value(QLatin1String("kind")).toString());
        if (!kind)
            return fail(
                what
                + QStringLiteral(".kind: unknown kind \"%1\"").arg(object.value(QLatin1String("kind")).toString()));
        column.kind = *kind;
        return column;
    }

    std::optional<TimeSource> parseTimeSource(const QJsonValue &value, const QString &what)
    {
        const QJsonObject object = value.toObject();
        const QJsonValue path = object.value(QLatin1String("path"));
        if (!path.isString() || path.toString().isEmpty())
            return fail(what + QStringLiteral(".path: expected a non-empty string"));
        const QString unit = object.value(QLatin1String("unit")).toString();
        TimeSource source;
        source.path = JsonPath::fromString(path.toString());
        if (unit == QLatin1String("s"))
            source.millisecondsPerUnit = 1000;
        else if (unit == QLatin1String("ms"))
            source.millisecondsPerUnit = 1;
        else
            return fail(what + QStringLiteral(".unit: expected \"s\" or \"ms\""));
        return source;
    }

    std::nullopt_t fail(const QString &message)
    {
        if (m_ok && m_error)
            *m_error = m_where + QStringLiteral(": ") + message;
        m_ok = false;
        return std::nullopt;
    }

    QString m_where;
    QString *m_error;
    bool m_ok = true;
};

void collectUnknown(const QJsonObject &object, const QString &prefix, const QSet<QString> &known,
                    const QSet<QString> &knownPrefixes, QStringList *unknown)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (known.contains(path + QStringLiteral(".*")))
            continue;
        const bool descend = it.value().isObject() && knownPrefixes.contains(path);
        if (descend) {
            collectUnknown(it.value().toObject(), path, known, knownPrefixes, unknown);
            continue;
        }
        if (!known.contains(path))
            unknown->append(path);
    }
}

} // namespace

std::optional<ColumnKind> columnKindFromString(const QString &text)
{
    for (const auto &entry : kindNames) {
        if (text == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString columnKindToString(ColumnKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

bool isNumericKind(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Decimal:
    case ColumnKind::Integer:
    case ColumnKind::Count:
        return true;
    case ColumnKind::Text:
    case ColumnKind::Bool:
    case ColumnKind::Side:
    case ColumnKind::UnixSeconds:
    case ColumnKind::UnixMilliseconds:
    case ColumnKind::Address:
    case ColumnKind::Json:
        break;
    }
    return false;
}

JsonPath JsonPath::fromString(const QString &dotted)
{
    JsonPath path;
    if (dotted.isEmpty())
        return path;
    const QStringList keys = dotted.split(u'.');
    path.keys.reserve(keys.size());
    for (const auto &key : keys)
        path.keys.append(key.toUtf8());
    return path;
}

QString JsonPath::toString() const
{
    QStringList parts;
    parts.reserve(keys.size());
    for (const auto &key : keys)
        parts.append(QString::fromUtf8(key));
    return parts.join(u'.');
}

bool JsonPath::resolve(const simdjson::dom::element &root, simdjson::dom::element *value) const
{
    simdjson::dom::element current = root;
    for (const auto &key : keys) {
        simdjson::dom::object object;
        if (current.get_object().get(object))
            return false;
        if (object.at_key(std::string_view(key.constData(), size_t(key.size()))).get(current))
            return false;
    }
    *value = current;
    return true;
}

bool ColumnSpec::resolve(const simdjson::dom::element &payload, simdjson::dom::element *value) const
{
    for (const auto &path : paths) {
        if (path.resolve(payload, value) && !value->is_null())
            return true;
    }
    return false;
}

std::optional<qint64> StreamSchema::eventTimeMs(const simdjson::dom::element &payload, qint64 *resolutionMs) const
{
    // Far outside any plausible time: treated as absent rather than overflow.
    constexpr qint64 limit = 1000000000000000LL;
    for (const auto &source : timeSources) {
        simdjson::dom::element value;
        if (!source.path.resolve(payload, &value))
            continue;
        std::optional<qint64> whole;
        switch (value.type()) {
        case simdjson::dom::element_type::INT64: {
            const qint64 number = value.get_int64().value_unsafe();
            if (number >= -limit && number <= limit)
                whole = number;
            break;
        }
        case simdjson::dom::element_type::DOUBLE: {
            const double number = value.get_double().value_unsafe();
            if (number >= -double(limit) && number <= double(limit))
                whole = qint64(number);
            break;
        }
        case simdjson::dom::element_type::STRING: {
            const std::string_view text = value.get_string().value_unsafe();
            bool ok = false;
            const qint64 number = QByteArrayView(text.data(), qsizetype(text.size())).toLongLong(&ok);
            if (ok && number > -limit && number < limit)
                whole = number;
            break;
        }
        case simdjson::dom::element_type::UINT64: // above INT64_MAX: no time
        case simdjson::dom::element_type::ARRAY:
        case simdjson::dom::element_type::OBJECT:
        case simdjson::dom::element_type::BOOL:
        case simdjson::dom::element_type::NULL_VALUE:
            break;
        }
        if (!whole)
            continue;
        if (resolutionMs)
            *resolutionMs = source.millisecondsPerUnit;
        return *whole * source.millisecondsPerUnit;
    }
    return std::nullopt;
}

QStringList StreamSchema::unknownFields(const QJsonObject &payload) const
{
    QStringList unknown;
    if (knownFields.contains(QStringLiteral("*")))
        return unknown;
    const QSet<QString> known(knownFields.cbegin(), knownFields.cend());
    QSet<QString> prefixes;
    for (const auto &field : knownFields) {
        for (qsizetype dot = field.indexOf(u'.'); dot >= 0; dot = field.indexOf(u'.', dot + 1))
            prefixes.insert(field.left(dot));
    }
    collectUnknown(payload, {}, known, prefixes, &unknown);
    return unknown;
}

std::optional<ColumnSchemaSet> ColumnSchemaSet::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QStringLiteral("not a JSON object: ") + parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = document.object();

    QStringList common;
    if (root.contains(QLatin1String("commonKnownFields"))) {
        SchemaParser parser(QString(), error);
        auto list
            = parser.stringList(root.value(QLatin1String("commonKnownFields")), QStringLiteral("commonKnownFields"));
        if (!list)
            return std::nullopt;
        common = *list;
    }

    ColumnSchemaSet set;
    {
        SchemaParser parser(QStringLiteral("fallback"), error);
        auto fallback = parser.parse(QStringLiteral("*"), root.value(QLatin1String("fallback")), common);
        if (!fallback)
            return std::nullopt;
        set.m_fallback = *fallback;
    }

    const QJsonValue streams = root.value(QLatin1String("streams"));
    if (!streams.isObject()) {
        if (error)
            *error = QStringLiteral("streams: expected an object");
        return std::nullopt;
    }
    const QJsonObject streamObject = streams.toObject();
    for (auto it = streamObject.constBegin(); it != streamObject.constEnd(); ++it) {
        SchemaParser parser(QStringLiteral("streams.") + it.key(), error);
        auto schema = parser.parse(it.key(), it.value(), common);
        if (!schema)
            return std::nullopt;
        set.m_schemas.append(*schema);
    }
    return set;
}

ColumnSchemaSet ColumnSchemaSet::builtIn()
{
    static const ColumnSchemaSet set = [] {
        QFile file(QStringLiteral(":/shuriken/events/columns.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcEvents) << "column schema resource missing:" << file.errorString();
            return ColumnSchemaSet {};
        }
        QString error;
        auto parsed = fromJson(file.readAll(), &error);
        if (!parsed) {
            // Only a broken build gets here; the tests parse the same resource.
            qCCritical(lcEvents) << "column schema resource invalid:" << error;
            return ColumnSchemaSet {};
        }
        return *parsed;
    }();
    return set;
}

StreamSchema ColumnSchemaSet::schemaFor(const QString &streamId) const
{
    for (const auto &schema : m_schemas) {
        if (schema.streamId == streamId)
            return schema;
    }
    StreamSchema fallback = m_fallback;
    if (fallback.columns.isEmpty()) {
        // An empty set (resource failure) still yields a usable table.
        ColumnSpec payload;
        payload.header = QStringLiteral("Payload");
        payload.paths = {JsonPath {}};
        payload.kind = ColumnKind::Json;
        fallback.columns = {payload};
        fallback.knownFields = {QStringLiteral("*")};
    }
    fallback.streamId = QStringLiteral("*");
    return fallback;
}

bool ColumnSchemaSet::contains(const QString &streamId) const
{
    for (const auto &schema : m_schemas) {
        if (schema.streamId == streamId)
            return true;
    }
    return false;
}

QStringList ColumnSchemaSet::streamIds() const
{
    QStringList ids;
    ids.reserve(m_schemas.size());
    for (const auto &schema : m_schemas)
        ids.append(schema.streamId);
    return ids;
}

QString ColumnSchemaSet::translatedHeader(const QString &header)
{
    return QCoreApplication::translate(headerContext, header.toUtf8().constData());
}

QStringList ColumnSchemaSet::translatableHeaders()
{
    QStringList headers;
    headers.reserve(qsizetype(std::size(headerStrings)));
    for (const char *header : headerStrings)
        headers.append(QString::fromUtf8(header));
    return headers;
}

} // namespace shuriken
