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

    m_frameCapacity = new QSpinBox(this);
    m_frameCapacity->setRange(MonitorSettings::MinCapacity, MonitorSettings::MaxCapacity);
    m_frameCapacity->setSingleStep(1000);
    m_frameCapacity->setGroupSeparatorShown(true);
    m_frameCapacity->setSuffix(tr(" frames"));
    m_frameCapacity->setValue(settings->frameLogCapacity());
    form->addRow(tr("Frames kept by the &debugger:"), m_frameCapacity);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Tables keep the newest rows and count the ones they let go. Each row costs "
                               "roughly the size of its payload, so 100,000 rows of swaps take some 100 MB."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_tableCapacity->setValue(MonitorSettings::DefaultTableCapacity);
        m_frameCapacity->setValue(MonitorSettings::DefaultFrameLogCapacity);
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

int SettingsDialog::frameLogCapacity() const
{
    return m_frameCapacity->value();
}

void SettingsDialog::apply()
{
    m_settings->setTableCapacity(m_tableCapacity->value());
    m_settings->setFrameLogCapacity(m_frameCapacity->value());
}

} // namespace shuriken
