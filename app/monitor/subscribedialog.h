#pragma once

#include "dto.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace shuriken {

/// The form for one subscription, generated from the stream's catalog entry: one line edit per
/// filter with the format's validator, recent values offered by a completer, and OK enabled only
/// when every required filter holds a valid value (the inline message says what is missing).
class SubscribeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscribeDialog)

public:
    /// `recentValues` maps a filter name to its recent values, most recent first.
    explicit SubscribeDialog(const StreamDescriptor &stream, const QHash<QString, QStringList> &recentValues = {},
                             QWidget *parent = nullptr);
    ~SubscribeDialog() override;

    const StreamDescriptor &stream() const { return m_stream; }
    /// The values entered, trimmed; optional filters left empty are not included.
    StreamFilter filter() const;
    void setFilter(const StreamFilter &filter);

    /// The line edit of one filter (for tests and for focus handling).
    QLineEdit *editorFor(const QString &filterName) const { return m_editors.value(filterName); }
    /// Why OK is disabled, or an empty string.
    QString problem() const;

private:
    void updateState();

    StreamDescriptor m_stream;
    QHash<QString, QLineEdit *> m_editors;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace shuriken
