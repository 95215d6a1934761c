#include "settingsdialog.h"

#include "monitorsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shuriken {

SettingsDialog::SettingsDialog(MonitorSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_tableCapacity = new QSpinBox(this);
    m_tableCapacity->setRange(MonitorSettings::MinCapacity, MonitorSettings::MaxCapacity);
    m_tableCapacity->setSingleStep(10000);
    m_tableCapacity->setGroupSeparatorShown(true);
    m_tableCapacity->setSuffix(tr(" rows"));
    m_tableCapacity->setValue(settings->tableCapacity());
    form->addRow(tr("Rows kept per &event table:"), m_tableCapacity);

    m_recorderMegabytes = new QSpinBox(this);
    m_recorderMegabytes->setRange(MonitorSettings::MinRecorderMegabytes, MonitorSettings::MaxRecorderMegabytes);
    m_recorderMegabytes->setSingleStep(64);
    m_recorderMegabytes->setGroupSeparatorShown(true);
    m_recorderMegabytes->setSuffix(tr(" MB"));
    m_recorderMegabytes->setValue(settings->recorderMegabytes());
    form->addRow(tr("Flight recorder &size:"), m_recorderMegabytes);

    m_recorderMinutes = new QSpinBox(this);
    m_recorderMinutes->setRange(MonitorSettings::MinRecorderMinutes, MonitorSettings::MaxRecorderMinutes);
    m_recorderMinutes->setSuffix(tr(" minutes"));
    m_recorderMinutes->setValue(settings->recorderMinutes());
    form->addRow(tr("Flight recorder &time span:"), m_recorderMinutes);

    m_updateInterval = new QSpinBox(this);
    m_updateInterval->setRange(MonitorSettings::MinUpdateIntervalMs, MonitorSettings::MaxUpdateIntervalMs);
    m_updateInterval->setSingleStep(50);
    m_updateInterval->setSuffix(tr(" ms"));
    m_updateInterval->setValue(settings->updateIntervalMs());
    m_updateInterval->setToolTip(tr("Events that arrive within one interval reach the tables together and cost "
                                    "one repaint; a new row shows within the interval."));
    form->addRow(tr("Table &update interval:"), m_updateInterval);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Tables keep the newest rows and count the ones they let go. Each row costs "
                               "roughly the size of its payload, so 100,000 rows of swaps take some 100 MB.\n"
                               "The flight recorder keeps every frame, HTTP exchange and state change from "
                               "start-up for the connection debugger and File → Save Capture: 512 MB hold "
                               "15 minutes of 1,000 swaps a second."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_tableCapacity->setValue(MonitorSettings::DefaultTableCapacity);
        m_recorderMegabytes->setValue(MonitorSettings::DefaultRecorderMegabytes);
        m_recorderMinutes->setValue(MonitorSettings::DefaultRecorderMinutes);
        m_updateInterval->setValue(MonitorSettings::DefaultUpdateIntervalMs);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

int SettingsDialog::tableCapacity() const
{
    return m_tableCapacity->value();
}

int SettingsDialog::recorderMegabytes() const
{
    return m_recorderMegabytes->value();
}

int SettingsDialog::recorderMinutes() const
{
    return m_recorderMinutes->value();
}

void SettingsDialog::apply()
{
    m_settings->setTableCapacity(m_tableCapacity->value());
    m_settings->setRecorderMegabytes(m_recorderMegabytes->value());
    m_settings->setRecorderMinutes(m_recorderMinutes->value());
    m_settings->setUpdateIntervalMs(m_updateInterval->value());
}

} // namespace shuriken
