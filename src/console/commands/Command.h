// Operator actions as small command objects (after Kleopatra's commands): each owns its QAction, derives
// "enabled" from the current selection, runs on the data worker thread and reports a per-row outcome.
#pragma once

#include "data/ConsoleTypes.h"

#include <QAction>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QProgressDialog;

namespace orderflow::console {

class ConsoleSession;

// What the operator has selected, in whichever view is active.
struct Selection {
    QStringList orderIds;
    QList<OrderState> states;   // parallel to orderIds
    QStringList orderNumbers;   // parallel to orderIds: the PO numbers an operator recognises
    OrderQuery query;           // the queue and filter being shown
    int queueTotal = -1;        // orders in that queue under the filter
    qint64 inboundId = 0;       // the Inbound files view's selected message
    QString inboundName;        // its file name

    // "PO-1, PO-2 and 3 more": what a confirmation names.
    QString describeOrders() const;

    bool anyIn(std::initializer_list<OrderState> wanted) const;
    bool allIn(std::initializer_list<OrderState> wanted) const;
};

class Command : public QObject {
    Q_OBJECT
public:
    Command(ConsoleSession *session, QWidget *parentWidget);

    QAction *action() const { return m_action; }
    void setSelection(const Selection &selection);
    const Selection &selection() const { return m_selection; }
    bool isRunning() const { return m_ticket != 0; }

    // Runs the command on the current selection (the action's trigger calls this).
    void start();

signals:
    void started(const QString &what);
    void finished(const orderflow::console::ActionOutcome &outcome, const QString &what);

protected:
    virtual bool enabledFor(const Selection &selection) const = 0;
    // Builds and sends the request, possibly after asking the operator (non-blocking) first.
    virtual void doStart() = 0;
    // A short sentence for the status bar ("Retrying 3 orders").
    virtual QString describe() const = 0;

    void run(const ActionRequest &request);
    ConsoleSession *session() const { return m_session; }
    QWidget *parentWidget() const { return m_parentWidget; }

private:
    void updateEnabled();

    ConsoleSession *m_session;
    QPointer<QWidget> m_parentWidget;
    QAction *m_action;
    Selection m_selection;
    quint64 m_ticket = 0;
    QPointer<QProgressDialog> m_progress;   // while a long action runs
};

} // namespace orderflow::console
