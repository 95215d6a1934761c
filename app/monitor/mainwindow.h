#pragma once

#include "dto.h"
#include "monitorcontroller.h"
#include "profile.h"
#include "subscribedialog.h"
#include "tableexport.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace shuriken {

class CaptureControls;
class CatalogView;
class ChannelDialog;
class ConnectionPanel;
class DebuggerView;
class EventTableView;
class LiveLabel;
class MessageBanner;
class MonitorSettings;
class PusherTools;
class SecretStore;
class SubscriptionsView;

/// The monitor's window: connection bar on top, catalog and subscriptions docks, one tab per
/// subscription's live table, the connection debugger dock and the status bar. It shows what
/// the MonitorController holds and turns user actions into controller calls.
///
/// Closing an event tab closes the view only: the subscription keeps running and counting (its
/// table keeps the newest rows) and "Open Tab" in the Subscriptions list brings the view back.
/// Unsubscribing is the explicit, separate action (list, tab context menu, Connection menu),
/// because it throws the buffered rows away.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(MonitorController *controller, MonitorSettings *settings, SecretStore *secrets,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Restores geometry and dock layout from the settings (after the first show is fine too).
    void restoreWindowState();

    MonitorController *controller() const { return m_controller; }
    ConnectionPanel *connectionPanel() const { return m_connectionPanel; }
    CatalogView *catalogView() const { return m_catalogView; }
    SubscriptionsView *subscriptionsView() const { return m_subscriptionsView; }
    DebuggerView *debuggerView() const { return m_debuggerView; }
    CaptureControls *captureControls() const { return m_captureControls; }
    QDockWidget *catalogDock() const { return m_catalogDock; }
    QDockWidget *subscriptionsDock() const { return m_subscriptionsDock; }
    QDockWidget *debuggerDock() const { return m_debuggerDock; }
    QTabWidget *eventTabs() const { return m_tabs; }
    MessageBanner *simulatorBanner() const { return m_simulatorBanner; }
    MessageBanner *keyBanner() const { return m_keyBanner; }
    MessageBanner *keychainBanner() const { return m_keychainBanner; }
    MessageBanner *errorBanner() const { return m_errorBanner; }
    /// Direct mode: what a channel said (an event under another name than the bound one).
    MessageBanner *channelBanner() const { return m_channelBanner; }
    /// The table view of a subscription, or nullptr while its tab is closed.
    EventTableView *eventView(const Subscription *subscription) const;
    EventTableView *currentEventView() const;
    /// The subscribe dialog while it is open (tests fill it).
    SubscribeDialog *subscribeDialog() const;
    /// The subscribe-to-channel dialog while it is open (direct mode).
    ChannelDialog *channelDialog() const;

    /// Builds the side panel of a subscription (presence members, sending events), or returns
    /// nullptr for none. Panels live in the Channel dock, one per subscription, shown while its
    /// tab is current; each is deleted with its subscription.
    using SidePanelFactory = std::function<QWidget *(shuriken::Subscription *subscription, QWidget *parent)>;
    void setSidePanelFactory(SidePanelFactory factory);
    QDockWidget *channelDock() const { return m_channelDock; }
    LiveLabel *statusFigures() const { return m_statusFigures; }

public Q_SLOTS:
    /// Opens the subscribe dialog for a stream (non-modal to the event loop: open(), not exec()).
    void openSubscribeDialog(const shuriken::StreamDescriptor &stream);
    /// Direct mode: opens the dialog that subscribes to a channel by name.
    void openChannelDialog();
    /// Shows (creating if needed) the tab of a subscription, by default as the current one.
    void openTab(shuriken::Subscription *subscription, bool makeCurrent = true);
    void openProfileDialog(const QString &profileId = QString());
    void openSettingsDialog();
    /// Asks for a file name (non-modal to the event loop), then exports the current table.
    void exportVisibleTable(bool jsonLines);
    void showAbout();

public:
    /// Writes the rows `view` shows (filtered, sorted, visible columns in their order) to `path`
    /// off the GUI thread; the status bar reports the outcome. The job deletes itself.
    TableExport *exportTable(shuriken::EventTableView *view, const QString &path, shuriken::TableExport::Format format);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createBanners(QWidget *central);
    void connectController();
    void refreshProfiles();
    void onProfileActivated(const Profile &profile);
    void onStateChanged(StreamClient::State state, const QString &reason);
    void onEventModelAdded(Subscription *subscription, EventTableModel *model);
    void onEventModelRemoved(Subscription *subscription);
    void closeTab(int index);
    void showTabContextMenu(const QPoint &position);
    void updateTabDecoration(Subscription *subscription);
    void updateFigures(const MonitorController::Figures &figures);
    void updateActions();
    void updateCentralPage();
    /// Shows the side panel of the current tab's subscription in the Channel dock.
    void updateSidePanel();
    Subscription *subscriptionForTab(int index) const;
    static QString tabTitle(const Subscription *subscription);

    MonitorController *m_controller;
    MonitorSettings *m_settings;
    SecretStore *m_secrets;

    ConnectionPanel *m_connectionPanel = nullptr;
    CatalogView *m_catalogView = nullptr;
    SubscriptionsView *m_subscriptionsView = nullptr;
    DebuggerView *m_debuggerView = nullptr;
    QDockWidget *m_catalogDock = nullptr;
    QDockWidget *m_subscriptionsDock = nullptr;
    QDockWidget *m_debuggerDock = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    MessageBanner *m_simulatorBanner = nullptr;
    MessageBanner *m_keyBanner = nullptr;
    MessageBanner *m_keychainBanner = nullptr;
    MessageBanner *m_errorBanner = nullptr;
    MessageBanner *m_channelBanner = nullptr;
    QPointer<ChannelDialog> m_channelDialog;
    SidePanelFactory m_sidePanelFactory;
    PusherTools *m_pusherTools = nullptr;
    QDockWidget *m_channelDock = nullptr;
    QStackedWidget *m_sidePanels = nullptr;
    QHash<const Subscription *, QWidget *> m_sidePanelOf;
    LiveLabel *m_statusFigures = nullptr;
    QPointer<SubscribeDialog> m_subscribeDialog;

    // Tabs by subscription; a subscription without a tab has its tab closed.
    QHash<const Subscription *, EventTableView *> m_views;
    bool m_focusNewTabs = false;

    QAction *m_exportCsv = nullptr;
    QAction *m_exportJsonLines = nullptr;
    CaptureControls *m_captureControls = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_filterRows = nullptr;
    QAction *m_hideHeartbeats = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_subscribe = nullptr;
    QAction *m_unsubscribe = nullptr;
    QAction *m_profiles = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace shuriken
