// The catalogue's messages about partner sources: reading, pausing, refusing files. English templates; see
// EngineMessage.h for how they are shown translated.
#pragma once

#include "domain/EngineMessage.h"

namespace orderflow::msg {

inline const EngineMessage SourceProblem{QT_TRANSLATE_NOOP("engine", "Source '%1': %2")};
inline const EngineMessage SourceStopping{QT_TRANSLATE_NOOP("engine", "Source '%1' is stopping.")};
inline const EngineMessage SourcePausedFor{QT_TRANSLATE_NOOP("engine", "%1 — source '%2' paused for %3 s (resumes earlier when its configuration or known_hosts changes).")};
inline const EngineMessage SourceReadsAgainIn{QT_TRANSLATE_NOOP("engine", "%1 — source '%2' reads again in %3 s.")};
inline const EngineMessage SourceReadAgain{QT_TRANSLATE_NOOP("engine", "Source '%1' (%2) is read again.")};
inline const EngineMessage SourceStatusNotRecorded{QT_TRANSLATE_NOOP("engine", "Source '%1': could not record its status: %2")};
inline const EngineMessage SourceNoPath{QT_TRANSLATE_NOOP("engine", "Source '%1' has no 'path' to poll.")};
inline const EngineMessage SameContentAsInbound{QT_TRANSLATE_NOOP("engine", "same content as inbound message %1 (%2): no new orders")};
inline const EngineMessage SourceLostConnection{QT_TRANSLATE_NOOP("engine", "Source '%1': lost the connection while reading %2: %3 (%4 files left in place for the next poll)")};
inline const EngineMessage SourceFileDisappeared{QT_TRANSLATE_NOOP("engine", "Source '%1': %2 disappeared from %3 before it could be read; nothing was stored from it.")};
inline const EngineMessage SourceLeftInPlace{QT_TRANSLATE_NOOP("engine", "Source '%1': %2 (left in place; retried next poll)")};

} // namespace orderflow::msg
