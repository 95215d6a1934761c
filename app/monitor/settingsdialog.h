#pragma once

#include <QDialog>

class QSpinBox;

namespace shuriken {

class MonitorSettings;

/// The few preferences that are not a view toggle: how many rows an event table keeps and how
/// many frames the debugger keeps. Applied to MonitorSettings on OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(MonitorSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    int tableCapacity() const;
    int frameLogCapacity() const;

private:
    void apply();

    MonitorSettings *m_settings;
    QSpinBox *m_tableCapacity = nullptr;
    QSpinBox *m_frameCapacity = nullptr;
};

} // namespace shuriken
