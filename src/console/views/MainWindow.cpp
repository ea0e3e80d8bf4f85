#include "views/MainWindow.h"

#include "app/ConsoleResources.h"
#include "app/ConsoleSettings.h"
#include "domain/EngineMessage.h"
#include "commands/ApproveCommand.h"
#include "commands/PushNowCommand.h"
#include "commands/RetryCommand.h"
#include "commands/RetryAllFailedCommand.h"
#include "commands/RejectCommand.h"
#include "commands/RevalidateCommand.h"
#include "commands/ReplayCommand.h"
#include "models/ConsoleRoles.h"
#include "models/DisplayFormat.h"
#include "models/OrderTableModel.h"
#include "models/QueueListModel.h"
#include "ui_MainWindow.h"
#include "views/ActionResultDialog.h"
#include "views/DashboardView.h"
#include "views/OrderDetailPane.h"
#include "views/OrderFilterBar.h"
#include "wizards/ConfigSaver.h"
#include "wizards/SetupWizard.h"
#include "views/PreferencesDialog.h"
#include "views/RawFileDialog.h"
#include "views/RecordView.h"
#include "views/SetupView.h"

#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QStyle>

namespace orderflow::console {
namespace {

constexpr int kFollowMaxPages = 20;   // pages read to find a followed order in its new queue
constexpr int kResultMessageMs = 8000;

enum Tab { OrdersTab, PushLogTab, ExportsTab, InboundTab, DashboardTab, ConnectionsTab, SourcesTab };

} // namespace

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_ui(std::make_unique<Ui::MainWindow>()), m_queues(new QueueListModel(this)),
      m_orders(new OrderTableModel(session->data(), this)), m_engineLabel(new QLabel(this)), m_databaseLabel(new QLabel(this))
{
    initConsoleResources();
    m_ui->setupUi(this);
    // Before the view's own connections, so these run first: the current row is still the one being removed.
    connect(m_orders, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        holdDetailOfRemovedRows(first, last);
    });
    connect(m_orders, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_holdingDetail) {
            // No neighbour slips in as the current order: the operator picks the next one.
            m_ui->orderView->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
            m_holdingDetail = false;
        }
        updateOrdersSummary();
    });
    m_ui->queueView->setModel(m_queues);
    m_ui->orderView->setModel(m_orders);
    m_ui->orderView->horizontalHeader()->setSortIndicator(int(OrderColumn::Received), Qt::AscendingOrder);
    m_ui->orderView->horizontalHeader()->setSectionsMovable(true);
    m_ui->orderView->horizontalHeader()->setDefaultSectionSize(130);
    const QList<QPair<OrderColumn, int>> widths{{OrderColumn::OrderNumber, 120}, {OrderColumn::Customer, 170}, {OrderColumn::Source, 120},
                                                {OrderColumn::Lines, 50},        {OrderColumn::Amount, 100},   {OrderColumn::Currency, 70},
                                                {OrderColumn::Received, 150},    {OrderColumn::InState, 100}};
    for (const auto &[column, width] : widths)
        m_ui->orderView->setColumnWidth(int(column), width);
    fitColumnsToContent();
    m_ui->orderView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->detailPane->setDataService(session->data());
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->ordersSplitter->setStretchFactor(0, 3);
    m_ui->ordersSplitter->setStretchFactor(1, 2);
    m_ui->queueView->setMinimumWidth(170);

    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_engineLabel);
    m_engineLabel->setObjectName(QStringLiteral("engineState"));

    createViews();
    createCommands();
    connectSession();
    applyBacklogLimits();

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshCurrentView);
    connect(m_ui->actionFocusSearch, &QAction::triggered, this, [this] {
        showTab(OrdersTab);
        m_ui->filterBar->focusSearch();
    });
    connect(m_ui->actionShowOrders, &QAction::triggered, this, [this] { showTab(OrdersTab); });
    connect(m_ui->actionShowPushLog, &QAction::triggered, this, [this] { showTab(PushLogTab); });
    connect(m_ui->actionShowExports, &QAction::triggered, this, [this] { showTab(ExportsTab); });
    connect(m_ui->actionShowInbound, &QAction::triggered, this, [this] { showTab(InboundTab); });
    connect(m_ui->actionShowDashboard, &QAction::triggered, this, [this] { showTab(DashboardTab); });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);

    connect(m_ui->queueView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onQueueSelected);
    connect(m_ui->filterBar, &OrderFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_ui->orderView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { m_selectionTimer.start(); });
    connect(m_ui->orderView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_holdingDetail)
            return;   // the order left this queue; the pane keeps showing it in its new state
        m_ui->detailPane->showOrder(current.isValid() ? current.data(IdRole).toString() : QString());
    });
    connect(m_orders, &OrderTableModel::pageLoaded, this, &MainWindow::followOrder);
    connect(m_ui->detailPane, &OrderDetailPane::loaded, this, &MainWindow::onDetailLoaded);
    // Rows change under a selection as orders move; re-derive what the commands may do, once per burst.
    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(0);
    connect(&m_selectionTimer, &QTimer::timeout, this, &MainWindow::updateSelection);
    connect(m_orders, &QAbstractItemModel::rowsRemoved, &m_selectionTimer, qOverload<>(&QTimer::start));
    connect(m_orders, &QAbstractItemModel::rowsInserted, this, [this] {
        m_selectionTimer.start();
        updateOrdersSummary();
    });
    connect(m_orders, &QAbstractItemModel::dataChanged, &m_selectionTimer, qOverload<>(&QTimer::start));
    connect(m_orders, &QAbstractItemModel::modelReset, this, &MainWindow::updateOrdersSummary);
    connect(m_orders, &OrderTableModel::totalCountChanged, this, &MainWindow::updateOrdersSummary);
    connect(m_orders, &OrderTableModel::totalCountChanged, this, &MainWindow::updateSelection);   // "all failed" needs the count now
    connect(m_orders, &OrderTableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Cannot load orders: %1").arg(message), kResultMessageMs);
    });
    connect(m_ui->detailPane, &OrderDetailPane::rawFileRequested, this, &MainWindow::showRawFile);
    connect(m_ui->detailPane, &OrderDetailPane::replayRequested, this, [this](qint64 inboundId) {
        Selection s;
        s.inboundId = inboundId;
        Command *replay = m_commands.value(int(ActionKind::Replay));
        const Selection previous = replay->selection();
        replay->setSelection(s);
        replay->start();
        replay->setSelection(previous);
    });

    // Actions follow the visible view only: another tab's selection never stays armed.
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this, &MainWindow::updateSelection);

    m_query.state = OrderState::Review;
    m_ui->queueView->setCurrentIndex(m_queues->index(m_queues->rowOf(m_query.state)));
    restoreWindowState();
    updateEngineState();
    updateSelection();
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::orderView() const { return m_ui->orderView; }
QListView *MainWindow::queueView() const { return m_ui->queueView; }
OrderDetailPane *MainWindow::detailPane() const { return m_ui->detailPane; }

