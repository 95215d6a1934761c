#pragma once

#include "displayfilter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace shuriken {

class MonitorSettings;

/// The display-filter bar above an event table, as Wireshark's: a bookmark button (save this
/// filter, the saved filters, the recent ones), the expression (docs/display-filters.md) and an
/// apply button. The expression is checked as it is typed: a tinted background says valid or
/// invalid, and an invalid one's message (with its column) is the tooltip, the accessible
/// description and a label beside the box, so the state never rests on colour alone. A valid
/// expression is applied after a pause in typing or at once with Enter; an invalid one is
/// never applied: the last valid filter stays. Only filters applied on purpose (Enter, the
/// apply button, a menu, the detail tree) become recent ones, not every prefix typed on the way.
class DisplayFilterEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisplayFilterEdit)

public:
    enum class State
    {
        Empty, // no expression: no filter
        Valid,
        Invalid,
    };
    Q_ENUM(State)

    /// How long typing must pause before a valid expression applies itself.
    static constexpr int TypingDelayMs = 400;

    explicit DisplayFilterEdit(QWidget *parent = nullptr);
    ~DisplayFilterEdit() override;

    /// Parses @p edit's text as a display filter and shows the outcome on it as the filter bar
    /// does: a green or red wash over the theme's Base colour, the error as tooltip and
    /// accessible description. For every box that takes a filter (the colouring rules too).
    static State showValidity(QLineEdit *edit, DisplayFilter *parsed = nullptr, QString *error = nullptr);

    /// Where saved and recent filters live; without settings the menu offers neither.
    void setSettings(MonitorSettings *settings);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *bookmarkButton() const { return m_bookmarks; }
    QMenu *bookmarkMenu() const { return m_menu; }
    QLabel *errorLabel() const { return m_error; }

    State state() const { return m_state; }
    /// Why the expression does not parse, with its place; empty unless state() is Invalid.
    QString errorMessage() const { return m_errorMessage; }
    /// The filter in force (invalid when none is).
    const DisplayFilter &appliedFilter() const { return m_applied; }

public Q_SLOTS:
    /// Puts @p text in the box and applies it when it is valid (an empty text clears the filter).
    void applyText(const QString &text);
    /// Puts @p text in the box for editing, not applied, with the cursor at its end.
    void prepareText(const QString &text);
    /// Applies the box's expression now, when it is valid (Enter, the apply button).
    void apply();
    /// Saves the box's expression as @p name; nothing when it is not valid.
    void saveCurrentFilter(const QString &name);

Q_SIGNALS:
    /// A different filter is in force; an invalid @p filter means none.
    void filterApplied(const shuriken::DisplayFilter &filter);

private:
    void validate();
    /// Applies the box's expression if valid; @p remember: as a recent filter.
    void applyCurrent(bool remember);
    void showState();
    void rebuildMenu();
    void askNameAndSave();

    QToolButton *m_bookmarks = nullptr;
    QMenu *m_menu = nullptr;
    QPointer<QMenu> m_removeMenu;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_apply = nullptr;
    QLabel *m_error = nullptr;
    QTimer m_typingDelay;
    QPointer<MonitorSettings> m_settings;
    State m_state = State::Empty;
    QString m_errorMessage;
    // The box's expression, parsed as typed; applied when typing pauses or on Enter.
    DisplayFilter m_parsed;
    DisplayFilter m_applied;
};

} // namespace shuriken
