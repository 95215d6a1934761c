#include "displayfilteredit.h"

#include "monitorsettings.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

namespace shuriken {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal ratio)
{
    return QColor::fromRgbF(float(a.redF() * (1 - ratio) + b.redF() * ratio),
                            float(a.greenF() * (1 - ratio) + b.greenF() * ratio),
                            float(a.blueF() * (1 - ratio) + b.blueF() * ratio));
}

// Menu entries show expressions and names as typed: '&' would otherwise become a mnemonic.
QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

DisplayFilterEdit::DisplayFilterEdit(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("displayFilterEdit"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_bookmarks = new QToolButton(this);
    m_bookmarks->setObjectName(QStringLiteral("filterBookmarks"));
    m_bookmarks->setIcon(QIcon::fromTheme(QStringLiteral("bookmarks"), style()->standardIcon(QStyle::SP_DirOpenIcon)));
    m_bookmarks->setToolTip(tr("Save this filter, or apply a saved or recent one"));
    m_bookmarks->setAccessibleName(tr("Display filter bookmarks"));
    m_bookmarks->setPopupMode(QToolButton::InstantPopup);
    m_menu = new QMenu(m_bookmarks);
    m_menu->setObjectName(QStringLiteral("filterBookmarkMenu"));
    m_bookmarks->setMenu(m_menu);
    layout->addWidget(m_bookmarks);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("displayFilter"));
    m_edit->setPlaceholderText(tr("Apply a display filter… <Ctrl-/>"));
    m_edit->setAccessibleName(tr("Display filter"));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit, 1);

    m_apply = new QToolButton(this);
    m_apply->setObjectName(QStringLiteral("applyDisplayFilter"));
    m_apply->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_apply->setText(tr("Apply", "display filter"));
    m_apply->setToolTip(tr("Apply this display filter (Enter)"));
    m_apply->setAccessibleName(tr("Apply display filter"));
    layout->addWidget(m_apply);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("displayFilterError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    // Typing is debounced: each prefix of an expression on its way would re-filter the window.
    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(TypingDelayMs);
    connect(&m_typingDelay, &QTimer::timeout, this, [this] { applyCurrent(false); });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        validate();
        m_typingDelay.start();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &DisplayFilterEdit::apply);
    connect(m_apply, &QToolButton::clicked, this, &DisplayFilterEdit::apply);
    connect(m_menu, &QMenu::aboutToShow, this, &DisplayFilterEdit::rebuildMenu);
    rebuildMenu();
    validate();
}

DisplayFilterEdit::~DisplayFilterEdit() = default;

void DisplayFilterEdit::setSettings(MonitorSettings *settings)
{
    if (m_settings == settings)
        return;
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    // Queued: the change may come from one of the menu's own actions, which rebuilding deletes.
    if (m_settings)
        connect(m_settings, &MonitorSettings::displayFiltersChanged, this, &DisplayFilterEdit::rebuildMenu,
                Qt::QueuedConnection);
    rebuildMenu();
}

void DisplayFilterEdit::applyText(const QString &text)
{
    m_edit->setText(text);
    apply();
}

void DisplayFilterEdit::prepareText(const QString &text)
{
    m_edit->setText(text);
    // Not even typing's delay applies a prepared filter: the user finishes it first.
    m_typingDelay.stop();
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->deselect();
    m_edit->setCursorPosition(int(m_edit->text().size()));
}

void DisplayFilterEdit::apply()
{
    m_typingDelay.stop();
    applyCurrent(true);
}

void DisplayFilterEdit::saveCurrentFilter(const QString &name)
{
    if (m_settings && m_state == State::Valid && !name.trimmed().isEmpty())
        m_settings->saveDisplayFilter(name, m_edit->text());
}

void DisplayFilterEdit::validate()
{
    m_state = showValidity(m_edit, &m_parsed, &m_errorMessage);
    showState();
}