QAction *MainWindow::commandAction(ActionKind kind) const
{
    Command *c = m_commands.value(int(kind));
    return c ? c->action() : nullptr;
}

void MainWindow::createViews()
{
    ConsoleDataService *data = m_session->data();
    m_pushLog = new PushLogView(data, m_ui->pushLogPage);
    m_ui->pushLogPage->layout()->addWidget(m_pushLog);
    m_exports = new ExportsView(data, m_ui->exportsPage);
    m_ui->exportsPage->layout()->addWidget(m_exports);
    m_inbound = new InboundView(data, m_ui->inboundPage);
    m_ui->inboundPage->layout()->addWidget(m_inbound);
    m_dashboard = new DashboardView(data, m_ui->dashboardPage);
    m_ui->dashboardPage->layout()->addWidget(m_dashboard);
    connect(m_inbound, &InboundView::rawFileRequested, this, &MainWindow::showRawFile);
    connect(m_inbound, &RecordView::currentChanged, this, &MainWindow::updateSelection);

    m_connections = new SetupView(SetupWizard::Kind::Connection, m_ui->viewTabs);
    m_ui->viewTabs->insertTab(ConnectionsTab, m_connections, tr("Connections"));
    m_sources = new SetupView(SetupWizard::Kind::Source, m_ui->viewTabs);
    m_ui->viewTabs->insertTab(SourcesTab, m_sources, tr("Sources"));
    for (SetupView *view : {m_connections, m_sources}) {
        connect(view, &SetupView::newRequested, this, &MainWindow::openSetupWizard);
        connect(view, &SetupView::actionReported, this, [this](const QString &text) {
            statusBar()->showMessage(text, 2 * kResultMessageMs);
            checkConfigured();
        });
    }
    auto *showConnections = new QAction(tr("&Connections"), this);
    showConnections->setObjectName(QStringLiteral("actionShowConnections"));
    showConnections->setToolTip(tr("Show the ERP connections: status, circuit, last test"));
    showConnections->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(showConnections, &QAction::triggered, this, [this] { showTab(ConnectionsTab); });
    auto *showSources = new QAction(tr("&Sources"), this);
    showSources->setObjectName(QStringLiteral("actionShowSources"));
    showSources->setToolTip(tr("Show the partner sources: status, last poll, last error"));
    showSources->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(showSources, &QAction::triggered, this, [this] { showTab(SourcesTab); });
    const QList<QAction *> viewActions = m_ui->menuView->actions();
    const qsizetype at = viewActions.indexOf(m_ui->actionShowDashboard);
    QAction *next = at >= 0 ? viewActions.value(at + 1) : nullptr;
    m_ui->menuView->insertActions(next, {showConnections, showSources});
    createFirstRunHint();
}

