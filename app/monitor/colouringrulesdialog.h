#pragma once

#include "monitorsettings.h"

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace shuriken {

/// View → Colouring Rules…: the ordered rules that colour event-table rows (Wireshark's
/// "Coloring Rules" dialog). Add, remove, move up and down, enable with the check box, pick a
/// rule's foreground and background; each filter is checked as the display-filter bar checks
/// it, and OK stays disabled while an enabled rule's filter does not parse.
class ColouringRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColouringRulesDialog)

public:
    explicit ColouringRulesDialog(const QList<ColouringRule> &rules, QWidget *parent = nullptr);
    ~ColouringRulesDialog() override;

    /// The rules as edited, in order.
    QList<ColouringRule> rules() const { return m_rules; }

    QListWidget *ruleList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *okButton() const { return m_ok; }

    /// The View menu's action: opens the dialog on @p settings' rules and stores them on OK.
    static QAction *createAction(MonitorSettings *settings, QWidget *parent);

public Q_SLOTS:
    void addRule();
    void removeRule();
    void moveUp();
    void moveDown();
    /// The current rule's colours; an invalid colour is the theme's.
    void setForeground(const QColor &colour);
    void setBackground(const QColor &colour);

private:
    int currentRow() const;
    void showRule(int row);
    void refreshItem(int row);
    void moveRule(int from, int to);
    void pickColour(bool foreground);
    void validate();

    QList<ColouringRule> m_rules;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_foreground = nullptr;
    QPushButton *m_background = nullptr;
    QPushButton *m_ok = nullptr;
    QLabel *m_problem = nullptr;
    bool m_loading = false;
};

} // namespace shuriken
