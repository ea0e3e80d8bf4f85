// The Connections and Sources tabs (issue 10): every ERP connection or partner source with its status — active,
// disabled or paused and why, circuit and last test, last poll and error — and its orders and failures today;
// and what an admin does to the selected one: New, Edit (the setup wizards), Test now, Disable/Enable, Delete
// (confirmed; refused while orders are in flight; its secrets deleted from the credential store) and, for a
// connection, Reset circuit. The list is read on the console's data service (its long-lived worker and connection)
// and read again when the change feed says a connection, a source or today's orders changed — whichever process
// changed them — when the clock ends a pause shown, at midnight, and after each action; an idle view reads nothing.
// Every change runs on a thread of its own (ConfigSaver's) and is audited with the operator's name.
#pragma once

#include "data/ConsoleTypes.h"
#include "wizards/SetupWizard.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace orderflow::console {

class ConsoleDataService;
class RecordTableModel;

class SetupView : public QWidget {
    Q_OBJECT
public:
    using Kind = SetupWizard::Kind;
    enum ActionId { NewAction, EditAction, TestAction, ToggleAction, DeleteAction, ResetCircuitAction, RotateSecretAction };

    explicit SetupView(Kind kind, QWidget *parent = nullptr);
    ~SetupView() override;

    // Where the configuration is read (and, through its database path, changed); nothing is read before it is set
    // and open.
    void setDataService(ConsoleDataService *data);
    Kind kind() const { return m_kind; }
    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *action(ActionId id) const { return m_actions.value(id); }
    // The id of the selected row's connection or source; 0 when none.
    qint64 currentId() const;
    // The last action's outcome or the last read's error, as shown above the table.
    QString message() const;

public slots:
    void refresh();

signals:
    // New: the main window opens the wizard (it knows the organisations and refreshes everything afterwards).
    void newRequested(orderflow::console::SetupWizard::Kind kind);
    void refreshed(int rows);
    // An action's outcome, for the status bar as well.
    void actionReported(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Entry {
        QString org;
        QString name;
        bool enabled = true;
        bool tripped = false;   // a connection whose circuit is not closed or that has failures counted
    };
    void createActions();
    void overviewRead(quint64 ticket, const SetupOverview &overview);
    void feedUpdated(const FeedUpdate &update);
    void display(const SetupOverview &overview);
    // Schedules the read that shows what the clock changes: a pause or an open circuit ending, today's counts at midnight.
    void scheduleClockRefresh(const SetupOverview &overview);
    void updateActions();
    void report(const QString &text, bool problem = false);
    static QString testVerdict(const QString &testedAt, const QJsonObject &result);
    QString describe(qint64 id) const;   // "connection 'erp' of acme"
    void editCurrent();
    void rotateSecret();
    void openWizardOnCurrent(int startPage);
    void testCurrent();
    void toggleCurrent();
    void confirmDelete();
    void deleteEntity(qint64 id);
    void resetCircuit();

    Kind m_kind;
    ConsoleDataService *m_data = nullptr;
    QString m_databasePath;
    RecordTableModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QHash<int, QAction *> m_actions;
    QHash<qint64, Entry> m_entries;
    ConnectionTestService *m_tester = nullptr;
    QTimer m_feedDue;      // a read the feed asked for, at most one a second
    QTimer m_clockDue;     // a read for what the clock changes
    QElapsedTimer m_lastRead;
    quint64 m_ticket = 0;  // the read under way
    bool m_again = false;
};

} // namespace orderflow::console
