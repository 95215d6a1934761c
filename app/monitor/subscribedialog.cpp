#include "subscribedialog.h"

#include "filtervalidator.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shuriken {

SubscribeDialog::SubscribeDialog(const StreamDescriptor &stream, const QHash<QString, QStringList> &recentValues,
                                 QWidget *parent)
    : QDialog(parent)
    , m_stream(stream)
{
    setWindowTitle(tr("Subscribe to %1").arg(stream.id));
    setObjectName(QStringLiteral("subscribeDialog"));

    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setText(stream.id);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    layout->addWidget(title);

    if (!stream.description.isEmpty()) {
        auto *description = new QLabel(stream.description, this);
        description->setTextFormat(Qt::PlainText);
        description->setWordWrap(true);
        layout->addWidget(description);
    }
    if (stream.visibility != Visibility::Public) {
        auto *note = new QLabel(tr("This is a %1 stream: the server authorizes it with your API key.")
                                    .arg(visibilityToString(stream.visibility)),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QString streamNamespace = stream.streamNamespace();
    for (const auto &filter : stream.filters) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(filter.name);
        const FilterValueFormat format = filterValueFormat(streamNamespace, filter.name);
        edit->setValidator(new FilterValueValidator(format, edit));
        edit->setPlaceholderText(filterValueHint(format));
        edit->setToolTip(filter.description);
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
        const QStringList recent = recentValues.value(filter.name);
        if (!recent.isEmpty()) {
            auto *completer = new QCompleter(recent, edit);
            completer->setCaseSensitivity(Qt::CaseSensitive);
            completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
            edit->setCompleter(completer);
        }
        connect(edit, &QLineEdit::textChanged, this, &SubscribeDialog::updateState);
        // Label: the filter's name, marked when required; the description goes beneath.
        const QString label = filter.required ? tr("%1 (required):").arg(filter.name) : tr("%1:").arg(filter.name);
        auto *field = new QWidget(this);
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(2);
        fieldLayout->addWidget(edit);
        if (!filter.description.isEmpty()) {
            auto *hint = new QLabel(filter.description, field);
            hint->setTextFormat(Qt::PlainText);
            hint->setWordWrap(true);
            hint->setForegroundRole(QPalette::PlaceholderText);
            fieldLayout->addWidget(hint);
        }
        form->addRow(label, field);
        m_editors.insert(filter.name, edit);
    }
    if (stream.filters.isEmpty()) {
        auto *none = new QLabel(tr("This stream takes no filters."), this);
        layout->addWidget(none);
    }
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("problemMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Subscribe"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    if (!stream.filters.isEmpty())
        m_editors.value(stream.filters.constFirst().name)->setFocus();
    updateState();
}

SubscribeDialog::~SubscribeDialog() = default;

StreamFilter SubscribeDialog::filter() const
{
    StreamFilter result;
    for (const auto &descriptor : m_stream.filters) {
        const QString value = m_editors.value(descriptor.name)->text().trimmed();
        if (!value.isEmpty())
            result.insert(descriptor.name, value);
    }
    return result;
}

void SubscribeDialog::setFilter(const StreamFilter &filter)
{
    for (auto it = filter.cbegin(); it != filter.cend(); ++it) {
        if (QLineEdit *edit = m_editors.value(it.key()))
            edit->setText(it.value());
    }
}

QString SubscribeDialog::problem() const
{
    const QString streamNamespace = m_stream.streamNamespace();
    for (const auto &descriptor : m_stream.filters) {
        const QString value = m_editors.value(descriptor.name)->text().trimmed();
        if (value.isEmpty()) {
            if (descriptor.required)
                return tr("%1 is required.").arg(descriptor.name);
            continue;
        }
        const QString why = filterValueProblem(filterValueFormat(streamNamespace, descriptor.name), value);
        if (!why.isEmpty())
            return tr("%1: %2.").arg(descriptor.name, why);
    }
    return {};
}

void SubscribeDialog::updateState()
{
    const QString why = problem();
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace shuriken
