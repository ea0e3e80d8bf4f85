// The selected order in full: header, lines, validation problems, inbound file, exports, push attempts and
// the audit trail. Loads asynchronously; a newer selection discards older answers.
#pragma once

#include "data/ConsoleTypes.h"
#include "domain/OrderEvent.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class OrderDetailPane;
}

namespace orderflow::console {

class ConsoleDataService;
class RecordTableModel;

class OrderDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit OrderDetailPane(QWidget *parent = nullptr);
    ~OrderDetailPane() override;

    void setDataService(ConsoleDataService *data);
    void showOrder(const QString &orderId);   // empty: nothing selected
    const QString &orderId() const { return m_orderId; }
    const OrderDetail &detail() const { return m_detail; }

public slots:
    // Reloads when the shown order changed state (debounced: a burst of events is one reload).
    void onOrdersChanged(const orderflow::OrderStateChanges &changes);

signals:
    void rawFileRequested(qint64 inboundId, const QString &name);
    void replayRequested(qint64 inboundId);
    void loaded(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void onDetail(quint64 ticket, const OrderDetail &detail);
    void fill(const OrderDetail &d);

    std::unique_ptr<Ui::OrderDetailPane> m_ui;
    ConsoleDataService *m_data = nullptr;
    RecordTableModel *m_lines;
    RecordTableModel *m_problems;
    RecordTableModel *m_exports;
    RecordTableModel *m_attempts;
    RecordTableModel *m_audit;
    QString m_orderId;
    OrderDetail m_detail;
    quint64 m_ticket = 0;
    QTimer m_reloadTimer;
};

} // namespace orderflow::console
