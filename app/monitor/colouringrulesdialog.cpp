#include "colouringrulesdialog.h"

#include "displayfilteredit.h"

#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace shuriken {

ColouringRulesDialog::ColouringRulesDialog(const QList<ColouringRule> &rules, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
{
    setObjectName(QStringLiteral("colouringRulesDialog"));
    setWindowTitle(tr("Colouring Rules"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("A row takes the colours of the first enabled rule whose display filter matches it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *middle = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("colouringRuleList"));
    m_list->setAccessibleName(tr("Colouring rules"));
    middle->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    const auto addButton = [this, buttons](const QString &text, const char *name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        buttons->addWidget(button);
        return button;
    };
    connect(addButton(tr("Add", "colouring rule"), "addRule"), &QPushButton::clicked, this,
            &ColouringRulesDialog::addRule);
    m_remove = addButton(tr("Remove", "colouring rule"), "removeRule");
    connect(m_remove, &QPushButton::clicked, this, &ColouringRulesDialog::removeRule);
    m_up = addButton(tr("Move Up"), "moveRuleUp");
    connect(m_up, &QPushButton::clicked, this, &ColouringRulesDialog::moveUp);
    m_down = addButton(tr("Move Down"), "moveRuleDown");
    connect(m_down, &QPushButton::clicked, this, &ColouringRulesDialog::moveDown);
    buttons->addStretch(1);
    middle->addLayout(buttons);
    layout->addLayout(middle, 1);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("colouringRuleName"));
    form->addRow(tr("&Name:"), m_name);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("colouringRuleFilter"));
    m_filter->setPlaceholderText(tr("A display filter, e.g. isBuy && sizeUsd > 10000"));
    form->addRow(tr("&Filter:"), m_filter);
    auto *colours = new QHBoxLayout;
    m_foreground = new QPushButton(tr("Foreground…"), this);
    m_background = new QPushButton(tr("Background…"), this);
    auto *themeColours = new QPushButton(tr("Theme Colours"), this);
    themeColours->setToolTip(tr("Use the theme's text and background colours for this rule"));
    colours->addWidget(m_foreground);
    colours->addWidget(m_background);
    colours->addWidget(themeColours);
    colours->addStretch(1);
    form->addRow(tr("Colours:"), colours);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("colouringRuleProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    for (int row = 0; row < m_rules.size(); ++row) {
        m_list->addItem(new QListWidgetItem);
        refreshItem(row);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &ColouringRulesDialog::showRule);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (m_loading || row < 0)
            return;
        m_rules[row].enabled = item->checkState() == Qt::Checked;
        validate();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const int row = currentRow(); row >= 0) {
            m_rules[row].name = text;
            refreshItem(row);
        }
    });
    connect(m_filter, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const int row = currentRow(); row >= 0) {
            m_rules[row].filter = text;
            refreshItem(row);
            validate();
        }
    });
    connect(m_foreground, &QPushButton::clicked, this, [this] { pickColour(true); });
    connect(m_background, &QPushButton::clicked, this, [this] { pickColour(false); });
    connect(themeColours, &QPushButton::clicked, this, [this] {
        setForeground(QColor());
        setBackground(QColor());
    });
    m_list->setCurrentRow(m_rules.isEmpty() ? -1 : 0);
    showRule(currentRow());
    resize(560, 420);
}

ColouringRulesDialog::~ColouringRulesDialog() = default;

QAction *ColouringRulesDialog::createAction(MonitorSettings *settings, QWidget *parent)
{
    auto *action = new QAction(tr("Colouring &Rules…"), parent);
    action->setObjectName(QStringLiteral("colouringRulesAction"));
    connect(action, &QAction::triggered, parent, [settings, parent] {
        auto *dialog = new ColouringRulesDialog(settings->colouringRules(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, settings,
                [settings, dialog] { settings->setColouringRules(dialog->rules()); });
        dialog->open();
    });
    return action;
}

int ColouringRulesDialog::currentRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_rules.size() ? row : -1;
}

void ColouringRulesDialog::addRule()
{
    m_rules.append({tr("New rule"), QString(), QColor(), QColor(), true});
    m_list->addItem(new QListWidgetItem);
    refreshItem(int(m_rules.size()) - 1);
    m_list->setCurrentRow(int(m_rules.size()) - 1);
    m_filter->setFocus(Qt::OtherFocusReason);
    validate();
}

void ColouringRulesDialog::removeRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_rules.removeAt(row);
    delete m_list->takeItem(row);
    showRule(currentRow());
    validate();
}

void ColouringRulesDialog::moveUp()
{
    moveRule(currentRow(), currentRow() - 1);
}

void ColouringRulesDialog::moveDown()
{
    moveRule(currentRow(), currentRow() + 1);
}

void ColouringRulesDialog::moveRule(int from, int to)
{
    if (from < 0 || to < 0 || to >= m_rules.size())
        return;
    m_rules.move(from, to);
    refreshItem(from);
    refreshItem(to);
    m_list->setCurrentRow(to);
}

void ColouringRulesDialog::setForeground(const QColor &colour)
{
    if (const int row = currentRow(); row >= 0) {
        m_rules[row].foreground = colour;
        refreshItem(row);
    }
}

void ColouringRulesDialog::setBackground(const QColor &colour)
{
    if (const int row = currentRow(); row >= 0) {
        m_rules[row].background = colour;
        refreshItem(row);
    }
}

void ColouringRulesDialog::pickColour(bool foreground)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ColouringRule &rule = m_rules.at(row);
    const QColor initial = foreground ? rule.foreground : rule.background;
    const QColor picked = QColorDialog::getColor(initial.isValid() ? initial : QColor(Qt::white), this,
                                                 foreground ? tr("Foreground of “%1”").arg(rule.name)
                                                            : tr("Background of “%1”").arg(rule.name));
    if (!picked.isValid())
        return;
    if (foreground)
        setForeground(picked);
    else
        setBackground(picked);
}

void ColouringRulesDialog::refreshItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || row >= m_rules.size())
        return;
    const ColouringRule &rule = m_rules.at(row);
    m_loading = true;
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setText(rule.name);
    item->setToolTip(rule.filter);
    item->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    // The item shows the rule's own colours, as the rows it colours will.
    item->setData(Qt::ForegroundRole, rule.foreground.isValid() ? QVariant(rule.foreground) : QVariant());
    item->setData(Qt::BackgroundRole, rule.background.isValid() ? QVariant(rule.background) : QVariant());
    m_loading = false;
}

void ColouringRulesDialog::showRule(int row)
{
    const bool has = row >= 0 && row < m_rules.size();
    m_name->setEnabled(has);
    m_filter->setEnabled(has);
    m_foreground->setEnabled(has);
    m_background->setEnabled(has);
    m_remove->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_rules.size());
    m_name->setText(has ? m_rules.at(row).name : QString());
    m_filter->setText(has ? m_rules.at(row).filter : QString());
    validate();
}

void ColouringRulesDialog::validate()
{
    // The box shows the current rule's state as the filter bar would; OK waits for every
    // enabled rule to parse, because a rule that cannot parse would silently colour nothing.
    if (currentRow() >= 0)
        DisplayFilterEdit::showValidity(m_filter);
    QString problem;
    for (const ColouringRule &rule : std::as_const(m_rules)) {
        if (!rule.enabled)
            continue;
        FilterError error;
        if (!DisplayFilter::parse(rule.filter, &error).isValid()) {
            problem = tr("Rule “%1”: %2").arg(rule.name, error.message);
            break;
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace shuriken
