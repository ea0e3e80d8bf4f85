// What a 997 says about each received functional group: the reader fills it in, the 997 writer prints it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace orderflow {

struct X12AckElementError {
    int position = 0;         // AK401: element position in the segment
    int code = 0;             // AK403: 1 mandatory element missing, 6 invalid character, 8 invalid date, …
    QByteArray badData;       // AK404
};

struct X12AckSegmentError {
    QByteArray tag;           // AK301
    int positionInSet = 0;    // AK302: ST = 1
    int code = 0;             // AK304: 3 mandatory segment missing, 8 segment has data element errors, …
    QList<X12AckElementError> elements;
};

struct X12AckSetResult {
    QByteArray setIdentifier;     // ST01 (AK201)
    QByteArray controlNumber;     // ST02 (AK202)
    QList<int> errorCodes;        // AK502…: 1 not supported, 2 trailer missing, 3 control numbers differ, 4 count wrong, 5 segments in error
    QList<X12AckSegmentError> segmentErrors;

    bool accepted() const { return errorCodes.isEmpty() && segmentErrors.isEmpty(); }
};

struct X12AckGroupResult {
    QByteArray functionalIdentifier;  // GS01 (AK101)
    QByteArray controlNumber;         // GS06 (AK102)
    QByteArray applicationSender;     // GS02
    QByteArray applicationReceiver;   // GS03
    QByteArray version;               // GS08
    int declaredSetCount = -1;        // GE01, -1 when the GE is missing or unreadable
    bool supported = true;            // false: the group type is not one OrderFlow takes (AK905 = 1)
    QList<int> errorCodes;            // AK905…: 3 trailer missing, 4 GS06/GE02 differ, 5 set count wrong
    QList<X12AckSetResult> sets;

    int acceptedCount() const;
    char status() const;              // AK901: A, E, P or R
};

// The 997 interchange, addressed back to the partner.
struct X12AckInterchange {
    QByteArray senderQualifier;       // ours (the received ISA07)
    QByteArray senderId;              // ours (the received ISA08)
    QByteArray receiverQualifier;     // the partner's (received ISA05)
    QByteArray receiverId;            // the partner's (received ISA06)
    QByteArray version = "00401";     // ISA12, as received
    QByteArray controlNumber;         // ISA13 of the 997: our own number toward the partner (digits, padded to 9)
    qint64 firstGroupControl = 1;     // GS06 of the first FA group (ST02 the same, at least 4 digits); +1 per group
    char usageIndicator = 'P';        // ISA15, as received
    char elementSeparator = '*';
    char componentSeparator = '>';
    char repetitionSeparator = 0;     // 0 → ISA11 "U" (versions before 00402)
    char segmentTerminator = '~';
    QByteArray segmentSuffix;         // e.g. "\r\n" after each terminator, as the partner sends it
    QDateTime createdAt;              // ISA09/ISA10, GS04/GS05 (UTC)
    QList<X12AckGroupResult> groups;
};

} // namespace orderflow
