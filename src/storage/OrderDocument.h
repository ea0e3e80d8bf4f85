// One order in full as JSON — the export document (DESIGN §4, the canonical form), its status, exports, push attempts
// and audit trail: what `orderflow orders show --json` prints and GET /api/v1/orders/{id} answers.
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QJsonObject>

#include <optional>

namespace orderflow {

struct OrderDocument {
    qint64 orgId = 0;
    QJsonObject json;
};

// The order with this exact id; nullopt when there is none.
Result<std::optional<OrderDocument>> orderDocument(Database &db, const QString &orderId);

} // namespace orderflow
