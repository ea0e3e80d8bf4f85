// The catalogue's messages about reading partner documents: what a parser says about a file, and where.
// English templates; see EngineMessage.h for how they are shown translated.
#pragma once

#include "domain/EngineMessage.h"

namespace orderflow::msg {

// Where an error is (formats/ParseResult.cpp)
inline const EngineMessage AtInterchange{QT_TRANSLATE_NOOP("engine", "interchange %1")};
inline const EngineMessage AtSegment{QT_TRANSLATE_NOOP("engine", "segment %1")};
inline const EngineMessage AtSegmentTag{QT_TRANSLATE_NOOP("engine", "segment %1 (%2)")};
inline const EngineMessage AtByte{QT_TRANSLATE_NOOP("engine", "byte %1")};

// Partner JSON (formats/json/PartnerJsonReader.cpp)
inline const EngineMessage JsonNoLines{QT_TRANSLATE_NOOP("engine", "missing: the order has no '%1' array of lines")};
inline const EngineMessage JsonExpectedLines{QT_TRANSLATE_NOOP("engine", "expected an array of lines, found %1")};
inline const EngineMessage JsonExpectedLine{QT_TRANSLATE_NOOP("engine", "expected a line object, found %1")};
inline const EngineMessage JsonNumberTooLarge{QT_TRANSLATE_NOOP("engine", "number %1 is too large to read exactly; send it as a string")};
inline const EngineMessage JsonExpectedString{QT_TRANSLATE_NOOP("engine", "expected a string, found %1")};
inline const EngineMessage JsonNumberTooPrecise{QT_TRANSLATE_NOOP("engine", "number %1 is too precise to read exactly; send it as a string")};
inline const EngineMessage JsonTooManyDigits{QT_TRANSLATE_NOOP("engine", "'%1' is too long to read exactly: %2 significant digits; at most %3 are supported")};
inline const EngineMessage JsonTooManyDecimals{QT_TRANSLATE_NOOP("engine", "'%1' is too long to read exactly: %2 digits after the decimal point; at most %3 are supported")};
inline const EngineMessage JsonNotDecimal{QT_TRANSLATE_NOOP("engine", "'%1' is not a decimal number")};
inline const EngineMessage JsonExpectedNumber{QT_TRANSLATE_NOOP("engine", "expected a number, found %1")};
inline const EngineMessage JsonNotIsoDate{QT_TRANSLATE_NOOP("engine", "'%1' is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)")};
inline const EngineMessage JsonExpectedAddress{QT_TRANSLATE_NOOP("engine", "expected an address object, found %1")};
inline const EngineMessage JsonEmptyFile{QT_TRANSLATE_NOOP("engine", "The file is empty; expected a partner JSON order.")};
inline const EngineMessage JsonInvalid{QT_TRANSLATE_NOOP("engine", "Not valid JSON: %1.")};
inline const EngineMessage JsonDuplicateKey{QT_TRANSLATE_NOOP("engine", "duplicate key '%1' in one object (the first is at line %2, column %3); the document is refused because which value is meant is unclear. Ask the partner to send each field once.")};
inline const EngineMessage JsonExpectedOrder{QT_TRANSLATE_NOOP("engine", "expected an order object")};
inline const EngineMessage JsonNoOrders{QT_TRANSLATE_NOOP("engine", "The document holds no orders.")};
// Qt's own JSON parser errors (QJsonParseError::errorString), shown inside "Not valid JSON: %1."
inline const EngineMessage QtJsonUnterminatedObject{QT_TRANSLATE_NOOP("engine", "unterminated object")};
inline const EngineMessage QtJsonMissingNameSeparator{QT_TRANSLATE_NOOP("engine", "missing name separator")};
inline const EngineMessage QtJsonUnterminatedArray{QT_TRANSLATE_NOOP("engine", "unterminated array")};
inline const EngineMessage QtJsonMissingValueSeparator{QT_TRANSLATE_NOOP("engine", "missing value separator")};
inline const EngineMessage QtJsonIllegalValue{QT_TRANSLATE_NOOP("engine", "illegal value")};
inline const EngineMessage QtJsonGarbage{QT_TRANSLATE_NOOP("engine", "garbage at the end of the document")};
inline const EngineMessage QtJsonIllegalNumber{QT_TRANSLATE_NOOP("engine", "illegal number")};
inline const EngineMessage QtJsonUnterminatedString{QT_TRANSLATE_NOOP("engine", "unterminated string")};

} // namespace orderflow::msg
