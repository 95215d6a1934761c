#include "savecapturedialog.h"

#include "capturefile.h"
#include "flightrecorder.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace shuriken {

namespace {

QString timeText(qint64 us)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(us / 1000), QStringLiteral("yyyy-MM-dd hh:mm:ss"));
}

} // namespace

SaveCaptureDialog::SaveCaptureDialog(const capture::FlightRecorder *recorder,
                                     std::optional<std::pair<qint64, qint64>> selection, QWidget *parent)
    : QDialog(parent)
    , m_recorder(recorder)
    , m_selection(selection)
{
    setWindowTitle(tr("Save Capture"));
    auto *layout = new QVBoxLayout(this);

    const bool empty = recorder->frameCount() == 0 && recorder->entryCount() == 0;
    m_everything
        = new QRadioButton(empty ? tr("&Everything the flight recorder holds (nothing yet)")
                                 : tr("&Everything the flight recorder holds (%1 to %2)")
                                       .arg(timeText(recorder->firstTimeUs()), timeText(recorder->lastTimeUs())),
                           this);
    layout->addWidget(m_everything);

    auto *minutesRow = new QHBoxLayout;
    m_lastMinutes = new QRadioButton(tr("The &last"), this);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(1, 7 * 24 * 60);
    m_minutes->setValue(5);
    m_minutes->setSuffix(tr(" minutes"));
    minutesRow->addWidget(m_lastMinutes);
    minutesRow->addWidget(m_minutes);
    minutesRow->addStretch();
    layout->addLayout(minutesRow);

    m_selected = new QRadioButton(this);
    if (m_selection) {
        m_selected->setText(tr("The time range of the &selected frames (%1 to %2)")
                                .arg(timeText(m_selection->first), timeText(m_selection->second)));
    } else {
        m_selected->setText(tr("The time range of the &selected frames (select frames in the debugger)"));
        m_selected->setEnabled(false);
    }
    layout->addWidget(m_selected);
    m_everything->setChecked(true);

    auto *fileRow = new QHBoxLayout;
    m_fileName = new QLineEdit(suggestedFileName(QDir::homePath()), this);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    layout->addLayout(form);

    m_summary = new QLabel(tr("JSON Lines, read by jq; a name ending in .gz is compressed (zcat reads it). "
                              "Secrets are redacted, as in the debugger."),
                           this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &SaveCaptureDialog::browse);
    connect(m_fileName, &QLineEdit::textChanged, this, &SaveCaptureDialog::updateOkButton);
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] { m_lastMinutes->setChecked(true); });
    updateOkButton();
}

SaveCaptureDialog::~SaveCaptureDialog() = default;

SaveCaptureDialog::Range SaveCaptureDialog::range() const
{
    if (m_lastMinutes->isChecked())
        return Range::LastMinutes;
    if (m_selected->isChecked())
        return Range::Selection;
    return Range::Everything;
}

void SaveCaptureDialog::setRange(Range range)
{
    switch (range) {
    case Range::Everything:
        m_everything->setChecked(true);
        break;
    case Range::LastMinutes:
        m_lastMinutes->setChecked(true);
        break;
    case Range::Selection:
        if (m_selection)
            m_selected->setChecked(true);
        break;
    }
}

void SaveCaptureDialog::setLastMinutes(int minutes)
{
    m_minutes->setValue(minutes);
}

std::pair<qint64, qint64> SaveCaptureDialog::rangeUs() const
{
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    switch (range()) {
    case Range::LastMinutes:
        // The last minutes of what the recorder holds: a capture saved an hour after the problem
        // still holds the problem.
        return {m_recorder->lastTimeUs() - qint64(m_minutes->value()) * 60 * 1000 * 1000, Max};
    case Range::Selection:
        return *m_selection;
    case Range::Everything:
        break;
    }
    return {std::numeric_limits<qint64>::min(), Max};
}

QString SaveCaptureDialog::fileName() const
{
    return m_fileName->text().trimmed();
}

void SaveCaptureDialog::setFileName(const QString &fileName)
{
    m_fileName->setText(fileName);
}

QString SaveCaptureDialog::suggestedFileName(const QString &directory)
{
    const QString name = QStringLiteral("shuriken-%1.jsonl.gz")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return QDir(directory).filePath(name);
}

bool SaveCaptureDialog::save(const capture::FlightRecorder *recorder, const QString &fileName,
                             std::pair<qint64, qint64> range, QString *error)
{
    return capture::writeCaptureFile(fileName, recorder->snapshot(range.first, range.second), error);
}

void SaveCaptureDialog::run(const capture::FlightRecorder *recorder, std::optional<std::pair<qint64, qint64>> selection,
                            QWidget *parent)
{
    SaveCaptureDialog dialog(recorder, selection, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!save(recorder, dialog.fileName(), dialog.rangeUs(), &error))
        QMessageBox::warning(parent, tr("Save Capture"), tr("Could not save the capture: %1").arg(error));
}

void SaveCaptureDialog::browse()
{
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Save Capture"), fileName(),
                                       tr("Captures, compressed (*.jsonl.gz);;Captures (*.jsonl);;All files (*)"));
    if (!chosen.isEmpty())
        m_fileName->setText(chosen);
}

void SaveCaptureDialog::updateOkButton()
{
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Save)->setEnabled(!fileName().isEmpty());
}

} // namespace shuriken