DisplayFilterEdit::State DisplayFilterEdit::showValidity(QLineEdit *edit, DisplayFilter *parsed, QString *error)
{
    const QString text = edit->text();
    FilterError problem;
    const DisplayFilter filter = text.trimmed().isEmpty() ? DisplayFilter() : DisplayFilter::parse(text, &problem);
    State state = State::Empty;
    if (!text.trimmed().isEmpty())
        state = filter.isValid() ? State::Valid : State::Invalid;
    if (parsed)
        *parsed = filter;
    if (error)
        *error = state == State::Invalid ? problem.message : QString();

    // A wash of green or red over the theme's own Base colour, as Wireshark's filter bar, so
    // the box stays readable in light and dark themes.
    const QPalette standard = QApplication::palette(edit);
    QPalette palette = standard;
    if (state != State::Empty) {
        const QColor tint = state == State::Valid ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd7, 0x3a, 0x49);
        palette.setColor(QPalette::Base, mix(standard.color(QPalette::Base), tint, 0.3));
    }
    edit->setPalette(palette);
    edit->setProperty("filterState", QVariant::fromValue(state));

    QString description;
    if (state == State::Valid)
        description = tr("Valid display filter");
    else if (state == State::Invalid)
        description = tr("Invalid display filter: %1").arg(problem.message);
    if (edit->accessibleDescription() != description) {
        edit->setAccessibleDescription(description);
        QAccessibleEvent event(edit, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    edit->setToolTip(state == State::Invalid
                         ? problem.message
                         : tr("A display filter such as isBuy && priceUsd > 150 (see docs/display-filters.md); "
                              "Enter applies it"));
    return state;
}

void DisplayFilterEdit::applyCurrent(bool remember)
{
    if (m_state == State::Invalid)
        return;
    if (m_state == State::Valid && remember && m_settings)
        m_settings->rememberDisplayFilter(m_edit->text());
    const bool same = m_parsed.isValid() == m_applied.isValid() && m_parsed.text() == m_applied.text();
    if (same)
        return;
    m_applied = m_parsed;
    showState();
    Q_EMIT filterApplied(m_applied);
}

void DisplayFilterEdit::showState()
{
    // The message in words beside the box too: the state never rests on colour alone.
    m_error->setText(m_errorMessage);
    m_error->setToolTip(m_errorMessage);
    m_error->setVisible(m_state == State::Invalid);
    const bool pending = m_parsed.isValid() != m_applied.isValid() || m_parsed.text() != m_applied.text();
    m_apply->setEnabled(m_state != State::Invalid && pending);
}

void DisplayFilterEdit::askNameAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Display Filter"), tr("Name of the filter:"),
                                               QLineEdit::Normal, m_edit->text().trimmed(), &ok);
    if (ok)
        saveCurrentFilter(name);
}

void DisplayFilterEdit::rebuildMenu()
{
    // clear() deletes the actions, not the submenus, which are the menu's children.
    delete m_removeMenu;
    m_menu->clear();
    QAction *save = m_menu->addAction(tr("Save This Filter…"), this, &DisplayFilterEdit::askNameAndSave);
    save->setObjectName(QStringLiteral("saveDisplayFilter"));
    save->setEnabled(m_settings && m_state == State::Valid);
    if (!m_settings)
        return;

    const QList<SavedDisplayFilter> saved = m_settings->savedDisplayFilters();
    QMenu *remove = m_menu->addMenu(tr("Remove Saved Filter"));
    m_removeMenu = remove;
    remove->setObjectName(QStringLiteral("removeSavedDisplayFilter"));
    remove->setEnabled(!saved.isEmpty());
    for (const SavedDisplayFilter &filter : saved) {
        remove->addAction(menuText(filter.name), this,
                          [this, name = filter.name] { m_settings->removeSavedDisplayFilter(name); });
    }
    m_menu->addSection(tr("Saved Filters"));
    for (const SavedDisplayFilter &filter : saved) {
        QAction *action = m_menu->addAction(menuText(filter.name), this,
                                            [this, expression = filter.expression] { applyText(expression); });
        action->setToolTip(filter.expression);
        action->setData(filter.expression);
        action->setProperty("savedFilter", true);
    }

    const QStringList recent = m_settings->recentDisplayFilters();
    m_menu->addSection(tr("Recent Filters"));
    for (const QString &expression : recent) {
        QAction *action = m_menu->addAction(menuText(expression), this, [this, expression] { applyText(expression); });
        action->setData(expression);
        action->setProperty("recentFilter", true);
    }
    QAction *clear
        = m_menu->addAction(tr("Clear Recent Filters"), m_settings.get(), &MonitorSettings::clearRecentDisplayFilters);
    clear->setEnabled(!recent.isEmpty());
}

} // namespace shuriken
