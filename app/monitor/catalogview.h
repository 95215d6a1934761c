#pragma once

#include "dto.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace shuriken {

class CatalogFilterProxyModel;
class StreamCatalogModel;

/// The stream catalog browser: a tree by namespace, a search box and the selected stream's
/// details (visibility, event, filters, schema, where the catalog came from). Double-click,
/// Enter or "Subscribe…" asks for a subscription; the view itself subscribes to nothing.
class CatalogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogView)

public:
    explicit CatalogView(StreamCatalogModel *model, QWidget *parent = nullptr);
    ~CatalogView() override;

    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *treeView() const { return m_tree; }
    QTextBrowser *detailsView() const { return m_details; }
    CatalogFilterProxyModel *proxyModel() const { return m_proxy; }

    /// The selected stream, or nullptr when a namespace or nothing is selected.
    const StreamDescriptor *currentStream() const;
    /// Selects a stream by id (clearing a search that hides it); false if the catalog lacks it.
    bool selectStream(const QString &streamId);

    /// A Pusher server has no catalog: instead of the tree, the view says so and offers to
    /// subscribe to a channel by name.
    void setDirectMode(bool direct);
    bool isDirectMode() const;
    QPushButton *channelButton() const { return m_channelButton; }

public Q_SLOTS:
    void focusSearch();

Q_SIGNALS:
    /// The user asked to subscribe to a stream (double-click, Enter or the Subscribe button).
    void subscribeRequested(const shuriken::StreamDescriptor &stream);
    /// Direct mode: the user asked to subscribe to a channel by name.
    void channelSubscribeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateDetails();
    void updateCount();
    void requestSubscribe();

    StreamCatalogModel *m_model;
    CatalogFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_subscribe = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPushButton *m_channelButton = nullptr;
};

} // namespace shuriken
