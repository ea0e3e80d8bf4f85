#include "views/OrderDetailPane.h"

#include "data/ConsoleDataService.h"
#include "domain/EngineMessage.h"
#include "models/ConsoleRoles.h"
#include "models/DisplayFormat.h"
#include "models/LogRecords.h"
#include "models/RecordTableModel.h"
#include "ui_OrderDetailPane.h"
#include "views/CellTextDialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace orderflow::console {
namespace {

void attach(QTableView *view, RecordTableModel *model)
{
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    view->setModel(proxy);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultSectionSize(110);
    CellTextDialog::attachTo(view);   // errors, requests and responses in full, JSON indented
}

} // namespace

OrderDetailPane::OrderDetailPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OrderDetailPane>()), m_lines(new RecordTableModel(this)),
      m_problems(new RecordTableModel(this)), m_exports(new RecordTableModel(this)), m_attempts(new RecordTableModel(this)),
      m_audit(new RecordTableModel(this))
{
    m_ui->setupUi(this);
    m_lines->setColumns(LogRecords::lineColumns());
    m_problems->setColumns(LogRecords::problemColumns());
    m_exports->setColumns(LogRecords::exportColumns());
    m_attempts->setColumns(LogRecords::pushLogColumns());
    m_audit->setColumns(LogRecords::auditColumns());
    attach(m_ui->linesView, m_lines);
    attach(m_ui->problemsView, m_problems);
    attach(m_ui->exportsView, m_exports);
    attach(m_ui->attemptsView, m_attempts);
    attach(m_ui->auditView, m_audit);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(200);
    connect(&m_reloadTimer, &QTimer::timeout, this, &OrderDetailPane::reload);
    connect(m_ui->showRawButton, &QPushButton::clicked, this, [this] {
        if (m_detail.inbound)
            emit rawFileRequested(m_detail.inbound->id, m_detail.inbound->remoteName);
    });
    connect(m_ui->replayButton, &QPushButton::clicked, this, [this] {
        if (m_detail.inbound)
            emit replayRequested(m_detail.inbound->id);
    });
}

OrderDetailPane::~OrderDetailPane() = default;

void OrderDetailPane::setDataService(ConsoleDataService *data)
{
    m_data = data;
    connect(m_data, &ConsoleDataService::detailReady, this, &OrderDetailPane::onDetail);
}

void OrderDetailPane::showOrder(const QString &orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    m_ticket = 0;
    if (orderId.isEmpty()) {
        m_detail = {};
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    reload();
}

void OrderDetailPane::reload()
{
    if (m_data && !m_orderId.isEmpty())
        m_ticket = m_data->requestDetail(m_orderId);
}

void OrderDetailPane::onOrdersChanged(const OrderStateChanges &changes)
{
    if (m_orderId.isEmpty())
        return;
    for (const OrderStateChange &ch : changes) {
        if (ch.orderId == m_orderId) {
            if (!m_reloadTimer.isActive())
                m_reloadTimer.start();
            return;
        }
    }
}

void OrderDetailPane::onDetail(quint64 ticket, const OrderDetail &detail)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    m_detail = detail;
    fill(detail);
    emit loaded(m_orderId);
}

