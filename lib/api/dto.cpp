#include "dto.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace shuriken {

QUrl resolveAgainstBaseUrl(const QUrl &baseUrl, const QUrl &target)
{
    if (!target.isRelative())
        return target;
    if (!target.host().isEmpty()) {
        QUrl url = target;
        url.setScheme(baseUrl.scheme());
        return url;
    }
    QUrl url = baseUrl;
    QString basePath = baseUrl.path(QUrl::FullyEncoded);
    const QString targetPath = target.path(QUrl::FullyEncoded);
    if (basePath.endsWith(u'/') && targetPath.startsWith(u'/'))
        basePath.chop(1);
    const QString separator = basePath.endsWith(u'/') || targetPath.startsWith(u'/') ? QString() : QStringLiteral("/");
    url.setPath(basePath + separator + targetPath, QUrl::TolerantMode);
    url.setQuery(target.hasQuery() ? target.query(QUrl::FullyEncoded) : QString(), QUrl::TolerantMode);
    url.setFragment(QString());
    return url;
}

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// Reads fields of one JSON object and remembers the first problem with its path, so a
// parser reads like the field table it implements and reports "connection.wsPort: ...".
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    { }

    bool ok() const { return m_ok; }

    QString string(const QString &key) { return read(key, true).toString(); }
    QString optionalString(const QString &key) { return read(key, false, QJsonValue::String).toString(); }

    bool boolean(const QString &key) { return read(key, true, QJsonValue::Bool).toBool(); }

    qint64 integer(const QString &key, qint64 min, qint64 max)
    {
        const QJsonValue value = read(key, true, QJsonValue::Double);
        if (!m_ok)
            return 0;
        return checkedInteger(value, fieldPath(key), min, max);
    }

    QJsonArray array(const QString &key) { return read(key, true, QJsonValue::Array).toArray(); }
    QJsonObject object(const QString &key) { return read(key, true, QJsonValue::Object).toObject(); }

    QString fieldPath(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    void fail(const QString &message)
    {
        if (m_ok && m_error)
            *m_error = message;
        m_ok = false;
    }

    qint64 checkedInteger(const QJsonValue &value, const QString &path, qint64 min, qint64 max)
    {
        // toInteger() gives the default for anything that is not a whole number that fits in
        // qint64; asking with two different defaults tells "0" from "not an integer".
        const qint64 a = value.toInteger(0);
        if (a == 0 && value.toInteger(1) == 1) {
            fail(path + QStringLiteral(": expected an integer, got ") + typeName(value));
            return 0;
        }
        if (a < min || a > max) {
            fail(path + QStringLiteral(": %1 is out of range [%2, %3]").arg(a).arg(min).arg(max));
            return 0;
        }
        return a;
    }

private:
    QJsonValue read(const QString &key, bool required, QJsonValue::Type type = QJsonValue::String)
    {
        if (!m_ok)
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || (!required && value.isNull()))
            return required ? missing(key) : QJsonValue();
        if (value.type() != type) {
            fail(fieldPath(key)
                 + QStringLiteral(": expected %1, got %2").arg(typeName(QJsonValue(type)), typeName(value)));
            return {};
        }
        return value;
    }

    QJsonValue missing(const QString &key)
    {
        fail(fieldPath(key) + QStringLiteral(": required field is missing"));
        return {};
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    bool m_ok = true;
};

bool requireObject(const QJsonValue &value, const QString &path, QString *error)
{
    if (value.isObject())
        return true;
    if (error)
        *error = (path.isEmpty() ? QStringLiteral("body") : path) + QStringLiteral(": expected an object, got ")
            + typeName(value);
    return false;
}

std::optional<Visibility> readVisibility(FieldReader &reader, const QString &key)
{
    const QString text = reader.string(key);
    if (!reader.ok())
        return std::nullopt;
    const auto visibility = visibilityFromString(text);
    if (!visibility)
        reader.fail(reader.fieldPath(key) + QStringLiteral(": unknown visibility \"%1\"").arg(text));
    return visibility;
}

template<typename T, typename Parse>
std::optional<QList<T>> parseArray(const QJsonArray &array, const QString &path, QString *error, Parse parse)
{
    QList<T> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString itemError;
        auto item = parse(array.at(i), &itemError);
        if (!item) {
            if (error)
                *error = path + QStringLiteral("[%1]").arg(i)
                    + (itemError.startsWith(u':') ? QString() : QStringLiteral(".")) + itemError;
            return std::nullopt;
        }
        result.append(std::move(*item));
    }
    return result;
}

