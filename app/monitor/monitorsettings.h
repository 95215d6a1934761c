#pragma once

#include "dto.h"
#include "flightrecorder.h"
#include "profile.h"

#include <QColor>
#include <QObject>
#include <QSettings>

#include <memory>

namespace shuriken {

/// A display filter the user saved under a name (the filter box's bookmark menu).
struct SavedDisplayFilter
{
    QString name;
    QString expression;

    friend bool operator==(const SavedDisplayFilter &, const SavedDisplayFilter &) = default;
};

/// Colours the event-table rows a display filter matches (Wireshark's colouring rules). An
/// invalid colour leaves that role to the theme.
struct ColouringRule
{
    QString name;
    QString filter;
    QColor foreground;
    QColor background;
    bool enabled = true;

    friend bool operator==(const ColouringRule &, const ColouringRule &) = default;
};

/// The monitor's preferences on top of QSettings: profiles, capacities, recent filter values,
/// the subscriptions to restore and window state. Never holds a secret: API keys live in the
/// SecretStore. Tests hand in a QSettings on a temporary INI file.
class MonitorSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorSettings)

public:
    static constexpr int DefaultTableCapacity = 100000;
    /// The flight recorder's limits (capture::FlightRecorder): 15 minutes, 512 MiB.
    static constexpr int DefaultRecorderMegabytes = int(capture::FlightRecorder::DefaultMaxBytes / (1024 * 1024));
    static constexpr int DefaultRecorderMinutes = int(capture::FlightRecorder::DefaultMaxAgeMs / 60000);
    static constexpr int MinRecorderMegabytes = 16;
    static constexpr int MaxRecorderMegabytes = 64 * 1024;
    static constexpr int MinRecorderMinutes = 1;
    static constexpr int MaxRecorderMinutes = 7 * 24 * 60;
    /// How often the views take in new events (Wireshark's "Update interval",
    /// capture.update_interval, 100 ms there): the events of one interval cost one repaint. A new
    /// row waits at most the interval, then the batch and the paint: 80 ms leaves those 20 ms
    /// so that rows show within 100 ms of arrival (bench_steady: 79-84 ms at 20 events/s, where
    /// 100 ms gave 96-102 ms), at the same CPU at everyday rates: 20 events/s are 10 batches a
    /// second either way, since a batch's interval starts at its first event.
    static constexpr int DefaultUpdateIntervalMs = 80;
    static constexpr int MinUpdateIntervalMs = 10;
    static constexpr int MaxUpdateIntervalMs = 1000;
    static constexpr int MinCapacity = 100;
    static constexpr int MaxCapacity = 5000000;
    static constexpr int MaxRecentValues = 10;
    static constexpr int MaxRecentDisplayFilters = 10;

    /// Takes ownership of `settings`; a null pointer means the application's default QSettings.
    explicit MonitorSettings(std::unique_ptr<QSettings> settings = {}, QObject *parent = nullptr);
    ~MonitorSettings() override;

    /// Always starts with the two built-in simulators (Profile::defaults()); the rest in the
    /// user's order. A Pusher profile comes back without its secrets (PusherSecrets).
    QList<Profile> profiles() const;
    /// Stores every profile but the built-in ones; secrets in them are not written.
    void setProfiles(const QList<Profile> &profiles);
    Profile profile(const QString &id) const;
    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    int tableCapacity() const;
    void setTableCapacity(int rows);
    int recorderMegabytes() const;
    void setRecorderMegabytes(int megabytes);
    int recorderMinutes() const;
    void setRecorderMinutes(int minutes);
    capture::FlightRecorder::Limits recorderLimits() const;
    int updateIntervalMs() const;
    void setUpdateIntervalMs(int milliseconds);

    /// Most recent first, at most MaxRecentValues, per filter name (tokenAddress, chainId, ...).
    QStringList recentFilterValues(const QString &filterName) const;
    void rememberFilterValue(const QString &filterName, const QString &value);

    /// Display filters saved by name, in the user's order (`filters/saved`).
    QList<SavedDisplayFilter> savedDisplayFilters() const;
    /// Saves @p expression as @p name, replacing a filter of that name, else appending it.
    void saveDisplayFilter(const QString &name, const QString &expression);
    void removeSavedDisplayFilter(const QString &name);
    /// The display filters last applied, most recent first, at most MaxRecentDisplayFilters
    /// (`filters/recent`).
    QStringList recentDisplayFilters() const;
    void rememberDisplayFilter(const QString &expression);
    void clearRecentDisplayFilters();

    /// The colouring rules in order (the first enabled match colours a row), `filters/colouring`;
    /// defaultColouringRules() until the user has set any.
    QList<ColouringRule> colouringRules() const;
    void setColouringRules(const QList<ColouringRule> &rules);
    /// Failed payloads stand out; swaps' buys are green-ish and sells red-ish. Foreground and
    /// background both, so a row reads the same in light and dark themes.
    static QList<ColouringRule> defaultColouringRules();

    /// The custom columns ("Apply as Column") of @p streamId's tables, in order
    /// (`columns/<streamId>`): value expressions of the display-filter language.
    QStringList customColumns(const QString &streamId) const;
    /// Stores @p expressions; an empty list removes the key.
    void setCustomColumns(const QString &streamId, const QStringList &expressions);

    /// The channels last subscribed by name on a Pusher profile, most recent first, at most
    /// MaxRecentValues (`sessions/<profileId>/recentChannels`).
    QStringList recentChannels(const QString &profileId) const;
    void rememberChannel(const QString &profileId, const QString &channel);

    /// The columns FieldDiscovery proposed for @p streamId's tables so far, the user's removals
    /// included, so that a removed column is not proposed again (`discoveredColumns/<streamId>`).
    QStringList discoveredColumns(const QString &streamId) const;
    void setDiscoveredColumns(const QString &streamId, const QStringList &expressions);

    /// The subscriptions open when the monitor last ran on this profile.
    QList<SubscriptionRequest> savedSubscriptions(const QString &profileId) const;
    void setSavedSubscriptions(const QString &profileId, const QList<SubscriptionRequest> &subscriptions);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray &geometry);
    void setWindowState(const QByteArray &state);

    bool hideHeartbeats() const;
    void setHideHeartbeats(bool hide);

    /// Where the last export went; the user's documents folder at first.
    QString exportDirectory() const;
    void setExportDirectory(const QString &directory);

    void sync();
    QSettings *settings() const { return m_settings.get(); }

Q_SIGNALS:
    /// setProfiles() stored a different list.
    void profilesChanged();
    /// What the tables and the flight recorder keep, or how often the views take in events,
    /// changed.
    void capacitiesChanged();
    /// The saved or recent display filters changed (every table's bookmark menu shows them).
    void displayFiltersChanged();
    /// setColouringRules() stored different rules.
    void colouringRulesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace shuriken
