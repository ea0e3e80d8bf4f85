// Writes UN/EDIFACT CONTRL syntax and service reports: UCI for the interchange, UCM per message.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace orderflow {

// Action codes (0083): 7 = acknowledged (lower levels too unless rejected explicitly), 4 = rejected.
struct ContrlMessageResult {
    QByteArray reference;        // UNH 0062
    QByteArray type, version, release, agency;   // UNH S009: ORDERS:D:96A:UN
    bool accepted = true;
    int errorCode = 0;           // 0085 when rejected: 13 missing, 17 no agreement, 28 references differ, 29 count wrong, …
    struct SegmentError {
        int position = 0;        // UCS 0096: UNH = 1
        int errorCode = 0;       // UCS 0085
        int element = 0;         // UCD 0098 (0 = no UCD)
        int component = 0;
    };
    QList<SegmentError> segmentErrors;
};

// A functional group (UNG … UNE) of the received interchange: one UCF, followed by the UCM of each message in it.
struct ContrlGroupResult {
    QByteArray reference;                          // UNG 0048
    QByteArray senderId, senderQualifier;          // UNG S006
    QByteArray recipientId, recipientQualifier;    // UNG S007
    int errorCode = 0;                             // noted with action 7: 13 UNE missing, 28 references differ, 29 count wrong
    QList<ContrlMessageResult> messages;
};

struct ContrlInterchange {
    // The CONTRL's own envelope, addressed back to the partner.
    QByteArray syntaxIdentifier = "UNOA";
    QByteArray syntaxVersion = "3";
    QByteArray senderId, senderQualifier;         // ours: the received recipient
    QByteArray recipientId, recipientQualifier;   // the partner: the received sender
    QByteArray controlReference;                  // UNB 0020 of the CONTRL: our own number toward the partner
    QByteArray messageReference = "1";            // UNH 0062 of the CONTRL
    QDateTime createdAt;
    bool serviceStringAdvice = false;             // write a UNA (when the partner sent one)
    char component = ':', element = '+', decimalMark = '.', release = '?', segment = '\'';
    QByteArray segmentSuffix;                     // e.g. "\r\n"

    // What is acknowledged (UCI).
    QByteArray receivedControlReference;
    QByteArray receivedSenderId, receivedSenderQualifier;
    QByteArray receivedRecipientId, receivedRecipientQualifier;
    bool interchangeAccepted = true;
    int interchangeErrorCode = 0;                 // noted with action 7 too (e.g. 29: UNZ count wrong)

    QList<ContrlMessageResult> messages;          // messages outside any functional group (SG1)
    QList<ContrlGroupResult> groups;              // functional groups, each with its messages (SG3)
};

QByteArray writeContrl(const ContrlInterchange &interchange);

} // namespace orderflow