std::optional<FilterDescriptor> parseFilterDescriptor(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = QStringLiteral(": expected an object, got ") + typeName(value);
        return std::nullopt;
    }
    FieldReader reader(value.toObject(), {}, error);
    FilterDescriptor filter;
    filter.name = reader.string(QStringLiteral("name"));
    filter.required = reader.boolean(QStringLiteral("required"));
    filter.description = reader.optionalString(QStringLiteral("description"));
    if (!reader.ok())
        return std::nullopt;
    return filter;
}

std::optional<ResolvedSubscription> parseResolvedSubscription(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = QStringLiteral(": expected an object, got ") + typeName(value);
        return std::nullopt;
    }
    FieldReader reader(value.toObject(), {}, error);
    ResolvedSubscription sub;
    sub.stream = reader.string(QStringLiteral("stream"));
    sub.channel = reader.string(QStringLiteral("channel"));
    sub.event = reader.string(QStringLiteral("event"));
    const auto visibility = readVisibility(reader, QStringLiteral("visibility"));
    sub.payloadFormat = reader.string(QStringLiteral("payloadFormat"));
    sub.payloadSchemaId = reader.string(QStringLiteral("payloadSchemaId"));
    sub.payloadSchemaUrl = reader.optionalString(QStringLiteral("payloadSchemaUrl"));
    if (!reader.ok() || !visibility)
        return std::nullopt;
    if (sub.channel.isEmpty()) {
        reader.fail(QStringLiteral("channel: must not be empty"));
        return std::nullopt;
    }
    sub.visibility = *visibility;
    return sub;
}

} // namespace

QString canonicalFilterText(const StreamFilter &filter)
{
    QStringList parts;
    parts.reserve(filter.size());
    for (auto it = filter.cbegin(); it != filter.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u',');
}

QJsonObject SubscriptionRequest::toJson() const
{
    QJsonObject filterObject;
    for (auto it = filter.cbegin(); it != filter.cend(); ++it)
        filterObject.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("stream"), stream}, {QStringLiteral("filter"), filterObject}};
}

std::optional<SubscriptionRequest> SubscriptionRequest::fromJson(const QJsonValue &value, QString *error)
{
    if (!requireObject(value, {}, error))
        return std::nullopt;
    const QJsonObject object = value.toObject();
    FieldReader reader(object, {}, error);
    SubscriptionRequest request;
    request.stream = reader.string(QStringLiteral("stream"));
    if (!reader.ok())
        return std::nullopt;
    const QJsonValue filterValue = object.value(QStringLiteral("filter"));
    if (filterValue.isUndefined() || filterValue.isNull())
        return request;
    if (!filterValue.isObject()) {
        reader.fail(QStringLiteral("filter: expected an object, got ") + typeName(filterValue));
        return std::nullopt;
    }
    const QJsonObject filterObject = filterValue.toObject();
    for (auto it = filterObject.constBegin(); it != filterObject.constEnd(); ++it) {
        if (!it.value().isString()) {
            reader.fail(QStringLiteral("filter.%1: expected a string, got %2").arg(it.key(), typeName(it.value())));
            return std::nullopt;
        }
        request.filter.insert(it.key(), it.value().toString());
    }
    return request;
}

QString SubscriptionRequest::key() const
{
    return stream + u'{' + canonicalFilterText(filter) + u'}';
}

QJsonObject sessionRequestBody(const QList<SubscriptionRequest> &requests)
{
    QJsonArray array;
    for (const auto &request : requests)
        array.append(request.toJson());
    return QJsonObject {{QStringLiteral("subscriptions"), array}};
}

QString visibilityToString(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public:
        return QStringLiteral("public");
    case Visibility::Private:
        return QStringLiteral("private");
    case Visibility::Presence:
        return QStringLiteral("presence");
    }
    return {};
}

std::optional<Visibility> visibilityFromString(const QString &text)
{
    if (text == QLatin1String("public"))
        return Visibility::Public;
    if (text == QLatin1String("private"))
        return Visibility::Private;
    if (text == QLatin1String("presence"))
        return Visibility::Presence;
    return std::nullopt;
}

QJsonObject ConnectionParams::toJson() const
{
    return QJsonObject {
        {QStringLiteral("provider"), provider}, {QStringLiteral("appKey"), appKey},
        {QStringLiteral("wsHost"), wsHost},     {QStringLiteral("wsPort"), int(wsPort)},
        {QStringLiteral("forceTls"), forceTls}, {QStringLiteral("authEndpoint"), authEndpoint.toString()},
    };
}

bool ResolvedSubscription::requiresAuthorization() const
{
    return visibility != Visibility::Public || channel.startsWith(QLatin1String("private-"))
        || channel.startsWith(QLatin1String("presence-"));
}

