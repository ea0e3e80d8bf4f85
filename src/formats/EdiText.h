// Small text rules both EDI readers share (X12 and EDIFACT), so they cannot drift apart.
#pragma once

#include "domain/Decimal.h"
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
// QByteArrayView::trimmed() without the call when there is nothing to trim (the usual element).
inline QByteArrayView trimmed(QByteArrayView bytes)
{
    const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    return !bytes.isEmpty() && (space(bytes.front()) || space(bytes.back())) ? bytes.trimmed() : bytes;
}
bool isAscii(QByteArrayView bytes);            // no byte >= 0x80
int digitsValue(QByteArrayView digits);        // of a value allDigits() accepted
// The customer of an EDI order: the buyer party; without one, the interchange sender's id and the ship-to name,
// the best human-readable name there is.
void setCustomer(Order &order, const QString &buyerId, const QString &buyerName, const QString &interchangeSender);
// A number read from an EDI element after checking it against the standard's notation. When value is empty,
// problem says why in words an operator can act on, and code is the acknowledgement's error code: X12 AK403
// (6 invalid character, 5 too long) or EDIFACT 0085 (19 invalid decimal notation, 12 invalid value).
struct EdiNumber {
    std::optional<Decimal> value;
    QString problem;
    int code = 0;
};
// X12 data element types N and R (X12.6): an optional leading '-', digits and, for R, at most one '.' as decimal
// point. No '+', no thousands separators, no exponent. Blanks around the value are tolerated.
EdiNumber x12Number(QByteArrayView value);
// ISO 9735 numeric values: an optional leading '-', digits, and only the interchange's decimal mark (UNA, '.'
// without one) with a digit on both sides; the other mark and thousands separators are never valid.
EdiNumber edifactNumber(QByteArrayView value, char decimalMark);

// Errors in file order: envelope checks are made at a trailer, mapping problems at the end of a set.
void sortByPosition(QList<ParseError> &errors);

} // namespace orderflow::edi
