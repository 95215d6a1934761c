#include "monitorsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace shuriken {

namespace {

const QString profilesKey = QStringLiteral("profiles");
const QString lastProfileKey = QStringLiteral("lastProfile");
const QString tableCapacityKey = QStringLiteral("tables/capacity");
const QString recorderMegabytesKey = QStringLiteral("recorder/maxMegabytes");
const QString recorderMinutesKey = QStringLiteral("recorder/maxMinutes");
const QString updateIntervalKey = QStringLiteral("view/updateIntervalMs");
const QString hideHeartbeatsKey = QStringLiteral("debugger/hideHeartbeats");
const QString exportDirectoryKey = QStringLiteral("export/directory");
const QString savedDisplayFiltersKey = QStringLiteral("filters/saved");
const QString recentDisplayFiltersKey = QStringLiteral("filters/recent");
const QString colouringRulesKey = QStringLiteral("filters/colouring");
// Set once the user has saved rules, so that an empty list stays empty instead of the defaults.
const QString colouringRulesSetKey = QStringLiteral("filters/colouringSet");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");

QString recentKey(const QString &filterName)
{
    return QStringLiteral("recentFilterValues/") + filterName;
}

QString columnsKey(const QString &streamId)
{
    // A stream id has no '/', so it stays one key under columns/.
    QString id = streamId;
    return QStringLiteral("columns/") + id.replace(u'/', u'_');
}

QString sessionKey(const QString &profileId)
{
    return QStringLiteral("sessions/") + profileId + QStringLiteral("/subscriptions");
}

QString kindToText(Profile::Kind kind)
{
    switch (kind) {
    case Profile::Kind::Simulator:
        return QStringLiteral("simulator");
    case Profile::Kind::ShurikenApi:
        return QStringLiteral("shuriken");
    case Profile::Kind::CustomUrl:
        return QStringLiteral("custom");
    case Profile::Kind::Pusher:
        return QStringLiteral("pusher");
    case Profile::Kind::PusherSimulator:
        return QStringLiteral("simulator-pusher");
    }
    return {};
}

std::optional<Profile::Kind> kindFromText(const QString &text)
{
    if (text == QLatin1String("simulator"))
        return Profile::Kind::Simulator;
    if (text == QLatin1String("shuriken"))
        return Profile::Kind::ShurikenApi;
    if (text == QLatin1String("custom"))
        return Profile::Kind::CustomUrl;
    if (text == QLatin1String("pusher"))
        return Profile::Kind::Pusher;
    if (text == QLatin1String("simulator-pusher"))
        return Profile::Kind::PusherSimulator;
    return std::nullopt;
}

QString recentChannelsKey(const QString &profileId)
{
    return QStringLiteral("sessions/") + profileId + QStringLiteral("/recentChannels");
}

QString discoveredKey(const QString &streamId)
{
    QString id = streamId;
    return QStringLiteral("discoveredColumns/") + id.replace(u'/', u'_');
}

// A Pusher profile's server in the current array entry, under pusher/. Never a secret: the app
// secret, the encryption master key and the auth headers are PusherSecrets, in the SecretStore.
void writePusher(QSettings &settings, const PusherSettings &pusher)
{
    settings.beginGroup(QStringLiteral("pusher"));
    settings.setValue(QStringLiteral("preset"), PusherSettings::presetId(pusher.preset));
    settings.setValue(QStringLiteral("appKey"), pusher.appKey);
    settings.setValue(QStringLiteral("cluster"), pusher.cluster);
    settings.setValue(QStringLiteral("host"), pusher.host);
    settings.setValue(QStringLiteral("wsPort"), int(pusher.wsPort));
    settings.setValue(QStringLiteral("wssPort"), int(pusher.wssPort));
    settings.setValue(QStringLiteral("tls"), pusher.tls);
    settings.setValue(QStringLiteral("path"), pusher.path);
    settings.setValue(QStringLiteral("channelAuthEndpoint"), pusher.channelAuthEndpoint.toString());
    QStringList params;
    for (const auto &[name, value] : pusher.authParams)
        params.append(name + u'=' + value);
    settings.setValue(QStringLiteral("authParams"), params);
    settings.setValue(QStringLiteral("userAuthEndpoint"), pusher.userAuthEndpoint.toString());
    settings.setValue(QStringLiteral("appId"), pusher.appId);
    settings.setValue(QStringLiteral("userId"), pusher.userId);
    settings.setValue(QStringLiteral("userInfo"),
                      pusher.userInfo.isEmpty()
                          ? QString()
                          : QString::fromUtf8(QJsonDocument(pusher.userInfo).toJson(QJsonDocument::Compact)));
    settings.setValue(QStringLiteral("httpApiUrl"), pusher.httpApiUrl.toString());
    settings.endGroup();
}

PusherSettings readPusher(QSettings &settings)
{
    PusherSettings pusher;
    settings.beginGroup(QStringLiteral("pusher"));
    pusher.preset = PusherSettings::presetFromId(settings.value(QStringLiteral("preset")).toString())
                        .value_or(PusherSettings::Preset::Custom);
    pusher.appKey = settings.value(QStringLiteral("appKey")).toString();
    pusher.cluster = settings.value(QStringLiteral("cluster")).toString();
    pusher.host = settings.value(QStringLiteral("host")).toString();
    const auto port = [&settings](const QString &key, quint16 fallback) {
        bool ok = false;
        const int value = settings.value(key).toInt(&ok);
        return ok && value > 0 && value <= 65535 ? quint16(value) : fallback;
    };
    pusher.wsPort = port(QStringLiteral("wsPort"), pusher.wsPort);
    pusher.wssPort = port(QStringLiteral("wssPort"), pusher.wssPort);
    pusher.tls = settings.value(QStringLiteral("tls"), pusher.tls).toBool();
    pusher.path = settings.value(QStringLiteral("path")).toString();
    pusher.channelAuthEndpoint = QUrl(settings.value(QStringLiteral("channelAuthEndpoint")).toString());
    const QStringList params = settings.value(QStringLiteral("authParams")).toStringList();
    for (const QString &param : params) {
        const qsizetype equals = param.indexOf(u'=');
        if (equals > 0)
            pusher.authParams.append({param.left(equals), param.mid(equals + 1)});
    }
    pusher.userAuthEndpoint = QUrl(settings.value(QStringLiteral("userAuthEndpoint")).toString());
    pusher.appId = settings.value(QStringLiteral("appId")).toString();
    pusher.userId = settings.value(QStringLiteral("userId"), pusher.userId).toString();
    pusher.userInfo = QJsonDocument::fromJson(settings.value(QStringLiteral("userInfo")).toString().toUtf8()).object();
    pusher.httpApiUrl = QUrl(settings.value(QStringLiteral("httpApiUrl")).toString());
    settings.endGroup();
    return pusher;
}

} // namespace