QJsonObject ResolvedSubscription::toJson() const
{
    QJsonObject object {
        {QStringLiteral("stream"), stream},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("event"), event},
        {QStringLiteral("visibility"), visibilityToString(visibility)},
        {QStringLiteral("payloadFormat"), payloadFormat},
        {QStringLiteral("payloadSchemaId"), payloadSchemaId},
    };
    if (!payloadSchemaUrl.isEmpty())
        object.insert(QStringLiteral("payloadSchemaUrl"), payloadSchemaUrl);
    return object;
}

QJsonValue unwrapDataEnvelope(const QJsonObject &body)
{
    const auto data = body.constFind(QStringLiteral("data"));
    if (data != body.constEnd())
        return *data;
    return body;
}

std::optional<Session> Session::fromJson(const QJsonObject &body, const QUrl &baseUrl, QString *error)
{
    const QJsonValue payload = unwrapDataEnvelope(body);
    if (!requireObject(payload, QStringLiteral("data"), error))
        return std::nullopt;

    FieldReader root(payload.toObject(), {}, error);
    const QJsonObject connectionObject = root.object(QStringLiteral("connection"));
    const QJsonObject sessionObject = root.object(QStringLiteral("session"));
    const QJsonArray subscriptionArray = root.array(QStringLiteral("subscriptions"));
    if (!root.ok())
        return std::nullopt;

    Session session;
    session.requestId = body.value(QStringLiteral("requestId")).toString();

    FieldReader conn(connectionObject, QStringLiteral("connection"), error);
    session.connection.provider = conn.string(QStringLiteral("provider"));
    session.connection.appKey = conn.string(QStringLiteral("appKey"));
    session.connection.wsHost = conn.string(QStringLiteral("wsHost"));
    session.connection.wsPort = quint16(conn.integer(QStringLiteral("wsPort"), 1, 65535));
    session.connection.forceTls = conn.boolean(QStringLiteral("forceTls"));
    const QString authEndpoint = conn.string(QStringLiteral("authEndpoint"));
    if (!conn.ok())
        return std::nullopt;
    if (session.connection.appKey.isEmpty() || session.connection.wsHost.isEmpty()) {
        conn.fail(QStringLiteral("connection: appKey and wsHost must not be empty"));
        return std::nullopt;
    }
    const QUrl authUrl(authEndpoint);
    if (!authUrl.isValid() || authEndpoint.isEmpty()) {
        conn.fail(QStringLiteral("connection.authEndpoint: \"%1\" is not a valid URL").arg(authEndpoint));
        return std::nullopt;
    }
    session.connection.authEndpoint = resolveAgainstBaseUrl(baseUrl, authUrl);

    FieldReader sess(sessionObject, QStringLiteral("session"), error);
    const QJsonArray backoff = sess.array(QStringLiteral("recommendedReconnectBackoffMs"));
    if (!sess.ok())
        return std::nullopt;
    for (qsizetype i = 0; i < backoff.size(); ++i) {
        const qint64 ms
            = sess.checkedInteger(backoff.at(i), QStringLiteral("session.recommendedReconnectBackoffMs[%1]").arg(i), 0,
                                  std::numeric_limits<qint64>::max());
        if (!sess.ok())
            return std::nullopt;
        session.recommendedReconnectBackoffMs.append(ms);
    }

    auto subscriptions = parseArray<ResolvedSubscription>(subscriptionArray, QStringLiteral("subscriptions"), error,
                                                          parseResolvedSubscription);
    if (!subscriptions)
        return std::nullopt;
    session.subscriptions = std::move(*subscriptions);
    return session;
}

QJsonObject Session::toJson() const
{
    QJsonArray backoff;
    for (qint64 ms : recommendedReconnectBackoffMs)
        backoff.append(ms);
    QJsonArray subs;
    for (const auto &sub : subscriptions)
        subs.append(sub.toJson());
    return QJsonObject {
        {QStringLiteral("connection"), connection.toJson()},
        {QStringLiteral("session"), QJsonObject {{QStringLiteral("recommendedReconnectBackoffMs"), backoff}}},
        {QStringLiteral("subscriptions"), subs},
    };
}

QString StreamDescriptor::streamNamespace() const
{
    return id.section(u'.', 0, 0);
}

QStringList StreamDescriptor::requiredFilterNames() const
{
    QStringList names;
    for (const auto &filter : filters) {
        if (filter.required)
            names.append(filter.name);
    }
    return names;
}

