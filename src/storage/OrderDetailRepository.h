// One order with everything an operator looks at before deciding on it: its header and lines, validation
// problems, the inbound message it came from, its exports and push attempts, and its audit trail.
#pragma once

#include "domain/Order.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/ExportRepository.h"
#include "storage/InboundRepository.h"
#include "storage/OrderQuery.h"

#include <QJsonArray>
#include <QList>

#include <optional>

namespace orderflow {

struct OrderDetailRecord {
    OrderRow summary;        // its sort value is the received time
    QString erpCustomerNumber;
    QString orderDate;
    QString deliveryDate;
    QString notes;
    Address billTo;
    Address shipTo;
    QString sourceFormat;
    QString totalQuantity;
    int pushGeneration = 1;
    QString approvedAt;
    // Amounts and quantities as stored (decimal text), not re-formatted.
    struct Line {
        int lineNo = 0;
        QString sku, partnerSku, gtin, description, quantity, unit, unitPrice, lineTotal;
        // The price as the partner sent it and what it is for, when that is not one unit (empty otherwise).
        QString priceAsSent, basisCode, basisQuantity, basisUnit;
    };
    QList<Line> lines;
    QList<ValidationProblem> problems;
    std::optional<InboundRecord> inbound;
    QList<ExportRecord> exports;
    QList<PushLogRecord> attempts;   // newest first, at most kAttemptLimit
    QJsonArray audit;
};

class OrderDetailRepository {
public:
    static constexpr int kAttemptLimit = 200;

    explicit OrderDetailRepository(Database &db) : m_db(db) {}

    // The order, or nothing when no order has this id (any more).
    Result<std::optional<OrderDetailRecord>> get(const QString &orderId);

private:
    Database &m_db;
};

} // namespace orderflow
