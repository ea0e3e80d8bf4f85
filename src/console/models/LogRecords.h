// Columns and records for the record tables: what the push log, exports, inbound files and the detail pane's
// tables show, and how a row is highlighted (an overdue ack, a failed attempt, a parse error).
#pragma once

#include "data/ConsoleTypes.h"
#include "models/RecordTableModel.h"

#include <QCoreApplication>

namespace orderflow::console {

class LogRecords {
    Q_DECLARE_TR_FUNCTIONS(LogRecords)
public:
    static QList<RecordTableModel::Column> exportColumns();
    static QList<RecordTableModel::Record> exportRecords(const QList<ExportRow> &rows);

    static QList<RecordTableModel::Column> pushLogColumns();
    static QList<RecordTableModel::Record> pushLogRecords(const QList<PushLogRow> &rows);

    static QList<RecordTableModel::Column> inboundColumns();
    static QList<RecordTableModel::Record> inboundRecords(const QList<InboundRecord> &rows);
    static QString inboundStatusTitle(const QString &status);

    static QList<RecordTableModel::Column> lineColumns();
    static QList<RecordTableModel::Record> lineRecords(const QList<OrderDetail::Line> &lines);

    static QList<RecordTableModel::Column> problemColumns();
    static QList<RecordTableModel::Record> problemRecords(const QList<ValidationProblem> &problems);

    static QList<RecordTableModel::Column> auditColumns();
    static QList<RecordTableModel::Record> auditRecords(const QJsonArray &audit);

    static QString exportStatusTitle(const QString &status);
    static QString outcomeTitle(const QString &outcome);
    // An audit row's action ("approve", "ack") as the history shows it.
    static QString actionTitle(const QString &action);

    static QColor warningBackground();
    static QColor errorBackground();
    static QColor okBackground();
};

} // namespace orderflow::console
