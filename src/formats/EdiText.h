// Small text rules both EDI readers share (X12 and EDIFACT), so they cannot drift apart.
#pragma once

#include "formats/ParseResult.h"

#include <QByteArrayView>
#include <QString>

namespace orderflow::edi {

// A segment tag: upper-case letters and digits, minLength to 3 characters (X12 allows 2, EDIFACT needs 3).
bool isSegmentTag(QByteArrayView tag, int minLength);
// Control numbers and counts compare as numbers: "000000001" and "1" are the same.
bool sameNumber(QByteArrayView a, QByteArrayView b);
QString latin1(QByteArrayView bytes);
// A file name part from partner data: letters, digits, '-', '.', others become '_'.
QString fileNamePart(QByteArrayView bytes);
bool allDigits(QByteArrayView bytes);          // false for an empty value
int digitsValue(QByteArrayView digits);        // of a value allDigits() accepted
// The customer of an EDI order: the buyer party; without one, the interchange sender's id and the ship-to name,
// the best human-readable name there is.
void setCustomer(Order &order, const QString &buyerId, const QString &buyerName, const QString &interchangeSender);
// Errors in file order: envelope checks are made at a trailer, mapping problems at the end of a set.
void sortByPosition(QList<ParseError> &errors);

} // namespace orderflow::edi