MonitorSettings::MonitorSettings(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{ }

MonitorSettings::~MonitorSettings() = default;

QList<Profile> MonitorSettings::profiles() const
{
    // The built-in simulators first, whatever the file says.
    QList<Profile> result {Profile::defaults().at(0), Profile::pusherSimulator()};
    const int count = m_settings->beginReadArray(profilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile;
        profile.id = m_settings->value(QStringLiteral("id")).toString();
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        const auto kind = kindFromText(m_settings->value(QStringLiteral("kind")).toString());
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        // A hand-edited or older file must not produce a broken profile: skip what does not parse.
        if (profile.id.isEmpty() || !kind || profile.name.isEmpty())
            continue;
        profile.kind = *kind;
        if (profile.isBuiltIn())
            continue;
        if (profile.isPusher()) {
            profile.baseUrl.clear();
            profile.pusher = readPusher(*m_settings);
            if (!profile.pusher.validate().isEmpty())
                continue;
        } else if (!validateBaseUrl(profile.baseUrl).isEmpty()) {
            continue;
        }
        result.append(profile);
    }
    m_settings->endArray();
    // First run: offer the Shuriken API profile as well.
    if (count == 0 && !m_settings->contains(profilesKey + QStringLiteral("/size")))
        result.append(Profile::defaults().constLast());
    return result;
}

void MonitorSettings::setProfiles(const QList<Profile> &given)
{
    const QList<Profile> before = this->profiles();
    // What is compared and written has no secret, whatever the caller passed.
    QList<Profile> profiles = given;
    for (Profile &profile : profiles)
        PusherSecrets::strip(profile.pusher);
    m_settings->remove(profilesKey);
    m_settings->beginWriteArray(profilesKey);
    int index = 0;
    for (const auto &profile : profiles) {
        if (profile.isBuiltIn())
            continue;
        m_settings->setArrayIndex(index++);
        m_settings->setValue(QStringLiteral("id"), profile.id);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        m_settings->setValue(QStringLiteral("kind"), kindToText(profile.kind));
        if (profile.isPusher())
            writePusher(*m_settings, profile.pusher);
        else
            m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
    }
    m_settings->endArray();
    if (this->profiles() != before)
        Q_EMIT profilesChanged();
}

QStringList MonitorSettings::recentChannels(const QString &profileId) const
{
    QStringList channels = m_settings->value(recentChannelsKey(profileId)).toStringList();
    channels.removeAll(QString());
    return channels.mid(0, MaxRecentValues);
}

void MonitorSettings::rememberChannel(const QString &profileId, const QString &channel)
{
    const QString trimmed = channel.trimmed();
    if (profileId.isEmpty() || trimmed.isEmpty())
        return;
    QStringList channels = recentChannels(profileId);
    channels.removeAll(trimmed);
    channels.prepend(trimmed);
    m_settings->setValue(recentChannelsKey(profileId), channels.mid(0, MaxRecentValues));
}

QStringList MonitorSettings::discoveredColumns(const QString &streamId) const
{
    return m_settings->value(discoveredKey(streamId)).toStringList();
}

void MonitorSettings::setDiscoveredColumns(const QString &streamId, const QStringList &expressions)
{
    if (expressions.isEmpty())
        m_settings->remove(discoveredKey(streamId));
    else
        m_settings->setValue(discoveredKey(streamId), expressions);
}

Profile MonitorSettings::profile(const QString &id) const
{
    const QList<Profile> all = profiles();
    for (const auto &profile : all) {
        if (profile.id == id)
            return profile;
    }
    return all.constFirst();
}

QString MonitorSettings::lastProfileId() const
{
    return m_settings->value(lastProfileKey, Profile::simulatorId()).toString();
}

void MonitorSettings::setLastProfileId(const QString &id)
{
    m_settings->setValue(lastProfileKey, id);
}

int MonitorSettings::tableCapacity() const
{
    return std::clamp(m_settings->value(tableCapacityKey, DefaultTableCapacity).toInt(), MinCapacity, MaxCapacity);
}

void MonitorSettings::setTableCapacity(int rows)
{
    rows = std::clamp(rows, MinCapacity, MaxCapacity);
    if (rows == tableCapacity())
        return;
    m_settings->setValue(tableCapacityKey, rows);
    Q_EMIT capacitiesChanged();
}

int MonitorSettings::recorderMegabytes() const
{
    return std::clamp(m_settings->value(recorderMegabytesKey, DefaultRecorderMegabytes).toInt(), MinRecorderMegabytes,
                      MaxRecorderMegabytes);
}

void MonitorSettings::setRecorderMegabytes(int megabytes)
{
    megabytes = std::clamp(megabytes, MinRecorderMegabytes, MaxRecorderMegabytes);
    if (megabytes == recorderMegabytes())
        return;
    m_settings->setValue(recorderMegabytesKey, megabytes);
    Q_EMIT capacitiesChanged();
}

int MonitorSettings::recorderMinutes() const
{
    return std::clamp(m_settings->value(recorderMinutesKey, DefaultRecorderMinutes).toInt(), MinRecorderMinutes,
                      MaxRecorderMinutes);
}

void MonitorSettings::setRecorderMinutes(int minutes)
{
    minutes = std::clamp(minutes, MinRecorderMinutes, MaxRecorderMinutes);
    if (minutes == recorderMinutes())
        return;
    m_settings->setValue(recorderMinutesKey, minutes);
    Q_EMIT capacitiesChanged();
}

capture::FlightRecorder::Limits MonitorSettings::recorderLimits() const
{
    capture::FlightRecorder::Limits limits;
    limits.maxBytes = qint64(recorderMegabytes()) * 1024 * 1024;
    limits.maxAgeMs = qint64(recorderMinutes()) * 60 * 1000;
    return limits;
}

int MonitorSettings::updateIntervalMs() const
{
    return std::clamp(m_settings->value(updateIntervalKey, DefaultUpdateIntervalMs).toInt(), MinUpdateIntervalMs,
                      MaxUpdateIntervalMs);
}

void MonitorSettings::setUpdateIntervalMs(int milliseconds)
{
    milliseconds = std::clamp(milliseconds, MinUpdateIntervalMs, MaxUpdateIntervalMs);
    if (milliseconds == updateIntervalMs())
        return;
    m_settings->setValue(updateIntervalKey, milliseconds);
    Q_EMIT capacitiesChanged();
}

QStringList MonitorSettings::recentFilterValues(const QString &filterName) const
{
    return m_settings->value(recentKey(filterName)).toStringList();
}

void MonitorSettings::rememberFilterValue(const QString &filterName, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (filterName.isEmpty() || trimmed.isEmpty())
        return;
    QStringList values = recentFilterValues(filterName);
    values.removeAll(trimmed);
    values.prepend(trimmed);
    while (values.size() > MaxRecentValues)
        values.removeLast();
    m_settings->setValue(recentKey(filterName), values);
}

QList<SavedDisplayFilter> MonitorSettings::savedDisplayFilters() const
{
    QList<SavedDisplayFilter> result;
    const int count = m_settings->beginReadArray(savedDisplayFiltersKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        SavedDisplayFilter filter {m_settings->value(QStringLiteral("name")).toString().trimmed(),
                                   m_settings->value(QStringLiteral("expression")).toString().trimmed()};
        // A hand-edited file may hold half an entry: it could be neither shown nor applied.
        if (!filter.name.isEmpty() && !filter.expression.isEmpty())
            result.append(filter);
    }
    m_settings->endArray();
    return result;
}

static void writeSavedDisplayFilters(QSettings &settings, const QList<SavedDisplayFilter> &filters)
{
    settings.remove(savedDisplayFiltersKey);
    settings.beginWriteArray(savedDisplayFiltersKey, int(filters.size()));
    for (int i = 0; i < filters.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), filters.at(i).name);
        settings.setValue(QStringLiteral("expression"), filters.at(i).expression);
    }
    settings.endArray();
}

