// What every reader returns: canonical orders, precise errors, and documents to send back to the partner.
#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace orderflow {

struct ParseError {
    QString message;        // what was expected / what is wrong (see setMessage for one that names bytes)
    QString file;
    QString interchange;    // interchange control number (EDI)
    int segmentIndex = -1;  // 1-based position of the segment in the file (EDI)
    QString segmentTag;     // "BEG", "QTY"
    QString element;        // "BEG03", "items[2].quantity"
    qint64 offset = -1;     // byte offset in the file
    int line = -1;          // 1-based line, when the format is line oriented (JSON)
    int column = -1;
    // The message with its marks (setMessage), empty when it names no bytes.
    QString messageText;
    // Other bytes of the file the message names ("… up to the next ISA at byte 2551"), in the order of placeMark().
    QList<qint64> places;

    // A message that names bytes of the file is written with marks where the numbers go: offsetMark() for offset,
    // placeMark(i) for places[i] (characters no message otherwise holds); message is rendered from the fields, so
    // moving the error (moveBy) renders the numbers again and never edits the text by pattern.
    static QString offsetMark();
    static QString placeMark(int i);
    void setMessage(const QString &text);
    // The error of a part of a file that starts `bytes` into it: offset, places and the numbers in message move.
    void moveBy(qint64 bytes);

    // One line for logs and the inbound message row: "orders.json:3:14 (byte 57): items[0].quantity: …".
    QString toString() const;
    QJsonObject toJson() const;
};

// Our own control numbers for one acknowledgement interchange, taken from the partner's counters in the database.
struct AckControlNumbers {
    qint64 interchange = 1;   // X12 ISA13/IEA02; EDIFACT UNB 0020/UNZ 0020 and UNH 0062
    qint64 firstGroup = 1;    // X12: GS06 (and ST02) of the first FA group, the next groups count on from it
};

// A file to write back to the partner through the source's outbound path (997, CONTRL).
struct OutboundDocument {
    QString fileName;       // names the partner and ITS control number: which interchange this answers
    QByteArray content;     // written with provisional numbers (all 1); the outbox rewrites it with ours (write)
    QString kind;           // "997", "CONTRL"
    // Whose counters give our numbers: "x12:ZZ:NORTHWIND", "edifact:14:BUYERGLN" (the partner as the receiver of
    // this document), and how many group numbers it needs (X12: one per FA group; EDIFACT: none).
    QString partner;
    int groupCount = 0;
    std::function<QByteArray(const AckControlNumbers &)> write;
};

struct ParseResult {
    QList<Order> orders;
    QList<ParseError> errors;
    QList<OutboundDocument> acknowledgements;
    // Interchange control numbers seen (sender + number), so duplicates from one partner can be flagged.
    QStringList interchangeIds;
    // Segments read (EDI): a file read in parts (DocumentStream) numbers the next part's segments on from here.
    int segmentCount = 0;
};

struct ParseOptions {
    QString fileName;             // for error messages
    QString format = QStringLiteral("auto");   // auto | json | x12-850 | edifact-orders
    QJsonObject jsonMapping;      // partner JSON field mapping (see PartnerJsonReader.h)
    bool skipLeadingJunk = false; // EDIFACT: skip bytes before UNA/UNB instead of reporting them
    bool generateAcknowledgements = false;
    // Set by DocumentStream: the content is a part of a file and the next interchange header follows right after it.
    bool interchangeFollows = false;
    // Partner JSON: the whole content already parsed by whoever received it (the HTTP intake checks the syntax before
    // it answers), so it is not parsed twice; null: the reader parses the content.
    QJsonDocument parsedJson;
};

} // namespace orderflow
