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
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");

QString recentKey(const QString &filterName)
{
    return QStringLiteral("recentFilterValues/") + filterName;
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
    return std::nullopt;
}

} // namespace

MonitorSettings::MonitorSettings(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{ }

MonitorSettings::~MonitorSettings() = default;

QList<Profile> MonitorSettings::profiles() const
{
    QList<Profile> result;
    result.append(Profile::defaults().constFirst());
    const int count = m_settings->beginReadArray(profilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile;
        profile.id = m_settings->value(QStringLiteral("id")).toString();
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        const auto kind = kindFromText(m_settings->value(QStringLiteral("kind")).toString());
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        // A hand-edited or older file must not produce a broken profile: skip what does not parse.
        if (profile.id.isEmpty() || !kind || *kind == Profile::Kind::Simulator || profile.name.isEmpty())
            continue;
        profile.kind = *kind;
        if (!validateBaseUrl(profile.baseUrl).isEmpty())
            continue;
        result.append(profile);
    }
    m_settings->endArray();
    // First run: offer the Shuriken API profile as well.
    if (count == 0 && !m_settings->contains(profilesKey + QStringLiteral("/size")))
        result.append(Profile::defaults().constLast());
    return result;
}

void MonitorSettings::setProfiles(const QList<Profile> &profiles)
{
    const QList<Profile> before = this->profiles();
    m_settings->remove(profilesKey);
    m_settings->beginWriteArray(profilesKey);
    int index = 0;
    for (const auto &profile : profiles) {
        if (profile.isSimulator())
            continue;
        m_settings->setArrayIndex(index++);
        m_settings->setValue(QStringLiteral("id"), profile.id);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        m_settings->setValue(QStringLiteral("kind"), kindToText(profile.kind));
        m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
    }
    m_settings->endArray();
    if (this->profiles() != before)
        Q_EMIT profilesChanged();
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