void MonitorSettings::saveDisplayFilter(const QString &name, const QString &expression)
{
    const SavedDisplayFilter saved {name.trimmed(), expression.trimmed()};
    if (saved.name.isEmpty() || saved.expression.isEmpty())
        return;
    QList<SavedDisplayFilter> filters = savedDisplayFilters();
    const auto same = std::find_if(filters.begin(), filters.end(),
                                   [&saved](const SavedDisplayFilter &filter) { return filter.name == saved.name; });
    if (same != filters.end())
        *same = saved;
    else
        filters.append(saved);
    writeSavedDisplayFilters(*m_settings, filters);
    Q_EMIT displayFiltersChanged();
}

void MonitorSettings::removeSavedDisplayFilter(const QString &name)
{
    QList<SavedDisplayFilter> filters = savedDisplayFilters();
    if (filters.removeIf([&name](const SavedDisplayFilter &filter) { return filter.name == name; }) == 0)
        return;
    writeSavedDisplayFilters(*m_settings, filters);
    Q_EMIT displayFiltersChanged();
}

QStringList MonitorSettings::recentDisplayFilters() const
{
    QStringList filters = m_settings->value(recentDisplayFiltersKey).toStringList();
    filters.removeAll(QString());
    while (filters.size() > MaxRecentDisplayFilters)
        filters.removeLast();
    return filters;
}

