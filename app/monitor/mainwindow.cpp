#include "mainwindow.h"

#include "aboutbox.h"
#include "appicon.h"
#include "capturecontrols.h"
#include "catalogview.h"
#include "channeldialog.h"
#include "colouringrulesdialog.h"
#include "connectionpanel.h"
#include "debuggerview.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "livelabel.h"
#include "messagebanner.h"
#include "monitorsettings.h"
#include "profiledialog.h"
#include "pushertools.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "statusdot.h"
#include "streamcatalogmodel.h"
#include "subscribedialog.h"
#include "subscriptionmodel.h"
#include "subscriptionsview.h"
#include "textutil.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <numeric>

namespace shuriken {

namespace {

QString byteRateText(double bytesPerSecond)
{
    return QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeSIFormat) + QStringLiteral("/s");
}

} // namespace

MainWindow::MainWindow(MonitorController *controller, MonitorSettings *settings, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Shuriken Stream Monitor"));
    setWindowIcon(applicationIcon());
    setDockNestingEnabled(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    createBanners(central);
    m_stack = new QStackedWidget(central);
    auto *empty = new QLabel(tr("No event table is open.\n\nDouble-click a stream in the catalog to subscribe, or "
                                "open a subscription's tab from the Subscriptions list."),
                             m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(empty);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("eventTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_connectionPanel = new ConnectionPanel(this);
    m_connectionPanel->setClient(controller->client());
    auto *bar = addToolBar(tr("Connection"));
    bar->setObjectName(QStringLiteral("connectionToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_connectionPanel);

    createDocks();
    createActions();
    m_pusherTools = new PusherTools(m_controller, m_settings, this);
    setSidePanelFactory(&PusherTools::sidePanelFor);
    createMenus();

    m_statusFigures = new LiveLabel(this);
    m_statusFigures->setObjectName(QStringLiteral("statusFigures"));
    statusBar()->addPermanentWidget(m_statusFigures);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSidePanel);
    connect(m_tabs->tabBar(), &QTabBar::customContextMenuRequested, this, &MainWindow::showTabContextMenu);
    connectController();
    refreshProfiles();
    updateCentralPage();
    updateActions();
    updateFigures(controller->figures());
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::createBanners(QWidget *central)
{
    auto *layout = qobject_cast<QVBoxLayout *>(central->layout());
    m_simulatorBanner = new MessageBanner(central);
    m_simulatorBanner->setObjectName(QStringLiteral("simulatorBanner"));
    m_simulatorBanner->setKind(MessageBanner::Kind::Information);
    m_simulatorBanner->setText(tr("Connected to the built-in simulator — no real market data."));
    auto *configure = new QAction(tr("Configure API Key…"), this);
    configure->setToolTip(tr("Enter your Shuriken agent key to see real data"));
    connect(configure, &QAction::triggered, this, [this] { openProfileDialog(Profile::shurikenApiId()); });
    m_simulatorBanner->addAction(configure);
    m_simulatorBanner->hide();

    m_keyBanner = new MessageBanner(central);
    m_keyBanner->setObjectName(QStringLiteral("keyBanner"));
    m_keyBanner->setKind(MessageBanner::Kind::Warning);
    auto *enterKey = new QAction(tr("Enter API Key…"), this);
    connect(enterKey, &QAction::triggered, this, [this] { openProfileDialog(m_controller->activeProfile().id); });
    m_keyBanner->addAction(enterKey);
    m_keyBanner->hide();

    m_keychainBanner = new MessageBanner(central);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->setKind(MessageBanner::Kind::Warning);
    m_keychainBanner->setText(tr("No system keychain is available: API keys are kept for this session only and "
                                 "must be entered again after a restart."));
    m_keychainBanner->hide();

    m_errorBanner = new MessageBanner(central);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setKind(MessageBanner::Kind::Error);
    auto *retry = new QAction(tr("Retry", "connect again"), this);
    connect(retry, &QAction::triggered, this, [this] { m_controller->connectToService(); });
    m_errorBanner->addAction(retry);
    auto *profiles = new QAction(tr("Profiles…"), this);
    connect(profiles, &QAction::triggered, this, [this] { openProfileDialog(m_controller->activeProfile().id); });
    m_errorBanner->addAction(profiles);
    m_errorBanner->hide();

    m_channelBanner = new MessageBanner(central);
    m_channelBanner->setObjectName(QStringLiteral("channelBanner"));
    m_channelBanner->setKind(MessageBanner::Kind::Information);
    auto *dismiss = new QAction(tr("Dismiss"), this);
    connect(dismiss, &QAction::triggered, m_channelBanner, &QWidget::hide);
    m_channelBanner->addAction(dismiss);
    m_channelBanner->hide();

    layout->addWidget(m_simulatorBanner);
    layout->addWidget(m_channelBanner);
    layout->addWidget(m_keyBanner);
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_errorBanner);
}

void MainWindow::createDocks()
{
    m_catalogView = new CatalogView(m_controller->catalogModel(), this);
    m_catalogDock = new QDockWidget(tr("Catalog"), this);
    m_catalogDock->setObjectName(QStringLiteral("catalogDock"));
    m_catalogDock->setWidget(m_catalogView);
    addDockWidget(Qt::LeftDockWidgetArea, m_catalogDock);

    m_subscriptionsView = new SubscriptionsView(m_controller->subscriptionModel(), this);
    m_subscriptionsDock = new QDockWidget(tr("Subscriptions"), this);
    m_subscriptionsDock->setObjectName(QStringLiteral("subscriptionsDock"));
    m_subscriptionsDock->setWidget(m_subscriptionsView);
    addDockWidget(Qt::LeftDockWidgetArea, m_subscriptionsDock);
    splitDockWidget(m_catalogDock, m_subscriptionsDock, Qt::Vertical);

    m_debuggerView = new DebuggerView(m_controller->frameLogModel(), m_controller->httpLogModel(),
                                      m_controller->timelineModel(), this);
    m_debuggerDock = new QDockWidget(tr("Connection Debugger"), this);
    m_debuggerDock->setObjectName(QStringLiteral("debuggerDock"));
    m_debuggerDock->setWidget(m_debuggerView);
    addDockWidget(Qt::BottomDockWidgetArea, m_debuggerDock);
    // The debugger starts hidden; the flight recorder keeps what it will show.
    m_debuggerDock->hide();
    m_debuggerView->setHideHeartbeats(m_settings->hideHeartbeats());
    resizeDocks({m_catalogDock}, {380}, Qt::Horizontal);
    resizeDocks({m_catalogDock, m_subscriptionsDock}, {480, 260}, Qt::Vertical);

    connect(m_catalogView, &CatalogView::subscribeRequested, this, &MainWindow::openSubscribeDialog);
    connect(m_catalogView, &CatalogView::channelSubscribeRequested, this, &MainWindow::openChannelDialog);

    // The place of per-subscription side panels (setSidePanelFactory()); hidden while empty.
    m_sidePanels = new QStackedWidget(this);
    m_channelDock = new QDockWidget(tr("Channel"), this);
    m_channelDock->setObjectName(QStringLiteral("channelDock"));
    m_channelDock->setWidget(m_sidePanels);
    addDockWidget(Qt::RightDockWidgetArea, m_channelDock);
    m_channelDock->hide();
    connect(m_subscriptionsView, &SubscriptionsView::openTabRequested, this, [this](quint64 id) {
        if (Subscription *subscription = m_controller->subscriptionById(id))
            openTab(subscription);
    });
    connect(m_subscriptionsView, &SubscriptionsView::pauseRequested, this,
            [this](quint64 id, bool paused) { m_controller->setPaused(m_controller->subscriptionById(id), paused); });
    connect(m_subscriptionsView, &SubscriptionsView::unsubscribeRequested, this, [this](quint64 id) {
        if (Subscription *subscription = m_controller->subscriptionById(id)) {
            const QString key = subscription->key();
            m_controller->unsubscribe(subscription);
            statusBar()->showMessage(tr("Unsubscribed from %1").arg(key), 5000);
        }
    });
}

void MainWindow::createActions()
{
    m_exportCsv = new QAction(tr("Export Visible Table as &CSV…"), this);
    m_exportCsv->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportVisibleTable(false); });
    m_captureControls = new CaptureControls(m_controller, this, m_debuggerView);
    auto *central = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    central->insertWidget(central->count() - 1, m_captureControls); // above the tables
    m_exportJsonLines = new QAction(tr("Export Visible Table as &JSON Lines…"), this);
    m_exportJsonLines->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(m_exportJsonLines, &QAction::triggered, this, [this] { exportVisibleTable(true); });
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettingsDialog);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_find = new QAction(tr("&Find Stream"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_catalogDock->show();
        m_catalogDock->raise();
        m_catalogView->focusSearch();
    });
    m_filterRows = new QAction(tr("Filter &Rows"), this);
    m_filterRows->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(m_filterRows, &QAction::triggered, this, [this] {
        if (EventTableView *view = currentEventView())
            view->focusFilter();
    });
    m_hideHeartbeats = new QAction(tr("Hide &Heartbeats"), this);
    m_hideHeartbeats->setCheckable(true);
    m_hideHeartbeats->setChecked(m_debuggerView->hidesHeartbeats());
    connect(m_hideHeartbeats, &QAction::toggled, m_debuggerView, &DebuggerView::setHideHeartbeats);
    connect(m_debuggerView, &DebuggerView::hideHeartbeatsChanged, this, [this](bool hide) {
        m_hideHeartbeats->setChecked(hide);
        m_settings->setHideHeartbeats(hide);
    });

    m_connect = new QAction(tr("&Connect"), this);
    m_connect->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(m_connect, &QAction::triggered, m_controller, &MonitorController::connectToService);
    m_disconnect = new QAction(tr("&Disconnect"), this);
    m_disconnect->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(m_disconnect, &QAction::triggered, m_controller, &MonitorController::disconnectFromService);
    m_subscribe = new QAction(tr("&Subscribe…"), this);
    m_subscribe->setShortcut(QKeySequence::New);
    connect(m_subscribe, &QAction::triggered, this, [this] {
        if (m_controller->isDirect()) {
            openChannelDialog();
        } else if (const StreamDescriptor *stream = m_catalogView->currentStream()) {
            openSubscribeDialog(*stream);
        } else {
            m_catalogDock->show();
            m_catalogView->focusSearch();
            statusBar()->showMessage(tr("Pick a stream in the catalog first."), 5000);
        }
    });
    m_unsubscribe = new QAction(tr("&Unsubscribe Current Tab"), this);
    connect(m_unsubscribe, &QAction::triggered, this, [this] {
        if (Subscription *subscription = subscriptionForTab(m_tabs->currentIndex()))
            m_controller->unsubscribe(subscription);
    });
    m_profiles = new QAction(tr("&Profiles…"), this);
    connect(m_profiles, &QAction::triggered, this, [this] { openProfileDialog(); });

    m_about = new QAction(tr("&About Shuriken Stream Monitor"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_connectionPanel, &ConnectionPanel::connectRequested, m_controller, &MonitorController::connectToService);
    connect(m_connectionPanel, &ConnectionPanel::disconnectRequested, m_controller,
            &MonitorController::disconnectFromService);
    connect(m_connectionPanel, &ConnectionPanel::editProfilesRequested, this, [this] { openProfileDialog(); });
    connect(m_connectionPanel, &ConnectionPanel::profileSelected, this, [this](const QString &id) {
        if (id == m_controller->activeProfile().id)
            return;
        m_settings->setLastProfileId(id);
        m_controller->activateProfile(m_settings->profile(id));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions(
        {m_captureControls->openAction(), m_captureControls->saveAction(), m_captureControls->closeAction()});
    file->addSeparator();
    file->addAction(m_exportCsv);
    file->addAction(m_exportJsonLines);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *catalogToggle = m_catalogDock->toggleViewAction();
    catalogToggle->setShortcut(QKeySequence(tr("Alt+1")));
    QAction *subscriptionsToggle = m_subscriptionsDock->toggleViewAction();
    subscriptionsToggle->setShortcut(QKeySequence(tr("Alt+2")));
    QAction *debuggerToggle = m_debuggerDock->toggleViewAction();
    debuggerToggle->setShortcut(QKeySequence(tr("Alt+3")));
    view->addAction(catalogToggle);
    view->addAction(subscriptionsToggle);
    view->addAction(debuggerToggle);
    view->addSeparator();
    view->addAction(m_find);
    view->addAction(m_filterRows);
    view->addAction(m_hideHeartbeats);
    view->addAction(ColouringRulesDialog::createAction(m_settings, this));

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addAction(m_connect);
    connection->addAction(m_disconnect);
    connection->addSeparator();
    connection->addAction(m_subscribe);
    connection->addAction(m_unsubscribe);
    connection->addAction(m_pusherTools->sendAction());
    connection->addSeparator();
    connection->addAction(m_profiles);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::connectController()
{
    connect(m_controller, &MonitorController::profileActivated, this, &MainWindow::onProfileActivated);
    connect(m_controller, &MonitorController::apiKeyMissing, this, [this](const Profile &profile) {
        m_keyBanner->setText(tr("The profile “%1” needs an agent key before it can connect.").arg(profile.name));
        m_keyBanner->show();
    });
    connect(m_controller, &MonitorController::simulatorFailed, this, [this](const QString &error) {
        m_errorBanner->setText(tr("The built-in simulator could not start: %1").arg(error));
        m_errorBanner->show();
    });
    connect(m_controller, &MonitorController::keyPersistenceLost, this, [this] { m_keychainBanner->show(); });
    connect(m_controller, &MonitorController::catalogLoaded, this,
            [this](StreamCatalog::Source source, const QString &error) {
                if (!error.isEmpty())
                    statusBar()->showMessage(tr("Catalog unavailable (%1); showing the built-in catalog.").arg(error),
                                             10000);
                else if (source == StreamCatalog::Source::BuiltIn)
                    statusBar()->showMessage(tr("The server has no catalog endpoint; showing the built-in catalog."),
                                             10000);
            });
    connect(m_controller, &MonitorController::channelNoticed, this,
            [this](const QString &channel, const QString &text) {
                m_channelBanner->setText(tr("%1: %2").arg(channel, text));
                m_channelBanner->show();
            });
    connect(m_controller->client(), &StreamClient::userSignedIn, this, [this](const QJsonObject &user) {
        const QString id = user.value(QStringLiteral("id")).toString();
        statusBar()->showMessage(tr("Signed in as %1").arg(id), 10000);
        m_connectionPanel->setEndpointDescription(
            tr("%1 · signed in as %2").arg(m_controller->activeProfile().pusher.describe(), id));
    });
    connect(m_controller->client(), &StreamClient::errorOccurred, this, [this](const QString &message) {
        // Direct mode's errors explain Pusher's codes; the Shuriken path shows its own in banners.
        if (m_controller->isDirect())
            statusBar()->showMessage(message, 15000);
    });
    connect(m_controller, &MonitorController::eventModelAdded, this, &MainWindow::onEventModelAdded);
    connect(m_controller, &MonitorController::eventModelRemoved, this, &MainWindow::onEventModelRemoved);
    connect(m_controller, &MonitorController::figuresUpdated, this, &MainWindow::updateFigures);
    connect(m_controller->client(), &StreamClient::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller->client(), &StreamClient::subscriptionStatusChanged, this,
            [this](Subscription *subscription) { updateTabDecoration(subscription); });
    connect(m_settings, &MonitorSettings::profilesChanged, this, &MainWindow::refreshProfiles);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setLastProfileId(m_controller->activeProfile().id);
    m_controller->saveSession();
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::refreshProfiles()
{
    m_connectionPanel->setProfiles(m_settings->profiles(), m_controller->activeProfile().id);
}

void MainWindow::onProfileActivated(const Profile &profile)
{
    m_connectionPanel->setProfiles(m_settings->profiles(), profile.id);
    if (m_connectionPanel->currentProfileId() != profile.id) {
        // A profile that exists for this run only (--base-url): show it in the selector too.
        QList<Profile> profiles = m_settings->profiles();
        profiles.append(profile);
        m_connectionPanel->setProfiles(profiles, profile.id);
    }
    m_simulatorBanner->setVisible(profile.isSimulator());
    m_keyBanner->hide();
    m_errorBanner->hide();
    m_channelBanner->hide();
    m_catalogView->setDirectMode(profile.isPusher());
    m_connectionPanel->setEndpointDescription(profile.isPusher() ? profile.pusher.describe() : QString());
    if (profile.kind == Profile::Kind::PusherSimulator)
        statusBar()->showMessage(tr("The built-in simulator runs as a plain Pusher server: subscribe to a channel "
                                    "by name (Ctrl+N)."),
                                 10000);
    setWindowTitle(tr("%1 — Shuriken Stream Monitor").arg(profile.name));
}

void MainWindow::onStateChanged(StreamClient::State state, const QString &reason)
{
    if (state == StreamClient::State::Failed) {
        m_errorBanner->setText(reason.isEmpty() ? tr("The connection failed.")
                                                : tr("The connection failed: %1").arg(reason));
        m_errorBanner->show();
    } else if (state == StreamClient::State::Connected || state == StreamClient::State::Connecting) {
        m_errorBanner->hide();
    }
    updateActions();
}

void MainWindow::openSubscribeDialog(const StreamDescriptor &stream)
{
    if (m_subscribeDialog) {
        m_subscribeDialog->raise();
        m_subscribeDialog->activateWindow();
        return;
    }
    QHash<QString, QStringList> recent;
    for (const auto &filter : stream.filters)
        recent.insert(filter.name, m_settings->recentFilterValues(filter.name));
    auto *dialog = new SubscribeDialog(stream, recent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_subscribeDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const StreamFilter filter = dialog->filter();
        for (auto it = filter.cbegin(); it != filter.cend(); ++it)
            m_settings->rememberFilterValue(it.key(), it.value());
        m_focusNewTabs = true;
        Subscription *subscription = m_controller->subscribe(dialog->stream().id, filter);
        m_focusNewTabs = false;
        if (subscription)
            openTab(subscription);
    });
    dialog->open();
}

void MainWindow::openChannelDialog()
{
    if (m_channelDialog) {
        m_channelDialog->raise();
        m_channelDialog->activateWindow();
        return;
    }
    const QString profileId = m_controller->activeProfile().id;
    auto *dialog = new ChannelDialog(m_settings->recentChannels(profileId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_channelDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, profileId] {
        m_settings->rememberChannel(profileId, dialog->channel());
        m_focusNewTabs = true;
        Subscription *subscription = m_controller->subscribe(dialog->channel(), dialog->filter());
        m_focusNewTabs = false;
        if (subscription)
            openTab(subscription);
    });
    dialog->open();
}

ChannelDialog *MainWindow::channelDialog() const
{
    return m_channelDialog.data();
}

void MainWindow::setSidePanelFactory(SidePanelFactory factory)
{
    m_sidePanelFactory = std::move(factory);
    updateSidePanel();
}

void MainWindow::updateSidePanel()
{
    Subscription *subscription = subscriptionForTab(m_tabs->currentIndex());
    QWidget *panel = subscription ? m_sidePanelOf.value(subscription) : nullptr;
    if (subscription && !panel && m_sidePanelFactory) {
        panel = m_sidePanelFactory(subscription, m_sidePanels);
        if (panel) {
            m_sidePanels->addWidget(panel);
            m_sidePanelOf.insert(subscription, panel);
        }
    }
    if (panel) {
        m_sidePanels->setCurrentWidget(panel);
        m_channelDock->show();
    } else {
        m_channelDock->hide();
    }
}

void MainWindow::onEventModelAdded(Subscription *subscription, EventTableModel *)
{
    // Restored subscriptions open in the background; the one the user just asked for, or the
    // very first, comes to the front.
    openTab(subscription, m_focusNewTabs || m_tabs->count() == 0);
}

void MainWindow::openTab(Subscription *subscription, bool makeCurrent)
{
    if (!subscription)
        return;
    EventTableView *view = m_views.value(subscription);
    if (!view) {
        EventTableModel *model = m_controller->eventModel(subscription);
        if (!model)
            return;
        view = new EventTableView(model, m_settings, m_tabs);
        m_views.insert(subscription, view);
        const int index = m_tabs->addTab(view, tabTitle(subscription));
        m_tabs->setTabToolTip(index,
                              tr("%1\nClosing the tab keeps the subscription running; unsubscribe from the "
                                 "Subscriptions list or this tab's context menu.")
                                  .arg(subscription->key()));
        updateTabDecoration(subscription);
        updateCentralPage();
    }
    if (makeCurrent) {
        m_tabs->setCurrentWidget(view);
        m_subscriptionsView->selectId(SubscriptionModel::idOf(subscription));
    }
}

void MainWindow::onEventModelRemoved(Subscription *subscription)
{
    // The model is about to go: the view must go first.
    delete m_sidePanelOf.take(subscription);
    EventTableView *view = m_views.take(subscription);
    if (view) {
        const int index = m_tabs->indexOf(view);
        if (index >= 0)
            m_tabs->removeTab(index);
        delete view;
    }
    updateCentralPage();
    updateActions();
}

void MainWindow::closeTab(int index)
{
    Subscription *subscription = subscriptionForTab(index);
    QWidget *view = m_tabs->widget(index);
    m_tabs->removeTab(index);
    if (subscription)
        m_views.remove(subscription);
    delete view;
    updateCentralPage();
    if (subscription)
        statusBar()->showMessage(
            tr("%1 keeps running. Open its tab again from the Subscriptions list.").arg(subscription->key()), 8000);
}

void MainWindow::showTabContextMenu(const QPoint &position)
{
    const int index = m_tabs->tabBar()->tabAt(position);
    Subscription *subscription = subscriptionForTab(index);
    if (!subscription)
        return;
    QMenu menu(this);
    menu.addAction(tr("Close Tab"), this, [this, index] { closeTab(index); });
    menu.addAction(tr("Unsubscribe"), this, [this, subscription] { m_controller->unsubscribe(subscription); });
    menu.exec(m_tabs->tabBar()->mapToGlobal(position));
}

Subscription *MainWindow::subscriptionForTab(int index) const
{
    QWidget *widget = m_tabs->widget(index);
    if (!widget)
        return nullptr;
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        if (it.value() == widget)
            return const_cast<Subscription *>(it.key());
    }
    return nullptr;
}

EventTableView *MainWindow::eventView(const Subscription *subscription) const
{
    return m_views.value(subscription);
}

SubscribeDialog *MainWindow::subscribeDialog() const
{
    return m_subscribeDialog.data();
}

EventTableView *MainWindow::currentEventView() const
{
    return qobject_cast<EventTableView *>(m_tabs->currentWidget());
}

void MainWindow::updateTabDecoration(Subscription *subscription)
{
    EventTableView *view = m_views.value(subscription);
    if (!view)
        return;
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    const int side = fontMetrics().height() * 3 / 4;
    m_tabs->setTabIcon(
        index, QIcon(statusDotPixmap(subscriptionStatusColor(subscription->status()), side, devicePixelRatioF())));
}

QString MainWindow::tabTitle(const Subscription *subscription)
{
    QString title = subscription->stream();
    const StreamFilter filter = subscription->filter();
    QStringList values;
    for (auto it = filter.cbegin(); it != filter.cend(); ++it)
        values.append(abbreviated(it.value()));
    if (!values.isEmpty())
        title += QStringLiteral(" · ") + values.join(QStringLiteral(", "));
    return title;
}

void MainWindow::updateCentralPage()
{
    m_stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
}

void MainWindow::updateActions()
{
    const StreamClient::State state = m_controller->client()->state();
    const bool idle = state == StreamClient::State::Disconnected || state == StreamClient::State::Failed;
    m_connect->setEnabled(idle);
    m_disconnect->setEnabled(!idle);
    const bool hasTable = currentEventView() != nullptr;
    m_exportCsv->setEnabled(hasTable);
    m_exportJsonLines->setEnabled(hasTable);
    m_unsubscribe->setEnabled(hasTable);
    m_filterRows->setEnabled(hasTable);
}

void MainWindow::updateFigures(const MonitorController::Figures &figures)
{
    const QLocale locale;
    m_statusFigures->setText(tr("%1 events/s · %2 frames/s · %3 · %4 rows let go")
                                 .arg(locale.toString(figures.eventsPerSecond, 'f', 1),
                                      locale.toString(figures.framesPerSecond, 'f', 1),
                                      byteRateText(figures.bytesPerSecond), locale.toString(figures.rowsLetGo)));
    m_connectionPanel->refreshDetails();
    if (figures.timeMs > 0)
        m_debuggerView->addRateSample(figures.timeMs, figures.eventsPerSecond, figures.counters);
}

void MainWindow::openProfileDialog(const QString &profileId)
{
    const QString current = profileId.isEmpty() ? m_controller->activeProfile().id : profileId;
    auto *dialog = new ProfileDialog(m_settings->profiles(), current, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile before = m_controller->activeProfile();
        m_settings->setProfiles(dialog->profiles());
        const auto changes = dialog->keyChanges();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const QString secretKey = Profile::secretKeyFor(it.key());
            if (it.value().has_value())
                m_secrets->writeSecret(secretKey, *it.value());
            else
                m_secrets->removeSecret(secretKey);
        }
        const auto pusherChanges = dialog->pusherSecretChanges();
        for (auto it = pusherChanges.cbegin(); it != pusherChanges.cend(); ++it) {
            const QString secretKey = Profile::pusherSecretKeyFor(it.key());
            if (it.value().isEmpty())
                m_secrets->removeSecret(secretKey);
            else
                m_secrets->writeSecret(secretKey, it.value().toText());
        }
        // Switch to the profile the user just gave a key to, or re-activate the active one when
        // its address or key changed; leave everything else alone.
        const QString selected = dialog->selectedId();
        const bool keyGivenToSelected = changes.value(selected).has_value();
        const Profile after = m_settings->profile(before.id);
        Profile beforeStored = before;
        PusherSecrets::strip(beforeStored.pusher);
        const bool activeChanged = after.baseUrl != before.baseUrl || changes.contains(before.id)
            || pusherChanges.contains(before.id) || (after.id != before.id && !before.isBuiltIn())
            || (before.kind == Profile::Kind::Pusher && after != beforeStored);
        if (selected != before.id && keyGivenToSelected) {
            m_settings->setLastProfileId(selected);
            m_controller->activateProfile(m_settings->profile(selected));
        } else if (activeChanged) {
            m_controller->activateProfile(after);
        }
        refreshProfiles();
    });
    dialog->open();
}

void MainWindow::openSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    AboutBox::open(this);
}

void MainWindow::exportVisibleTable(bool jsonLines)
{
    EventTableView *view = currentEventView();
    if (!view)
        return;
    const QString suffix = jsonLines ? QStringLiteral("jsonl") : QStringLiteral("csv");
    const QString name = view->model()->schema().streamId + u'-'
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'.' + suffix;
    auto *dialog = new QFileDialog(
        this, jsonLines ? tr("Export Visible Table as JSON Lines") : tr("Export Visible Table as CSV"),
        QDir(m_settings->exportDirectory()).filePath(name), jsonLines ? tr("JSON Lines (*.jsonl)") : tr("CSV (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<EventTableView> target(view);
    connect(dialog, &QFileDialog::fileSelected, this, [this, target, jsonLines](const QString &path) {
        if (!target || path.isEmpty())
            return;
        m_settings->setExportDirectory(QFileInfo(path).absolutePath());
        exportTable(target.data(), path, jsonLines ? TableExport::Format::JsonLines : TableExport::Format::Csv);
    });
    dialog->open();
}

TableExport *MainWindow::exportTable(EventTableView *view, const QString &path, TableExport::Format format)
{
    const QAbstractItemModel *shown = view->tableView()->model();
    QList<int> rows(shown->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    // The columns as the user arranged them: visual order, hidden ones left out.
    QList<int> columns;
    const QHeaderView *header = view->tableView()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    auto *job = new TableExport(*shown, rows, view->model()->schema(), columns, format, path, this);
    statusBar()->showMessage(
        tr("Exporting %n row(s) to %1…", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(path)));
    connect(job, &TableExport::finished, this, [this, job](bool ok, int count, const QString &error) {
        if (ok)
            statusBar()->showMessage(
                tr("Exported %n row(s) to %1", nullptr, count).arg(QDir::toNativeSeparators(job->path())), 10000);
        else
            statusBar()->showMessage(tr("Export to %1 failed: %2").arg(QDir::toNativeSeparators(job->path()), error),
                                     15000);
        job->deleteLater();
    });
    job->start();
    return job;
}

} // namespace shuriken