void MainWindow::createFirstRunHint()
{
    m_firstRun = new QFrame(m_ui->centralwidget);
    m_firstRun->setObjectName(QStringLiteral("firstRunHint"));
    m_firstRun->setFrameShape(QFrame::StyledPanel);
    auto *label = new QLabel(tr("<b>Nothing is configured yet.</b> Set up the connection to your ERP and where your partners' orders "
                                "come from; the engine starts working as soon as both exist."),
                             m_firstRun);
    label->setObjectName(QStringLiteral("firstRunLabel"));
    label->setWordWrap(true);
    auto *newConnection = new QPushButton(tr("New ERP connection…"), m_firstRun);
    newConnection->setObjectName(QStringLiteral("firstRunNewConnection"));
    connect(newConnection, &QPushButton::clicked, this, [this] { openSetupWizard(SetupWizard::Kind::Connection); });
    auto *newSource = new QPushButton(tr("New partner source…"), m_firstRun);
    newSource->setObjectName(QStringLiteral("firstRunNewSource"));
    connect(newSource, &QPushButton::clicked, this, [this] { openSetupWizard(SetupWizard::Kind::Source); });
    auto *layout = new QHBoxLayout(m_firstRun);
    layout->addWidget(label, 1);
    layout->addWidget(newConnection);
    layout->addWidget(newSource);
    m_firstRun->hide();
    static_cast<QBoxLayout *>(m_ui->centralwidget->layout())->insertWidget(0, m_firstRun);
}

void MainWindow::checkConfigured()
{
    if (!m_ready)
        return;
    m_configuredTicket = m_session->data()->requestSetupOverview();
}

void MainWindow::refreshSetupViews()
{
    m_connections->refresh();
    m_sources->refresh();
    checkConfigured();
}

void MainWindow::createCommands()
{
    auto add = [this](ActionKind kind, Command *command) {
        m_commands.insert(int(kind), command);
        connect(command, &Command::started, this, [this](const QString &what) { statusBar()->showMessage(what + QStringLiteral("…")); });
        connect(command, &Command::finished, this, &MainWindow::onCommandFinished);
    };
    add(ActionKind::Approve, new ApproveCommand(m_session, this));
    add(ActionKind::PushNow, new PushNowCommand(m_session, this));
    add(ActionKind::Retry, new RetryCommand(m_session, this));
    add(ActionKind::RetryAllFailed, new RetryAllFailedCommand(m_session, this));
    add(ActionKind::Reject, new RejectCommand(m_session, this));
    add(ActionKind::Revalidate, new RevalidateCommand(m_session, this));
    add(ActionKind::Replay, new ReplayCommand(m_session, this));

    for (ActionKind kind : {ActionKind::Approve, ActionKind::PushNow, ActionKind::Retry, ActionKind::RetryAllFailed, ActionKind::Reject,
                            ActionKind::Revalidate}) {
        QAction *a = commandAction(kind);
        m_ui->menuOrders->addAction(a);
        m_ui->mainToolBar->addAction(a);
        m_ui->orderView->addAction(a);
    }
    m_ui->menuOrders->addSeparator();
    m_ui->menuOrders->addAction(commandAction(ActionKind::Replay));
    m_inbound->addAction(commandAction(ActionKind::Replay));
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->actionRefresh);

    auto *newConnection = new QAction(tr("New &ERP connection…"), this);
    newConnection->setObjectName(QStringLiteral("actionNewConnection"));
    newConnection->setToolTip(tr("Set up, test and save a connection to the ERP"));
    connect(newConnection, &QAction::triggered, this, [this] { openSetupWizard(SetupWizard::Kind::Connection); });
    auto *newSource = new QAction(tr("New partner &source…"), this);
    newSource->setObjectName(QStringLiteral("actionNewSource"));
    newSource->setToolTip(tr("Set up, test, preview and save where a partner's orders come from"));
    connect(newSource, &QAction::triggered, this, [this] { openSetupWizard(SetupWizard::Kind::Source); });
    QAction *first = m_ui->menuSettings->actions().value(0);
    m_ui->menuSettings->insertAction(first, newSource);
    m_ui->menuSettings->insertAction(newSource, newConnection);
    m_ui->menuSettings->insertSeparator(first);
}