void MonitorSettings::rememberDisplayFilter(const QString &expression)
{
    const QString trimmed = expression.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList filters = recentDisplayFilters();
    if (!filters.isEmpty() && filters.constFirst() == trimmed)
        return;
    filters.removeAll(trimmed);
    filters.prepend(trimmed);
    while (filters.size() > MaxRecentDisplayFilters)
        filters.removeLast();
    m_settings->setValue(recentDisplayFiltersKey, filters);
    Q_EMIT displayFiltersChanged();
}

void MonitorSettings::clearRecentDisplayFilters()
{
    if (!m_settings->contains(recentDisplayFiltersKey))
        return;
    m_settings->remove(recentDisplayFiltersKey);
    Q_EMIT displayFiltersChanged();
}

QStringList MonitorSettings::customColumns(const QString &streamId) const
{
    QStringList expressions = m_settings->value(columnsKey(streamId)).toStringList();
    expressions.removeAll(QString());
    expressions.removeDuplicates();
    return expressions;
}

void MonitorSettings::setCustomColumns(const QString &streamId, const QStringList &expressions)
{
    if (expressions.isEmpty())
        m_settings->remove(columnsKey(streamId));
    else
        m_settings->setValue(columnsKey(streamId), expressions);
}

QList<ColouringRule> MonitorSettings::defaultColouringRules()
{
    return {
        {tr("Payload not parsed"), QStringLiteral("!exists payload"), QColor(0x3d, 0x2a, 0x00),
         QColor(0xff, 0xd8, 0x6b), true},
        {tr("Swap buys"), QStringLiteral("stream == \"svm.token.swaps\" && isBuy"), QColor(0x0b, 0x3d, 0x18),
         QColor(0xcf, 0xf0, 0xd6), true},
        {tr("Swap sells"), QStringLiteral("stream == \"svm.token.swaps\" && !isBuy"), QColor(0x5c, 0x0b, 0x0b),
         QColor(0xf8, 0xd4, 0xd4), true},
    };
}

