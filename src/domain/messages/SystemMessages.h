// The catalogue's texts of the system that end up inside engine messages: the C library's error texts
// (strerror in the C locale the engine runs in). See EngineMessage.h for how they are shown translated.
#pragma once

#include "domain/EngineMessage.h"

namespace orderflow::msg {

inline const EngineMessage ErrnoNoEntry{QT_TRANSLATE_NOOP("engine", "No such file or directory")};
inline const EngineMessage ErrnoPermission{QT_TRANSLATE_NOOP("engine", "Permission denied")};
inline const EngineMessage ErrnoExists{QT_TRANSLATE_NOOP("engine", "File exists")};
inline const EngineMessage ErrnoNoSpace{QT_TRANSLATE_NOOP("engine", "No space left on device")};
inline const EngineMessage ErrnoNotDirectory{QT_TRANSLATE_NOOP("engine", "Not a directory")};
inline const EngineMessage ErrnoIsDirectory{QT_TRANSLATE_NOOP("engine", "Is a directory")};
inline const EngineMessage ErrnoConnectionRefused{QT_TRANSLATE_NOOP("engine", "Connection refused")};

} // namespace orderflow::msg