void MainWindow::openSetupWizard(SetupWizard::Kind kind)
{
    if (!m_ready)
        return;
    const QString path = m_session->data()->databasePath();
    loadOrganisationSlugs(path, this, [this, path, kind](const Result<QStringList> &orgs) {
        if (!orgs) {
            statusBar()->showMessage(tr("Cannot read the organisations: %1").arg(orgs.error().message), 4 * kResultMessageMs);
            return;
        }
        auto *wizard = new SetupWizard(kind, *orgs, path, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &SetupWizard::saved, this, [this, kind](const QString &org, const QString &name) {
            statusBar()->showMessage(kind == SetupWizard::Kind::Source ? tr("Source %1 of %2 saved; the engine picks it up.").arg(name, org)
                                                                        : tr("Connection %1 of %2 saved; the engine picks it up.").arg(name, org),
                                     2 * kResultMessageMs);
            refreshSetupViews();
        });
        wizard->open();
    });
}

void MainWindow::connectSession()
{
    connect(m_session, &ConsoleSession::ready, this, &MainWindow::onSessionReady);
    // Every view follows the change feed, whichever process made the change (this console's engine and actions
    // included): one source, so the sidebar, the table and its count agree.
    connect(m_session->data(), &ConsoleDataService::feedUpdated, this, &MainWindow::onFeedUpdate);
    connect(m_session->data(), &ConsoleDataService::setupOverviewReady, this, [this](quint64 ticket, const SetupOverview &overview) {
        if (ticket != m_configuredTicket || !overview.error.isEmpty())
            return;
        m_configuredTicket = 0;
        m_firstRun->setVisible(overview.connections.isEmpty() && overview.sources.isEmpty());
    });
    connect(m_session, &ConsoleSession::engineStateChanged, this, &MainWindow::updateEngineState);
    connect(m_session, &ConsoleSession::engineProblem, this, [this](const QString &worker, const QString &message) {
        const QString shown = translatedEngineText(message);
        const QString title = DisplayFormat::workerTitle(worker);
        statusBar()->showMessage(tr("Engine (%1): %2").arg(title, shown), 4 * kResultMessageMs);
        m_engineLabel->setToolTip(tr("Last problem reported by the engine (%1):\n%2").arg(title, shown));
    });
    ConsoleDataService *data = m_session->data();
    connect(data, &ConsoleDataService::filterChoicesReady, this, [this](quint64 ticket, const FilterChoices &choices) {
        if (ticket == m_choicesTicket)
            m_ui->filterBar->setChoices(choices);
    });
    connect(data, &ConsoleDataService::inboundContentReady, this, [this](quint64 ticket, const QByteArray &content, const QString &error) {
        for (RawFileDialog *dialog : findChildren<RawFileDialog *>()) {
            if (dialog->property("ticket").toULongLong() != ticket)
                continue;
            if (error.isEmpty())
                dialog->setContent(content);
            else
                dialog->setError(error);
        }
    });
}

