#pragma once

#include <QDialog>

class QSpinBox;

namespace shuriken {

class MonitorSettings;

/// The few preferences that are not a view toggle: how many rows an event table keeps and how
/// much the flight recorder keeps (megabytes and minutes). Applied to MonitorSettings on OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(MonitorSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    int tableCapacity() const;
    int recorderMegabytes() const;
    int recorderMinutes() const;

private:
    void apply();

    MonitorSettings *m_settings;
    QSpinBox *m_tableCapacity = nullptr;
    QSpinBox *m_recorderMegabytes = nullptr;
    QSpinBox *m_recorderMinutes = nullptr;
    QSpinBox *m_updateInterval = nullptr;
};

} // namespace shuriken
