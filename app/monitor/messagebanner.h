#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace shuriken {

/// An inline message above the content (in the spirit of KDE's KMessageWidget): a tinted frame
/// with an icon, a text, optional action buttons and a close button. Used for "connected to the
/// built-in simulator", "key kept for this session only" and connection failures.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setText(const QString &text);
    QString text() const;
    /// Adds a button for `action`; the banner does not own the action.
    void addAction(QAction *action);
    void clearActions();
    void setCloseable(bool closeable);

Q_SIGNALS:
    /// The user dismissed the banner with its close button.
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    Kind m_kind = Kind::Information;
    bool m_applyingPalette = false;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace shuriken