void MainWindow::onSessionReady(const QString &error)
{
    updateEngineState();
    if (!error.isEmpty()) {
        // Shown without blocking: the window stays usable for reading the message and quitting.
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot open the database"), error, QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_ready = true;
    m_databaseLabel->setText(m_session->data()->databasePath());
    m_databaseLabel->setToolTip(tr("The database this console has open"));
    m_connections->setDataService(m_session->data());
    m_sources->setDataService(m_session->data());
    checkConfigured();
    m_choicesTicket = m_session->data()->requestFilterChoices();
    applyFilter();
    if (m_ui->viewTabs->currentIndex() != OrdersTab)
        refreshCurrentView();
}

void MainWindow::onFeedUpdate(const FeedUpdate &update)
{
    if (!update.error.isEmpty())
        return;
    // The sidebar's counts and the table's rows and count come from one snapshot: they agree.
    if (update.stats.error.isEmpty() && update.watch == m_session->data()->watchedGeneration())
        m_queues->setStats(update.stats);
    // (the order table applied the update itself: it follows the feed on its own)
    if (!update.changes.isEmpty())
        m_ui->detailPane->onOrdersChanged(update.changes);
    if (update.reload || update.pushLogChanged)
        m_pushLog->refreshIfVisible();
    if (update.reload || update.exportsChanged)
        m_exports->refreshIfVisible();
    if (update.reload || update.inboundChanged)
        m_inbound->refreshIfVisible();
    if (!update.changes.isEmpty() || update.pushLogChanged || update.reload)
        m_dashboard->refreshIfVisible();
    // Something configured meanwhile (from the CLI, say) takes the first-run hint away.
    if ((update.connectionsChanged || update.sourcesChanged || update.reload) && m_firstRun->isVisible())
        checkConfigured();
}

void MainWindow::onDetailLoaded(const QString &orderId)
{
    // Once: the queue the order is in when its detail is first read after the action. Where the engine takes it
    // afterwards, the detail pane shows; the table stays where the operator is.
    if (m_followId.isEmpty() || orderId != m_followId || m_followState)
        return;
    const OrderDetail &d = m_ui->detailPane->detail();
    if (!d.found) {
        m_followId.clear();
        return;
    }
    m_followState = d.summary.state;
    m_followPages = 0;
    if (d.summary.state != m_orders->query().state) {
        m_following = true;
        selectQueue(d.summary.state);   // its first page selects the order (followOrder)
        m_following = false;
    } else {
        followOrder();
    }
}

void MainWindow::followOrder()
{
    // Only once the detail said where the order went, and in that queue.
    if (m_followId.isEmpty() || !m_followState || *m_followState != m_orders->query().state)
        return;
    const int row = m_orders->rowOf(m_followId);
    if (row >= 0) {
        const QModelIndex index = m_orders->index(row, 0);
        m_ui->orderView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->orderView->scrollTo(index);
        m_followId.clear();
        m_followState.reset();
        return;
    }
    // Not loaded yet: read on (a bounded number of pages), the pane shows the order meanwhile.
    if (m_orders->canFetchMore({}) && m_followPages++ < kFollowMaxPages)
        m_orders->fetchMore({});
    else if (!m_orders->isLoading()) {
        m_followId.clear();   // it moved on again; the pane still shows it
        m_followState.reset();
    }
}

void MainWindow::holdDetailOfRemovedRows(int first, int last)
{
    const QModelIndex current = m_ui->orderView->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() < first || current.row() > last || m_ui->detailPane->orderId().isEmpty())
        return;
    m_holdingDetail = true;
    if (statusBar()->currentMessage().isEmpty())   // an action's result says more; it stays
        statusBar()->showMessage(tr("Order %1 left the %2 queue; the detail pane keeps showing it.")
                                 .arg(m_orders->rowAt(current.row()).orderNumber, DisplayFormat::stateTitle(m_orders->query().state)),
                             kResultMessageMs);
}

void MainWindow::selectQueue(OrderState state)
{
    m_ui->queueView->setCurrentIndex(m_queues->index(m_queues->rowOf(state)));
}

void MainWindow::showTab(int index)
{
    m_ui->viewTabs->setCurrentIndex(index);
}

void MainWindow::onQueueSelected()
{
    const QModelIndex current = m_ui->queueView->currentIndex();
    if (!current.isValid())
        return;
    const auto state = OrderState(current.data(StateRole).toInt());
    if (!m_following && !m_followId.isEmpty()) {
        m_followId.clear();   // the operator went elsewhere before the order was found: stay there
        m_followState.reset();
    }
    if (state == m_query.state && m_orders->query().state == state && m_ready)
        return;
    m_query.state = state;
    applyFilter();
}

void MainWindow::applyFilter()
{
    if (!m_ready)
        return;
    m_ui->filterBar->applyTo(m_query);
    const OrderQuery current = m_orders->query();
    m_query.sortColumn = current.sortColumn;
    m_query.sortOrder = current.sortOrder;
    if (m_queues->rowCount() && m_query.orgId != current.orgId)
        m_queues->setOrgFilter(m_query.orgId);
    if (m_followId.isEmpty())
        m_ui->detailPane->showOrder({});   // a followed order stays in the pane while its new queue loads
    m_orders->setQuery(m_query);
    updateSelection();
}

