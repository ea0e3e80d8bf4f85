// What every reader returns: canonical orders, precise errors, and documents to send back to the partner.
#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace orderflow {

struct ParseError {
    QString message;        // what was expected / what is wrong
    QString file;
    QString interchange;    // interchange control number (EDI)
    int segmentIndex = -1;  // 1-based position of the segment in the file (EDI)
    QString segmentTag;     // "BEG", "QTY"
    QString element;        // "BEG03", "items[2].quantity"
    qint64 offset = -1;     // byte offset in the file
    int line = -1;          // 1-based line, when the format is line oriented (JSON)
    int column = -1;

    // One line for logs and the inbound message row: "orders.json:3:14 (byte 57): items[0].quantity: …".
    QString toString() const;
    QJsonObject toJson() const;
};

// A file to write back to the partner through the source's outbound path (997, CONTRL).
struct OutboundDocument {
    QString fileName;
    QByteArray content;
    QString kind;           // "997", "CONTRL"
};

struct ParseResult {
    QList<Order> orders;
    QList<ParseError> errors;
    QList<OutboundDocument> acknowledgements;
    // Interchange control numbers seen (sender + number), so duplicates from one partner can be flagged.
    QStringList interchangeIds;
};

struct ParseOptions {
    QString fileName;             // for error messages
    QString format = QStringLiteral("auto");   // auto | json | x12-850 | edifact-orders
    QJsonObject jsonMapping;      // partner JSON field mapping (see PartnerJsonReader.h)
    bool skipLeadingJunk = false; // EDIFACT: skip bytes before UNA/UNB instead of reporting them
    bool generateAcknowledgements = false;
};

} // namespace orderflow
