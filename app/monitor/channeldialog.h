#pragma once

#include "dto.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace shuriken {

/// Subscribes to a channel of a Pusher server by name (direct mode has no catalog): the name is
/// checked as the protocol wants it, its kind read from its prefix (public, private, presence,
/// encrypted), and the event the user's application binds can be named, so that events arriving
/// under another name are explained. Recent channels are offered in the name's drop-down.
class ChannelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelDialog)

public:
    explicit ChannelDialog(const QStringList &recentChannels, QWidget *parent = nullptr);
    ~ChannelDialog() override;

    QString channel() const;
    /// Empty, or {"bind": <event>} (Subscription::bindFilterKey()).
    StreamFilter filter() const;

    /// "Public channel", "Private channel", ... for a valid name; why not for an invalid one.
    static QString describeChannel(const QString &channel);
    /// Whether @p channel can be subscribed.
    static bool isAcceptable(const QString &channel);

    QComboBox *channelCombo() const { return m_channel; }
    QLineEdit *bindEdit() const { return m_bind; }
    QLabel *kindLabel() const { return m_kind; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    QComboBox *m_channel = nullptr;
    QLineEdit *m_bind = nullptr;
    QLabel *m_kind = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace shuriken
