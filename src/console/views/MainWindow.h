// The console's main window: queues, the order table and the detail pane, plus the push log, exports,
// inbound files and dashboard tabs. It wires views, models and commands together; each does its own work.
#pragma once

#include "app/ConsoleSession.h"
#include "data/ConsoleTypes.h"

#include "wizards/SetupWizard.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QFrame;
class QLabel;
class QListView;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace orderflow::console {

class Command;
class DashboardView;
class ExportsView;
class InboundView;
class OrderDetailPane;
class OrderTableModel;
class PushLogView;
class QueueListModel;
class SetupView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the benchmark: the parts an operator sees.
    QueueListModel *queueModel() const { return m_queues; }
    OrderTableModel *orderModel() const { return m_orders; }
    QTableView *orderView() const;
    QListView *queueView() const;
    OrderDetailPane *detailPane() const;
    PushLogView *pushLogView() const { return m_pushLog; }
    ExportsView *exportsView() const { return m_exports; }
    InboundView *inboundView() const { return m_inbound; }
    DashboardView *dashboardView() const { return m_dashboard; }
    SetupView *connectionsView() const { return m_connections; }
    SetupView *sourcesView() const { return m_sources; }
    // "Nothing is configured yet", with the two wizards: shown while the database has no source and no connection.
    QFrame *firstRunHint() const { return m_firstRun; }
    QAction *commandAction(ActionKind kind) const;
    void selectQueue(OrderState state);
    void showTab(int index);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createCommands();
    void createViews();
    void connectSession();
    // Settings ▸ New ERP connection / New partner source: the wizard, on the organisations read in the background.
    void openSetupWizard(SetupWizard::Kind kind);
    void createFirstRunHint();
    // Shows the first-run hint when nothing is configured (read off the GUI thread).
    void checkConfigured();
    void refreshSetupViews();
    void onSessionReady(const QString &error);
    void onFeedUpdate(const FeedUpdate &update);
    void followOrder();
    void onDetailLoaded(const QString &orderId);
    void holdDetailOfRemovedRows(int first, int last);
    void onQueueSelected();
    void applyFilter();
    void updateSelection();
    void updateOrdersSummary();
    void updateEngineState();
    void onCommandFinished(const ActionOutcome &outcome, const QString &what);
    void showRawFile(qint64 inboundId, const QString &name);
    void refreshCurrentView();
    void openPreferences();
    void applyBacklogLimits();
    void about();
    void saveWindowState();
    void restoreWindowState();
    void fitColumnsToContent();

    ConsoleSession *m_session;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QueueListModel *m_queues;
    OrderTableModel *m_orders;
    PushLogView *m_pushLog = nullptr;
    ExportsView *m_exports = nullptr;
    InboundView *m_inbound = nullptr;
    DashboardView *m_dashboard = nullptr;
    SetupView *m_connections = nullptr;
    SetupView *m_sources = nullptr;
    QFrame *m_firstRun = nullptr;
    QHash<int, Command *> m_commands;   // key: int(ActionKind)
    QLabel *m_engineLabel;
    QLabel *m_databaseLabel;
    OrderQuery m_query;
    QTimer m_selectionTimer;
    // The order an operator's action was about: followed to the queue it moved to, and selected there.
    QString m_followId;
    std::optional<OrderState> m_followState;   // where it went, once its detail is read
    bool m_following = false;                  // the queue is being changed by the follow itself
    int m_followPages = 0;
    bool m_holdingDetail = false;   // the current row is being removed: the detail pane keeps its order
    quint64 m_choicesTicket = 0;
    quint64 m_configuredTicket = 0;   // the read that decides the first-run hint
    bool m_ready = false;
};

} // namespace orderflow::console