QList<ColouringRule> MonitorSettings::colouringRules() const
{
    if (!m_settings->value(colouringRulesSetKey).toBool())
        return defaultColouringRules();
    QList<ColouringRule> rules;
    const int count = m_settings->beginReadArray(colouringRulesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ColouringRule rule;
        rule.name = m_settings->value(QStringLiteral("name")).toString();
        rule.filter = m_settings->value(QStringLiteral("filter")).toString();
        // QColor's own text form, "#rrggbb"; an empty or unknown one is no colour.
        rule.foreground = QColor::fromString(m_settings->value(QStringLiteral("foreground")).toString());
        rule.background = QColor::fromString(m_settings->value(QStringLiteral("background")).toString());
        rule.enabled = m_settings->value(QStringLiteral("enabled"), true).toBool();
        rules.append(rule);
    }
    m_settings->endArray();
    return rules;
}

void MonitorSettings::setColouringRules(const QList<ColouringRule> &rules)
{
    if (m_settings->value(colouringRulesSetKey).toBool() && rules == colouringRules())
        return;
    const auto colourText = [](const QColor &colour) {
        return colour.isValid() ? colour.name() : QString();
    };
    m_settings->remove(colouringRulesKey);
    m_settings->beginWriteArray(colouringRulesKey, int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        const ColouringRule &rule = rules.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), rule.name);
        m_settings->setValue(QStringLiteral("filter"), rule.filter);
        m_settings->setValue(QStringLiteral("foreground"), colourText(rule.foreground));
        m_settings->setValue(QStringLiteral("background"), colourText(rule.background));
        m_settings->setValue(QStringLiteral("enabled"), rule.enabled);
    }
    m_settings->endArray();
    m_settings->setValue(colouringRulesSetKey, true);
    Q_EMIT colouringRulesChanged();
}

QList<SubscriptionRequest> MonitorSettings::savedSubscriptions(const QString &profileId) const
{
    // Stored as JSON text: one readable value per profile, and the same shape the session
    // endpoint takes, so SubscriptionRequest's own strict parser checks it.
    const QByteArray text = m_settings->value(sessionKey(profileId)).toString().toUtf8();
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    QList<SubscriptionRequest> result;
    for (const auto &value : array) {
        QString error;
        if (auto request = SubscriptionRequest::fromJson(value, &error); request && !request->stream.isEmpty()) {
            if (!result.contains(*request))
                result.append(*request);
        }
    }
    return result;
}

void MonitorSettings::setSavedSubscriptions(const QString &profileId, const QList<SubscriptionRequest> &subscriptions)
{
    QJsonArray array;
    for (const auto &request : subscriptions)
        array.append(request.toJson());
    m_settings->setValue(sessionKey(profileId), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

QByteArray MonitorSettings::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

QByteArray MonitorSettings::windowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void MonitorSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

void MonitorSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(stateKey, state);
}

bool MonitorSettings::hideHeartbeats() const
{
    return m_settings->value(hideHeartbeatsKey, true).toBool();
}

void MonitorSettings::setHideHeartbeats(bool hide)
{
    m_settings->setValue(hideHeartbeatsKey, hide);
}

QString MonitorSettings::exportDirectory() const
{
    return m_settings->value(exportDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void MonitorSettings::setExportDirectory(const QString &directory)
{
    m_settings->setValue(exportDirectoryKey, directory);
}

void MonitorSettings::sync()
{
    m_settings->sync();
}

} // namespace shuriken
