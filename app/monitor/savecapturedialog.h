#pragma once

#include <QDialog>

#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace shuriken {

namespace capture {
class FlightRecorder;
}

/// File -> Save Capture: which part of the flight recorder to save (all of it, the last N
/// minutes, or the time range of the frames selected in the debugger) and where. A name ending
/// in ".gz" is compressed.
class SaveCaptureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveCaptureDialog)

public:
    /// @p selection: the time range (µs since the epoch) of the frames selected in the debugger.
    SaveCaptureDialog(const capture::FlightRecorder *recorder, std::optional<std::pair<qint64, qint64>> selection,
                      QWidget *parent = nullptr);
    ~SaveCaptureDialog() override;

    enum class Range
    {
        Everything,
        LastMinutes,
        Selection,
    };
    Range range() const;
    void setRange(Range range);
    void setLastMinutes(int minutes);
    /// The chosen range, µs since the epoch, both ends included.
    std::pair<qint64, qint64> rangeUs() const;

    QString fileName() const;
    void setFileName(const QString &fileName);

    /// A file name in @p directory for a capture made now: shuriken-YYYYMMDD-HHMMSS.jsonl.gz.
    static QString suggestedFileName(const QString &directory);

    /// Writes the range [fromUs, toUs] of @p recorder to @p fileName.
    static bool save(const capture::FlightRecorder *recorder, const QString &fileName, std::pair<qint64, qint64> range,
                     QString *error);
    /// The whole interaction: the dialog, the file, and an error box when writing fails.
    static void run(const capture::FlightRecorder *recorder, std::optional<std::pair<qint64, qint64>> selection,
                    QWidget *parent);

private:
    void browse();
    void updateOkButton();

    const capture::FlightRecorder *m_recorder;
    std::optional<std::pair<qint64, qint64>> m_selection;
    QRadioButton *m_everything = nullptr;
    QRadioButton *m_lastMinutes = nullptr;
    QRadioButton *m_selected = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_fileName = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace shuriken