std::optional<StreamDescriptor> StreamDescriptor::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = QStringLiteral(": expected an object, got ") + typeName(value);
        return std::nullopt;
    }
    FieldReader reader(value.toObject(), {}, error);
    StreamDescriptor stream;
    stream.id = reader.string(QStringLiteral("id"));
    const auto visibility = readVisibility(reader, QStringLiteral("visibility"));
    const QJsonArray filters = reader.array(QStringLiteral("filters"));
    stream.event = reader.string(QStringLiteral("event"));
    stream.payloadFormat = reader.string(QStringLiteral("payloadFormat"));
    stream.payloadSchemaId = reader.string(QStringLiteral("payloadSchemaId"));
    stream.description = reader.optionalString(QStringLiteral("description"));
    if (!reader.ok() || !visibility)
        return std::nullopt;
    stream.visibility = *visibility;
    auto parsedFilters = parseArray<FilterDescriptor>(filters, QStringLiteral("filters"), error, parseFilterDescriptor);
    if (!parsedFilters)
        return std::nullopt;
    stream.filters = std::move(*parsedFilters);
    return stream;
}

QJsonObject StreamDescriptor::toJson() const
{
    QJsonArray filterArray;
    for (const auto &filter : filters) {
        filterArray.append(QJsonObject {{QStringLiteral("name"), filter.name},
                                        {QStringLiteral("required"), filter.required},
                                        {QStringLiteral("description"), filter.description}});
    }
    QJsonObject object {
        {QStringLiteral("id"), id},
        {QStringLiteral("visibility"), visibilityToString(visibility)},
        {QStringLiteral("filters"), filterArray},
        {QStringLiteral("event"), event},
        {QStringLiteral("payloadFormat"), payloadFormat},
        {QStringLiteral("payloadSchemaId"), payloadSchemaId},
    };
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    return object;
}

std::optional<StreamCatalog> StreamCatalog::fromJson(const QJsonObject &body, QString *error)
{
    const QJsonValue payload = unwrapDataEnvelope(body);
    if (!requireObject(payload, QStringLiteral("data"), error))
        return std::nullopt;
    FieldReader reader(payload.toObject(), {}, error);
    const QJsonArray array = reader.array(QStringLiteral("streams"));
    if (!reader.ok())
        return std::nullopt;
    auto streams = parseArray<StreamDescriptor>(array, QStringLiteral("streams"), error, StreamDescriptor::fromJson);
    if (!streams)
        return std::nullopt;
    StreamCatalog catalog;
    catalog.streams = std::move(*streams);
    catalog.source = Source::Server;
    return catalog;
}

StreamCatalog StreamCatalog::builtIn()
{
    // The table of PROTOCOL.md section 4, shipped as a resource so the simulator serves exactly
    // what the client falls back to.
    static const StreamCatalog catalog = [] {
        QFile file(QStringLiteral(":/shuriken/api/builtin-catalog.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        QString error;
        auto parsed = StreamCatalog::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
        Q_ASSERT_X(parsed.has_value(), "StreamCatalog::builtIn", qPrintable(error));
        StreamCatalog result = parsed.value_or(StreamCatalog {});
        result.source = Source::BuiltIn;
        return result;
    }();
    return catalog;
}

const StreamDescriptor *StreamCatalog::find(const QString &streamId) const
{
    for (const auto &stream : streams) {
        if (stream.id == streamId)
            return &stream;
    }
    return nullptr;
}

QJsonObject StreamCatalog::toJson() const
{
    QJsonArray array;
    for (const auto &stream : streams)
        array.append(stream.toJson());
    return QJsonObject {{QStringLiteral("streams"), array}};
}

std::optional<ChannelAuth> ChannelAuth::fromJson(const QJsonObject &body, QString *error)
{
    FieldReader reader(body, {}, error);
    ChannelAuth result;
    result.auth = reader.string(QStringLiteral("auth"));
    const QJsonValue channelData = body.value(QStringLiteral("channel_data"));
    if (!reader.ok())
        return std::nullopt;
    if (result.auth.isEmpty()) {
        reader.fail(QStringLiteral("auth: must not be empty"));
        return std::nullopt;
    }
    if (channelData.isString()) {
        result.channelData = channelData.toString();
    } else if (!channelData.isUndefined() && !channelData.isNull()) {
        reader.fail(QStringLiteral("channel_data: expected a string, got ") + typeName(channelData));
        return std::nullopt;
    }
    const QJsonValue sharedSecret = body.value(QStringLiteral("shared_secret"));
    if (sharedSecret.isString()) {
        result.sharedSecret = sharedSecret.toString();
    } else if (!sharedSecret.isUndefined() && !sharedSecret.isNull()) {
        reader.fail(QStringLiteral("shared_secret: expected a string, got ") + typeName(sharedSecret));
        return std::nullopt;
    }
    return result;
}

QJsonObject ChannelAuth::toJson() const
{
    QJsonObject object {{QStringLiteral("auth"), auth}};
    if (channelData)
        object.insert(QStringLiteral("channel_data"), *channelData);
    if (sharedSecret)
        object.insert(QStringLiteral("shared_secret"), *sharedSecret);
    return object;
}

} // namespace shuriken
