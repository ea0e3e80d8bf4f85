// The orderflow_export_json_v1 document: the contract with every ERP and the canonical JSON form of an order.
#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace orderflow {

inline constexpr char kExportVersion[] = "orderflow_export_json_v1";

struct ExportContext {
    QString orgSlug;
    QString sourceName;
    QDateTime exportedAt;        // omitted when invalid
    // meta.idempotency_key: the same for every delivery of one push of one order (also a re-delivery under the
    // same file name after a crash), so an ERP can recognise a repeat; omitted when empty (parse --json).
    QString idempotencyKey;
    bool includeIdentity = true; // draft_order_id and approved_at (parse --json leaves them out)
    QString generator;           // meta.generator; this version's generatorName() when empty
};

// The document as a JSON object, with meta.content_sha256 filled in.
QJsonObject exportDocument(const Order &order, const ExportContext &context);
// Serialised, compact, with meta.content_sha256 filled in (and returned through sha256 when given).
QByteArray exportJson(const Order &order, const ExportContext &context, QString *sha256 = nullptr);

// sha256 (hex) of the document serialised compactly with meta.content_sha256 set to "".
QString contentSha256(QJsonObject document);
// True when the document's meta.content_sha256 matches its content.
bool verifyContentSha256(const QJsonObject &document);

QString generatorName();   // "orderflow/X.Y.Z"

} // namespace orderflow