void OrderDetailPane::fill(const OrderDetail &d)
{
    m_ui->stack->setCurrentWidget(m_ui->detailPage);
    if (!d.found) {
        m_ui->titleLabel->setText(tr("Order not available"));
        m_ui->stateLabel->clear();
        m_ui->errorLabel->setText(translatedEngineText(d.error));
        m_ui->errorLabel->setVisible(true);
        m_ui->tabs->setEnabled(false);
        return;
    }
    m_ui->tabs->setEnabled(true);
    const OrderRow &s = d.summary;
    m_ui->titleLabel->setText(tr("<b>PO %1</b> — %2").arg(s.orderNumber.toHtmlEscaped(), s.customerName.toHtmlEscaped()));
    m_ui->stateLabel->setText(DisplayFormat::stateTitle(s.state));
    m_ui->stateLabel->setToolTip(DisplayFormat::stateDescription(s.state));
    m_ui->stateIcon->setPixmap(DisplayFormat::stateIcon(s.state).pixmap(16, 16));
    m_ui->errorLabel->setText(translatedEngineText(s.lastError));
    m_ui->errorLabel->setVisible(!s.lastError.isEmpty());

    m_ui->orderIdValue->setText(s.id);
    m_ui->orgValue->setText(s.orgSlug);
    m_ui->sourceValue->setText(d.sourceFormat.isEmpty() ? s.sourceName : tr("%1 (%2)").arg(s.sourceName, d.sourceFormat));
    QStringList customer{s.customerName};
    if (!s.partnerId.isEmpty())
        customer << tr("partner id %1").arg(s.partnerId);
    if (!d.erpCustomerNumber.isEmpty())
        customer << tr("ERP customer %1").arg(d.erpCustomerNumber);
    m_ui->customerValue->setText(customer.join(QStringLiteral(" · ")));
    m_ui->orderDateValue->setText(d.orderDate);
    m_ui->deliveryDateValue->setText(d.deliveryDate);
    m_ui->totalsValue->setText(tr("%n line(s), quantity %1, net %2 %3", nullptr, s.lineCount).arg(d.totalQuantity, s.netAmount, s.currency));
    m_ui->receivedValue->setText(DisplayFormat::localTime(s.receivedAt));
    m_ui->approvedValue->setText(DisplayFormat::localTime(d.approvedAt));
    m_ui->generationValue->setText(QString::number(d.pushGeneration));
    m_ui->billToValue->setText(DisplayFormat::addressLines(d.billTo));
    m_ui->shipToValue->setText(DisplayFormat::addressLines(d.shipTo));
    m_ui->notesValue->setText(d.notes);

    m_lines->setRecords(LogRecords::lineRecords(d.lines));
    m_problems->setRecords(LogRecords::problemRecords(d.problems));
    QList<ExportRow> exports;
    for (const ExportRecord &e : d.exports)
        exports.append({e, s.orderNumber, {}, false});
    m_exports->setRecords(LogRecords::exportRecords(exports));
    QList<PushLogRow> attempts;
    for (const PushLogRecord &p : d.attempts)
        attempts.append({p, s.orderNumber});
    m_attempts->setRecords(LogRecords::pushLogRecords(attempts));
    m_audit->setRecords(LogRecords::auditRecords(d.audit));

    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->linesTab), tr("Lines (%1)").arg(d.lines.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->problemsTab), tr("Problems (%1)").arg(d.problems.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->exportsTab), tr("Exports && Acks (%1)").arg(d.exports.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->attemptsTab), tr("Push Attempts (%1)").arg(d.attempts.size()));

    const bool hasInbound = d.inbound.has_value();
    m_ui->showRawButton->setEnabled(hasInbound);
    m_ui->replayButton->setEnabled(hasInbound);
    if (hasInbound) {
        const InboundRecord &i = *d.inbound;
        m_ui->inboundFileValue->setText(i.remoteName);
        m_ui->inboundSourceValue->setText(i.sourceName);
        m_ui->inboundReceivedValue->setText(DisplayFormat::localTime(i.receivedAt));
        m_ui->inboundStatusValue->setText(LogRecords::inboundStatusTitle(i.status));
        m_ui->inboundFormatValue->setText(i.format);
        m_ui->inboundSizeValue->setText(QLocale().formattedDataSize(i.size));
        m_ui->inboundShaValue->setText(i.sha256);
        m_ui->inboundErrorValue->setText(translatedEngineText(i.error));
    } else {
        for (QLabel *l : {m_ui->inboundFileValue, m_ui->inboundSourceValue, m_ui->inboundReceivedValue, m_ui->inboundStatusValue,
                          m_ui->inboundFormatValue, m_ui->inboundSizeValue, m_ui->inboundShaValue, m_ui->inboundErrorValue})
            l->clear();
        m_ui->inboundFileValue->setText(tr("No inbound file (entered by hand or through the API)."));
    }
}

void OrderDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_detail.found)
            fill(m_detail);
    }
    QWidget::changeEvent(event);
}

} // namespace orderflow::console
