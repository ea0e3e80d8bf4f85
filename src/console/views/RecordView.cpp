#include "views/RecordView.h"

#include "data/ConsoleDataService.h"
#include "models/ConsoleRoles.h"
#include "models/LogRecords.h"
#include "models/RecordTableModel.h"
#include "views/CellTextDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace orderflow::console {
namespace {
constexpr int kRefreshMs = 3000;
}

void setUpRecordTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(120);
    view->setWordWrap(false);
}

RecordView::RecordView(ConsoleDataService *data, QWidget *parent)
    : QWidget(parent), m_data(data), m_model(new RecordTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)), m_refresh(new QToolButton(this)), m_buttons(new QHBoxLayout)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);   // newest first, as delivered
    setUpRecordTable(m_view);

    m_refresh->setIcon(QIcon(QStringLiteral(":/orderflow/icons/refresh.png")));
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Refresh now (the view also refreshes itself every few seconds)"));
    connect(m_refresh, &QToolButton::clicked, this, &RecordView::refresh);

    m_buttons->addWidget(m_summary, 1);
    m_buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_buttons);
    layout->addWidget(m_view);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &RecordView::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordView::currentChanged);
}

QVariant RecordView::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole) : QVariant();
}

void RecordView::refresh()
{
    if (m_ticket || !m_data->isReady())
        return;   // one question at a time; the timer asks again
    m_ticket = sendRequest(m_limit);
}

void RecordView::refreshIfVisible()
{
    if (isVisible())
        refresh();
}

bool RecordView::acceptAnswer(quint64 ticket, const QString &error)
{
    if (ticket == 0 || ticket != m_ticket)
        return false;
    m_ticket = 0;
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return false;
    }
    return true;
}

void RecordView::updateSummary()
{
    m_summary->setText(summary(m_model->rowCount()));
    if (!m_fitted && m_model->rowCount() > 0) {
        // Once, on the first records: every column as wide as its content (times never cut), long texts capped —
        // their full text is a double-click away.
        m_fitted = true;
        m_view->horizontalHeader()->setResizeContentsPrecision(200);
        m_view->resizeColumnsToContents();
        const int cap = 24 * fontMetrics().averageCharWidth();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), cap));
    }
}

void RecordView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void RecordView::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

// ---- Push log -----------------------------------------------------------------------------------------------

PushLogView::PushLogView(ConsoleDataService *data, QWidget *parent) : RecordView(data, parent)
{
    CellTextDialog::attachTo(view());   // errors, requests and responses in full, JSON indented
    model()->setColumns(LogRecords::pushLogColumns());
    connect(data, &ConsoleDataService::pushLogReady, this, [this](quint64 ticket, const QList<PushLogRow> &rows, const QString &error) {
        if (!acceptAnswer(ticket, error))
            return;
        model()->setRecords(LogRecords::pushLogRecords(rows));
        updateSummary();
    });
}

quint64 PushLogView::sendRequest(int limit)
{
    return data()->requestPushLog(limit);
}

QString PushLogView::summary(int rows) const
{
    return tr("The latest %n push attempt(s), newest first.", nullptr, rows);
}

// ---- Exports ------------------------------------------------------------------------------------------------

ExportsView::ExportsView(ConsoleDataService *data, QWidget *parent) : RecordView(data, parent)
{
    CellTextDialog::attachTo(view());
    model()->setColumns(LogRecords::exportColumns());
    connect(data, &ConsoleDataService::exportsReady, this, [this](quint64 ticket, const QList<ExportRow> &rows, const QString &error) {
        if (!acceptAnswer(ticket, error))
            return;
        m_overdue = int(std::count_if(rows.cbegin(), rows.cend(), [](const ExportRow &r) { return r.ackOverdue; }));
        model()->setRecords(LogRecords::exportRecords(rows));
        updateSummary();
    });
}

quint64 ExportsView::sendRequest(int limit)
{
    return data()->requestExports(limit);
}

QString ExportsView::summary(int rows) const
{
    const QString text = tr("The latest %n export(s), newest first.", nullptr, rows);
    return m_overdue ? text + QLatin1Char(' ') + tr("%n acknowledgement(s) overdue (highlighted).", nullptr, m_overdue) : text;
}

// ---- Inbound files ------------------------------------------------------------------------------------------

InboundView::InboundView(ConsoleDataService *data, QWidget *parent) : RecordView(data, parent), m_raw(new QToolButton(this))
{
    model()->setColumns(LogRecords::inboundColumns());
    m_raw->setObjectName(QStringLiteral("showRawButton"));
    m_raw->setText(tr("Show Raw File…"));
    m_raw->setToolTip(tr("Show the selected file exactly as it was received"));
    m_raw->setIcon(QIcon(QStringLiteral(":/orderflow/icons/raw.png")));
    m_raw->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_raw->setEnabled(false);
    buttonRow()->insertWidget(1, m_raw);
    connect(m_raw, &QToolButton::clicked, this, [this] {
        if (const qint64 id = currentInboundId())
            emit rawFileRequested(id, currentName());
    });
    connect(this, &RecordView::currentChanged, this, [this] { m_raw->setEnabled(currentInboundId() > 0); });
    connect(view(), &QTableView::doubleClicked, m_raw, &QToolButton::click);
    connect(data, &ConsoleDataService::inboundReady, this, [this](quint64 ticket, const QList<InboundRecord> &rows, const QString &error) {
        if (!acceptAnswer(ticket, error))
            return;
        model()->setRecords(LogRecords::inboundRecords(rows));
        updateSummary();
    });
}

void InboundView::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttonRow()->insertWidget(2, button);
}

qint64 InboundView::currentInboundId() const
{
    return currentId().toLongLong();
}

QString InboundView::currentName() const
{
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? current.sibling(current.row(), 3).data().toString() : QString();
}

quint64 InboundView::sendRequest(int limit)
{
    return data()->requestInbound(limit);
}

QString InboundView::summary(int rows) const
{
    return tr("The latest %n received file(s), newest first.", nullptr, rows);
}

} // namespace orderflow::console