void MainWindow::updateSelection()
{
    // Only the visible view's selection arms a command: order commands on the Orders tab, Replay File on the
    // Inbound files tab. A selection left on a hidden tab never becomes the target.
    const int tab = m_ui->viewTabs->currentIndex();
    Selection s;
    if (tab == OrdersTab) {
        const QModelIndexList rows = m_ui->orderView->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows) {
            s.orderIds << i.data(IdRole).toString();
            s.states << OrderState(i.data(StateRole).toInt());
            s.orderNumbers << i.sibling(i.row(), int(OrderColumn::OrderNumber)).data().toString();
        }
        s.query = m_orders->query();
        s.queueTotal = m_orders->totalCount();
    }
    for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
        if (it.key() == int(ActionKind::Replay)) {
            Selection inbound;
            if (tab == InboundTab) {
                inbound.inboundId = m_inbound->currentInboundId();
                inbound.inboundName = m_inbound->currentName();
            }
            it.value()->setSelection(inbound);
        } else if (it.key() == int(ActionKind::RetryAllFailed) && tab != OrdersTab) {
            it.value()->setSelection({});
        } else {
            it.value()->setSelection(s);
        }
    }
}

void MainWindow::updateOrdersSummary()
{
    // Says what the table shows: the rows in it, and the queue's count when more are still to load.
    const int total = m_orders->totalCount();
    const int rows = m_orders->rowCount();
    const QString queue = DisplayFormat::stateTitle(m_orders->query().state);
    if (total < 0)
        m_ui->ordersSummary->setText(tr("%1: loading…").arg(queue));
    else if (rows >= total)
        m_ui->ordersSummary->setText(tr("%1: %n order(s)", nullptr, rows).arg(queue));
    else
        m_ui->ordersSummary->setText(tr("%1: %L2 of %L3 order(s) loaded").arg(queue).arg(rows).arg(total));
    m_selectionTimer.start();
}

void MainWindow::updateEngineState()
{
    m_engineLabel->setText(m_session->engineStateText());
    const bool ok = m_session->engineState() == ConsoleSession::EngineState::Running;
    m_engineLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #a03000;"));
}

void MainWindow::onCommandFinished(const ActionOutcome &outcome, const QString &what)
{
    const int ok = outcome.succeeded();
    const int failed = outcome.failed();
    if (!outcome.error.isEmpty())
        statusBar()->showMessage(tr("%1 failed: %2").arg(what, translatedEngineText(outcome.error)), kResultMessageMs);
    else if (outcome.untouched > 0)
        statusBar()->showMessage(tr("%1: cancelled — %2 done, %3 not done, %4 left untouched.")
                                     .arg(what).arg(ok).arg(failed - outcome.untouched).arg(outcome.untouched),
                                 kResultMessageMs);
    else if (failed == 0)
        statusBar()->showMessage(tr("%1: done (%2).").arg(what).arg(ok), kResultMessageMs);
    else
        statusBar()->showMessage(tr("%1: %2 done, %3 not done.").arg(what).arg(ok).arg(failed), kResultMessageMs);
    // One order done needs no dialog; anything else deserves the per-row report.
    if (outcome.results.size() > 1 || failed > 0 || !outcome.error.isEmpty()) {
        QHash<QString, QString> numbers;
        for (const ActionResult &r : outcome.results) {
            if (const int row = m_orders->rowOf(r.orderId); row >= 0)
                numbers.insert(r.orderId, m_orders->rowAt(row).orderNumber);
        }
        auto *dialog = new ActionResultDialog(what, outcome, numbers, this);
        dialog->show();
    }
    if (outcome.kind == ActionKind::Replay && m_inbound->isVisible())
        m_inbound->refresh();
    // One order retried or revalidated, shown in the pane: follow it to the queue it moves to and select it there
    // (the operator wants to see where it went). After approving or rejecting, the operator stays in the queue
    // being worked through; the pane keeps the order, in its new state.
    const QString shown = m_ui->detailPane->orderId();
    const bool follows = outcome.kind == ActionKind::Retry || outcome.kind == ActionKind::Revalidate;
    if (follows && outcome.results.size() == 1 && outcome.results.first().ok && outcome.results.first().orderId == shown) {
        m_followId = shown;
        m_followState.reset();
    }
    m_ui->detailPane->onOrdersChanged({{shown, 0, {}, {}, false, false}});
}

