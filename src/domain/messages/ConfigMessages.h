// The catalogue's messages about settings: what is wrong with a value of a configuration field (the setup
// wizard shows them under the field as it is typed). English templates; see EngineMessage.h for how they are
// shown translated.
#pragma once

#include "domain/EngineMessage.h"

namespace orderflow::msg {

// The kinds of a JSON value (in a partner's document or a setting)
inline const EngineMessage ABoolean{QT_TRANSLATE_NOOP("engine", "a boolean")};
inline const EngineMessage ANumber{QT_TRANSLATE_NOOP("engine", "a number")};
inline const EngineMessage AString{QT_TRANSLATE_NOOP("engine", "a string")};
inline const EngineMessage AnArray{QT_TRANSLATE_NOOP("engine", "an array")};
inline const EngineMessage AnObject{QT_TRANSLATE_NOOP("engine", "an object")};
inline const EngineMessage Null{QT_TRANSLATE_NOOP("engine", "null")};

// Settings
inline const EngineMessage MustBeTextNot{QT_TRANSLATE_NOOP("engine", "must be text, not %1")};
inline const EngineMessage MustNotBeEmpty{QT_TRANSLATE_NOOP("engine", "must not be empty")};
inline const EngineMessage MustBeNot{QT_TRANSLATE_NOOP("engine", "must be %1, not %2")};
inline const EngineMessage MustBeNotDidYouMean{QT_TRANSLATE_NOOP("engine", "must be %1, not %2 (did you mean '%3'?)")};
inline const EngineMessage OfTheForm{QT_TRANSLATE_NOOP("engine", "of the form %1")};
inline const EngineMessage MustBeARegexNot{QT_TRANSLATE_NOOP("engine", "must be a valid regular expression (Perl syntax), not %1: %2 at offset %3")};
inline const EngineMessage MustBePathNot{QT_TRANSLATE_NOOP("engine", "must be a path, not %1")};
inline const EngineMessage EmptyText{QT_TRANSLATE_NOOP("engine", "empty text")};
inline const EngineMessage AWholeNumber{QT_TRANSLATE_NOOP("engine", "a whole number")};
inline const EngineMessage AWholeNumberFromTo{QT_TRANSLATE_NOOP("engine", "a whole number from %1 to %2")};
inline const EngineMessage ANumberFromTo{QT_TRANSLATE_NOOP("engine", "a number from %1 to %2")};
inline const EngineMessage AWholeNumberAtLeast{QT_TRANSLATE_NOOP("engine", "a whole number of at least %1")};
inline const EngineMessage ANumberAtLeast{QT_TRANSLATE_NOOP("engine", "a number of at least %1")};
inline const EngineMessage AWholeNumberAtMost{QT_TRANSLATE_NOOP("engine", "a whole number of at most %1")};
inline const EngineMessage ANumberAtMost{QT_TRANSLATE_NOOP("engine", "a number of at most %1")};
inline const EngineMessage MustBeUnquoted{QT_TRANSLATE_NOOP("engine", "must be %1 written without quotes (%2, not %3)")};
inline const EngineMessage MustBeBooleanUnquoted{QT_TRANSLATE_NOOP("engine", "must be true or false written without quotes, not %1")};
inline const EngineMessage MustBeBoolean{QT_TRANSLATE_NOOP("engine", "must be true or false, not %1")};
inline const EngineMessage MustBeObject{QT_TRANSLATE_NOOP("engine", "must be an object ({…}), not %1")};
inline const EngineMessage MustBeList{QT_TRANSLATE_NOOP("engine", "must be a list ([…]), not %1")};
inline const EngineMessage IsRequired{QT_TRANSLATE_NOOP("engine", "is required")};
inline const EngineMessage IsRequiredBecause{QT_TRANSLATE_NOOP("engine", "is required: %1")};
inline const EngineMessage NeedsOneOf{QT_TRANSLATE_NOOP("engine", "needs %1: %2")};
inline const EngineMessage ValueAList{QT_TRANSLATE_NOOP("engine", "a list")};
inline const EngineMessage ValueNothing{QT_TRANSLATE_NOOP("engine", "nothing")};

} // namespace orderflow::msg
