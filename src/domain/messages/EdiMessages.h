// The catalogue's messages of the X12 and EDIFACT readers: envelopes, segments, numbers and dates as the partner
// sent them, and what the reader did about it. English templates; see EngineMessage.h for how they are shown
// translated. A message that names bytes of the file gets ParseError's marks as arguments (ParseResult.h); the
// readers render these only when something is wrong, never for a good segment.
#pragma once

#include "domain/EngineMessage.h"

namespace orderflow::msg {

// Any format (formats/FormatRegistry.cpp, formats/DocumentStream.cpp, both EDI readers)
inline const EngineMessage FileEmpty{QT_TRANSLATE_NOOP("engine", "The file is empty.")};
inline const EngineMessage UnrecognisedContent{QT_TRANSLATE_NOOP("engine", "Unrecognised content: expected partner JSON ('{'), X12 ('ISA') or EDIFACT ('UNA'/'UNB'). Check that the partner sent the right file, or set the source's format.")};
inline const EngineMessage UnknownFormat{QT_TRANSLATE_NOOP("engine", "Unknown format '%1' (supported: %2).")};
inline const EngineMessage CannotReadAfterByte{QT_TRANSLATE_NOOP("engine", "Cannot read %1 after byte %2: %3. Nothing after that byte was read; check the file and read it again.")};

// Numbers and line counts in both EDI formats (formats/EdiText.cpp and the mappers)
inline const EngineMessage EdiExpectedNumber{QT_TRANSLATE_NOOP("engine", "expected %1 as a number, found '%2': %3.")};
inline const EngineMessage EdiExpectedLineCount{QT_TRANSLATE_NOOP("engine", "expected the number of line items, found '%1'.")};
inline const EngineMessage EdiTooManyDecimals{QT_TRANSLATE_NOOP("engine", "too many decimals to read exactly: %1 after the decimal mark; at most %2")};
inline const EngineMessage EdiTooManyDigits{QT_TRANSLATE_NOOP("engine", "too long to read exactly: %1 significant digits; at most %2")};
inline const EngineMessage X12BasisWithoutPrice{QT_TRANSLATE_NOOP("engine", "PO105 '%1' comes without a unit price: PO104 is required whenever PO105 is sent (X12 syntax rule C0504). A line free of charge is sent as PO104 0 with PO105 NC.")};
inline const EngineMessage X12BasisWithoutPriceNamed{QT_TRANSLATE_NOOP("engine", "PO105 '%1' (%2) comes without a unit price: PO104 is required whenever PO105 is sent (X12 syntax rule C0504). A line free of charge is sent as PO104 0 with PO105 NC.")};
inline const EngineMessage X12BasisNoCharge{QT_TRANSLATE_NOOP("engine", "no charge")};
inline const EngineMessage X12BasisNotSeparatelyPriced{QT_TRANSLATE_NOOP("engine", "not separately priced")};
inline const EngineMessage X12NumberComma{QT_TRANSLATE_NOOP("engine", "',' is not allowed: X12 numbers use '.' as decimal point and never a thousands separator")};
inline const EngineMessage X12NumberPlus{QT_TRANSLATE_NOOP("engine", "'+' is not allowed: X12 numbers carry only a leading '-' sign")};
inline const EngineMessage X12NumberSecondPoint{QT_TRANSLATE_NOOP("engine", "a second '.' is not allowed: X12 numbers have at most one decimal point")};
inline const EngineMessage X12NumberBadCharacter{QT_TRANSLATE_NOOP("engine", "%1 is not allowed in an X12 number (digits, one '.', a leading '-')")};
inline const EngineMessage X12NumberNoDigit{QT_TRANSLATE_NOOP("engine", "an X12 number needs at least one digit")};
inline const EngineMessage EdifactNotTheDecimalMark{QT_TRANSLATE_NOOP("engine", "'%1' is not the decimal mark: the interchange declares '%2' (%3), and ISO 9735 allows only the declared mark and no thousands separators")};
inline const EngineMessage EdifactMarkFromUnaOrDefault{QT_TRANSLATE_NOOP("engine", "UNA, or the default without one")};
inline const EngineMessage EdifactSecondDecimalMark{QT_TRANSLATE_NOOP("engine", "a second '%1' is not allowed: a number has one decimal mark and no thousands separators")};
inline const EngineMessage EdifactNumberBadCharacter{QT_TRANSLATE_NOOP("engine", "%1 is not allowed in a number (digits, the decimal mark '%2', a leading '-')")};
inline const EngineMessage EdifactMarkNeedsDigits{QT_TRANSLATE_NOOP("engine", "the decimal mark '%1' needs a digit on both sides (ISO 9735)")};
inline const EngineMessage EdifactNumberNoDigit{QT_TRANSLATE_NOOP("engine", "a number needs at least one digit")};

// X12 envelopes (formats/x12/X12Tokenizer.cpp, X12OrderReader.cpp)
inline const EngineMessage X12SkippedRest{QT_TRANSLATE_NOOP("engine", "%1 Skipped the remaining %2 bytes (no further ISA).")};
inline const EngineMessage X12SkippedToIsa{QT_TRANSLATE_NOOP("engine", "%1 Skipped %2 bytes up to the next ISA at byte %3.")};
inline const EngineMessage X12IsaCutShort{QT_TRANSLATE_NOOP("engine", "The ISA header at byte %1 is cut short: expected 16 elements and a segment terminator.")};
inline const EngineMessage X12IsaMalformed{QT_TRANSLATE_NOOP("engine", "The ISA header at byte %1 is malformed: expected 16 elements separated by '%2' within %3 bytes.")};
inline const EngineMessage X12IsaNoTerminator{QT_TRANSLATE_NOOP("engine", "The ISA header at byte %1 has no segment terminator after ISA16.")};
inline const EngineMessage X12IsaDelimiters{QT_TRANSLATE_NOOP("engine", "The ISA header at byte %1 does not define usable delimiters (element separator 0x%2, component separator ISA16 0x%3, segment terminator 0x%4): they must be distinct non-alphanumeric characters.")};
inline const EngineMessage X12UnexpectedData{QT_TRANSLATE_NOOP("engine", "Unexpected data at byte %1 where an interchange header (ISA) was expected.")};
inline const EngineMessage X12NoInterchange{QT_TRANSLATE_NOOP("engine", "No X12 interchange (ISA) found.")};
inline const EngineMessage X12IsaElementCount{QT_TRANSLATE_NOOP("engine", "ISA has %1 elements; expected 16.")};
inline const EngineMessage X12OutsideInterchange{QT_TRANSLATE_NOOP("engine", "Segment outside an interchange; expected ISA.")};
inline const EngineMessage X12NotSegmentTag{QT_TRANSLATE_NOOP("engine", "'%1' is not a segment tag (2-3 upper-case letters or digits). Is the segment terminator '%2' used inside data?")};
inline const EngineMessage X12Ta1{QT_TRANSLATE_NOOP("engine", "TA1 interchange acknowledgement: it carries no purchase order, nothing was imported from it.")};
inline const EngineMessage X12OutsideSet{QT_TRANSLATE_NOOP("engine", "Segment outside a transaction set; expected ST or GE.")};
inline const EngineMessage X12OutsideGroup{QT_TRANSLATE_NOOP("engine", "Segment outside a functional group; expected GS or IEA.")};
inline const EngineMessage X12GroupNoGeBeforeGs{QT_TRANSLATE_NOOP("engine", "Functional group %1 has no GE trailer before this GS.")};
inline const EngineMessage X12GroupControlMissing{QT_TRANSLATE_NOOP("engine", "the group control number (GS06) is missing.")};
inline const EngineMessage X12StOutsideGroup{QT_TRANSLATE_NOOP("engine", "ST outside a functional group (no GS before it).")};
inline const EngineMessage X12SetName{QT_TRANSLATE_NOOP("engine", "transaction set %1 (%2)")};
inline const EngineMessage X12SetProblem{QT_TRANSLATE_NOOP("engine", "transaction set %1 (%2): %3")};
inline const EngineMessage X12SetIsAcknowledgement{QT_TRANSLATE_NOOP("engine", "%1 is a functional acknowledgement: it carries no purchase order, nothing was imported from it.")};
inline const EngineMessage X12SetNotPurchaseOrder{QT_TRANSLATE_NOOP("engine", "%1 is not a purchase order (850); it was not imported. Check the partner's routing, or the source's format.")};
inline const EngineMessage X12SeWithoutSt{QT_TRANSLATE_NOOP("engine", "SE without a matching ST.")};
inline const EngineMessage X12SetNoSe{QT_TRANSLATE_NOOP("engine", "%1 has no SE trailer.")};
inline const EngineMessage X12OrderSetNoSe{QT_TRANSLATE_NOOP("engine", "%1 has no SE trailer; it was rejected.")};
inline const EngineMessage X12Se02Mismatch{QT_TRANSLATE_NOOP("engine", "SE02 '%1' does not match the ST02 control number '%2' of %3; the set was rejected.")};
inline const EngineMessage X12Se01Count{QT_TRANSLATE_NOOP("engine", "SE01 says %1 segments, but %2 has %3 (ST to SE inclusive): segments were lost or added in transit; the set was rejected.")};
inline const EngineMessage X12GeWithoutGs{QT_TRANSLATE_NOOP("engine", "GE without a matching GS.")};
inline const EngineMessage X12GroupNoGe{QT_TRANSLATE_NOOP("engine", "Functional group %1 has no GE trailer.")};
inline const EngineMessage X12Ge01Count{QT_TRANSLATE_NOOP("engine", "GE01 says %1 transaction sets, but functional group %2 has %3.")};
inline const EngineMessage X12Ge02Mismatch{QT_TRANSLATE_NOOP("engine", "GE02 '%1' does not match the GS06 control number '%2'.")};
inline const EngineMessage X12InterchangeNoIea{QT_TRANSLATE_NOOP("engine", "Interchange %1 has no IEA trailer (expected before byte %2): the file may be cut short.")};
inline const EngineMessage X12Iea01Count{QT_TRANSLATE_NOOP("engine", "IEA01 says %1 functional groups, but the interchange has %2.")};
inline const EngineMessage X12Iea02Mismatch{QT_TRANSLATE_NOOP("engine", "IEA02 '%1' does not match the ISA13 control number '%2'.")};

// The X12 850 (formats/x12/X12PurchaseOrderMapper.cpp)
inline const EngineMessage X12TooManyElements{QT_TRANSLATE_NOOP("engine", "%1 has %2 elements; at most %3 are allowed, so none of it was read (from element %4, '%5', on they are extra: is the separator used inside data?).")};
inline const EngineMessage X12ExpectedDate{QT_TRANSLATE_NOOP("engine", "expected a date CCYYMMDD, found '%1'.")};
inline const EngineMessage X12NoPoNumber{QT_TRANSLATE_NOOP("engine", "the purchase order number (BEG03) is missing.")};
inline const EngineMessage X12NoPoDate{QT_TRANSLATE_NOOP("engine", "the purchase order date (BEG05, CCYYMMDD) is missing.")};
inline const EngineMessage X12ExpectedOrderDate{QT_TRANSLATE_NOOP("engine", "expected the order date as CCYYMMDD, found '%1'.")};
inline const EngineMessage X12QuantityOrdered{QT_TRANSLATE_NOOP("engine", "the quantity ordered")};
inline const EngineMessage X12UnitPrice{QT_TRANSLATE_NOOP("engine", "the unit price")};
inline const EngineMessage X12NoBeg{QT_TRANSLATE_NOOP("engine", "the transaction set has no BEG segment (purchase order number and date).")};

// EDIFACT envelopes (formats/edifact/EdifactTokenizer.cpp, EdifactOrdersReader.cpp)
inline const EngineMessage EdifactNoHeader{QT_TRANSLATE_NOOP("engine", "No EDIFACT interchange header (UNA or UNB) found; the file starts with '%1'.")};
inline const EngineMessage EdifactLeadingJunk{QT_TRANSLATE_NOOP("engine", "%1 bytes before the interchange header at byte %2 ('%3'); expected UNA or UNB at the start of the file. If this partner always adds such a banner, configure the source to skip leading junk.")};
inline const EngineMessage EdifactBadUna{QT_TRANSLATE_NOOP("engine", "The service string advice '%1' at byte %2 does not define distinct separators that are neither letters, digits nor a line break; using the defaults ':+.? '''.")};
inline const EngineMessage EdifactNoInterchange{QT_TRANSLATE_NOOP("engine", "No EDIFACT interchange (UNB) found.")};
inline const EngineMessage EdifactMessageName{QT_TRANSLATE_NOOP("engine", "message %1 (%2)")};
inline const EngineMessage EdifactMessageProblem{QT_TRANSLATE_NOOP("engine", "message %1 (%2): %3")};
inline const EngineMessage EdifactOutsideMessage{QT_TRANSLATE_NOOP("engine", "Segment outside a message; expected UNH or UNZ.")};
inline const EngineMessage EdifactDataOutsideMessage{QT_TRANSLATE_NOOP("engine", "Unexpected data outside a message; expected a segment such as UNH or UNZ.")};
inline const EngineMessage EdifactNotSegmentTag{QT_TRANSLATE_NOOP("engine", "'%1' is not a segment tag (3 upper-case letters or digits) in %2. Is the segment terminator '%3' used in data without the release character?")};
inline const EngineMessage EdifactNoControlReference{QT_TRANSLATE_NOOP("engine", "the interchange control reference (UNB 0020) is missing.")};
inline const EngineMessage EdifactNoSender{QT_TRANSLATE_NOOP("engine", "the interchange sender (UNB S002) is missing.")};
inline const EngineMessage EdifactUneWithoutUng{QT_TRANSLATE_NOOP("engine", "UNE without a matching UNG.")};
inline const EngineMessage EdifactGroupNoUne{QT_TRANSLATE_NOOP("engine", "Functional group %1 has no UNE trailer.")};
inline const EngineMessage EdifactUneCount{QT_TRANSLATE_NOOP("engine", "UNE says %1 messages, but functional group %2 has %3.")};
inline const EngineMessage EdifactUneReference{QT_TRANSLATE_NOOP("engine", "UNE reference '%1' does not match the UNG reference '%2'.")};
inline const EngineMessage EdifactUnhOutside{QT_TRANSLATE_NOOP("engine", "UNH outside an interchange (no UNB before it).")};
inline const EngineMessage EdifactIsServiceReport{QT_TRANSLATE_NOOP("engine", "%1 is a syntax and service report: it carries no purchase order, nothing was imported from it.")};
inline const EngineMessage EdifactNotOrders{QT_TRANSLATE_NOOP("engine", "%1 is not an ORDERS purchase order; it was not imported. Check the partner's routing, or the source's format.")};
inline const EngineMessage EdifactUntWithoutUnh{QT_TRANSLATE_NOOP("engine", "UNT without a matching UNH.")};
inline const EngineMessage EdifactNoUnt{QT_TRANSLATE_NOOP("engine", "%1 has no UNT trailer; it was rejected.")};
inline const EngineMessage EdifactUntReference{QT_TRANSLATE_NOOP("engine", "UNT reference '%1' does not match the UNH reference '%2' of %3; it was rejected.")};
inline const EngineMessage EdifactUntCount{QT_TRANSLATE_NOOP("engine", "UNT says %1 segments, but %2 has %3 (UNH to UNT inclusive): segments were lost or added in transit; it was rejected.")};
inline const EngineMessage EdifactMessageRejected{QT_TRANSLATE_NOOP("engine", "%1 was rejected; no order was created from it.")};
inline const EngineMessage EdifactNoUnz{QT_TRANSLATE_NOOP("engine", "Interchange %1 has no UNZ trailer (expected before byte %2): the file may be cut short. Complete messages in it were read.")};
inline const EngineMessage EdifactUnzWithoutUnb{QT_TRANSLATE_NOOP("engine", "UNZ without a matching UNB.")};
inline const EngineMessage EdifactUnzGroupCount{QT_TRANSLATE_NOOP("engine", "UNZ says %1 functional groups, but interchange %2 has %3.")};
inline const EngineMessage EdifactUnzMessageCount{QT_TRANSLATE_NOOP("engine", "UNZ says %1 messages, but interchange %2 has %3.")};
inline const EngineMessage EdifactUnzReference{QT_TRANSLATE_NOOP("engine", "UNZ reference '%1' does not match the UNB control reference '%2'.")};

// The EDIFACT ORDERS message (formats/edifact/EdifactOrdersMapper.cpp)
inline const EngineMessage EdifactTooManyElements{QT_TRANSLATE_NOOP("engine", "%1 has %2 elements; at most %3 are allowed, so none of it was read (from element %4, '%5', on they are extra: is a '%6' used in data without the release character?).")};
inline const EngineMessage EdifactTooManyComponents{QT_TRANSLATE_NOOP("engine", "element %1 of %2 has %3 components; at most %4 are allowed, so none of the segment was read (from component %5, '%6', on they are extra: is a '%7' used in data without the release character?).")};
inline const EngineMessage EdifactSecondBgm{QT_TRANSLATE_NOOP("engine", "a second BGM in one ORDERS message; one message carries one order.")};
inline const EngineMessage EdifactNoOrderNumber{QT_TRANSLATE_NOOP("engine", "the order number (BGM C106 1004) is missing.")};
inline const EngineMessage EdifactExpectedDate{QT_TRANSLATE_NOOP("engine", "expected a date in format %1, found '%2'.")};
inline const EngineMessage EdifactOrderedQuantity{QT_TRANSLATE_NOOP("engine", "the ordered quantity")};
inline const EngineMessage EdifactPrice{QT_TRANSLATE_NOOP("engine", "the price")};
inline const EngineMessage EdifactPriceBasis{QT_TRANSLATE_NOOP("engine", "the unit price basis")};
inline const EngineMessage EdifactNoBgm{QT_TRANSLATE_NOOP("engine", "the message has no BGM segment (order number).")};

} // namespace orderflow::msg