void MainWindow::showRawFile(qint64 inboundId, const QString &name)
{
    auto *dialog = new RawFileDialog(name, this);
    dialog->setProperty("ticket", m_session->data()->requestInboundContent(inboundId));
    dialog->show();
}

void MainWindow::refreshCurrentView()
{
    switch (m_ui->viewTabs->currentIndex()) {
    case OrdersTab:
        m_orders->setQuery(m_orders->query());   // a new first page, and the feed's figures from its snapshot
        break;
    case PushLogTab: m_pushLog->refresh(); break;
    case ExportsTab: m_exports->refresh(); break;
    case InboundTab: m_inbound->refresh(); break;
    case DashboardTab: m_dashboard->refresh(); break;
    case ConnectionsTab: m_connections->refresh(); break;
    case SourcesTab: m_sources->refresh(); break;
    default: break;
    }
}

void MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    connect(dialog, &PreferencesDialog::applied, this, &MainWindow::applyBacklogLimits);
    dialog->open();
}

void MainWindow::applyBacklogLimits()
{
    m_queues->setBacklogLimits({qint64(ConsoleSettings::backlogMaxAgeMinutes()) * 60 * 1000, ConsoleSettings::backlogMaxCount()});
}

void MainWindow::about()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About OrderFlow"),
                                tr("<h3>OrderFlow Console %1</h3><p>Purchase orders from every partner, in one canonical form, "
                                   "delivered to your ERP — never lost, never duplicated, every step explained.</p>")
                                    .arg(QStringLiteral(ORDERFLOW_VERSION)),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(QIcon(QStringLiteral(":/orderflow/icons/orderflow.png")).pixmap(48, 48));
    box->open();
}

void MainWindow::saveWindowState()
{
    ConsoleSettings::setState(QStringLiteral("geometry"), saveGeometry());
    ConsoleSettings::setState(QStringLiteral("windowState"), saveState());
    ConsoleSettings::setState(QStringLiteral("mainSplitter"), m_ui->mainSplitter->saveState());
    ConsoleSettings::setState(QStringLiteral("ordersSplitter"), m_ui->ordersSplitter->saveState());
    ConsoleSettings::setState(QStringLiteral("orderHeader"), m_ui->orderView->horizontalHeader()->saveState());
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(ConsoleSettings::state(QStringLiteral("geometry")));
    restoreState(ConsoleSettings::state(QStringLiteral("windowState")));
    m_ui->mainSplitter->restoreState(ConsoleSettings::state(QStringLiteral("mainSplitter")));
    m_ui->ordersSplitter->restoreState(ConsoleSettings::state(QStringLiteral("ordersSplitter")));
    // The header remembers the operator's sort; restoring it sorts the model the same way (through the view).
    m_ui->orderView->horizontalHeader()->restoreState(ConsoleSettings::state(QStringLiteral("orderHeader")));
    fitColumnsToContent();   // a width saved by an older version may clip the time stamps
}

void MainWindow::fitColumnsToContent()
{
    // Time stamps and headers are never cut: the columns are at least as wide as their longest text in this
    // language and font (the header's label, a full local time, an age).
    QTableView *view = m_ui->orderView;
    const QFontMetrics metrics(view->font());
    const int padding = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, view) + 24;   // sort arrow
    const QString sampleTime = DisplayFormat::localTime(QStringLiteral("2026-12-28T23:59:58.000Z"));
    for (int c = 0; c < int(OrderColumn::Count); ++c) {
        int need = QFontMetrics(view->horizontalHeader()->font()).horizontalAdvance(m_orders->headerData(c, Qt::Horizontal).toString()) + padding;
        if (c == int(OrderColumn::Received))
            need = std::max(need, metrics.horizontalAdvance(sampleTime) + padding);
        if (view->columnWidth(c) < need)
            view->setColumnWidth(c, need);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fitColumnsToContent();   // German headers are longer ("Positionen")
        m_ui->viewTabs->setTabText(ConnectionsTab, tr("Connections"));
        m_ui->viewTabs->setTabText(SourcesTab, tr("Sources"));
    }
    QMainWindow::changeEvent(event);
}

} // namespace orderflow::console
