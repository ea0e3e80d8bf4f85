// The catalogue's texts of the system: the C library's error texts that end up inside engine messages (strerror in
// the C locale the engine runs in), and why a database cannot be opened. See EngineMessage.h for how they are shown
// translated.
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

// Opening the database (storage/Database.cpp)
inline const EngineMessage DbLegacyInUse{QT_TRANSLATE_NOOP("engine", "The database of an older OrderFlow version is at %1, and OrderFlow now keeps it at %2; it was not moved because another program has it open%3. Stop that program (an older `orderflow run` or console), then run the command again to move it, or keep using it where it is with --db %1.")};
inline const EngineMessage DbCannotCreateMoveDir{QT_TRANSLATE_NOOP("engine", "Cannot create the directory %1 to move the database %2 into.")};
inline const EngineMessage DbCannotMoveLegacy{QT_TRANSLATE_NOOP("engine", "Cannot move the database of an older OrderFlow version from %1 to %2. Move it by hand (with any %1-wal and %1-shm beside it), or keep using it with --db %1.")};
inline const EngineMessage DbNoPath{QT_TRANSLATE_NOOP("engine", "No database path was given.")};
inline const EngineMessage DbMissingTwoLegacy{QT_TRANSLATE_NOOP("engine", "There is no OrderFlow database at %1, but older OrderFlow versions left two: %2 (the command line's) and %3 (the console's). OrderFlow does not guess which is yours: move that one to %1 (with its -wal and -shm files, while no OrderFlow program runs), or use it where it is with --db.")};
inline const EngineMessage DbMissingLegacy{QT_TRANSLATE_NOOP("engine", "There is no OrderFlow database at %1, but an older OrderFlow version kept its database at %2. Run `orderflow status --create` once to move it to %1 (or any command that sets a workspace up: `orderflow run`, `config apply`), or keep using it where it is with --db %2.")};
inline const EngineMessage DbMissing{QT_TRANSLATE_NOOP("engine", "There is no OrderFlow database at %1. Check the path (--db or $ORDERFLOW_DB); to start a new workspace there, run `orderflow config apply FILE --db %1`, `orderflow run --db %1`, or add --create.")};
inline const EngineMessage DbNotAFile{QT_TRANSLATE_NOOP("engine", "%1 is not a database file (it is a folder or a special file).")};
inline const EngineMessage DbCannotCreateDir{QT_TRANSLATE_NOOP("engine", "Cannot create the directory %1 for the database.")};
inline const EngineMessage DbCannotOpen{QT_TRANSLATE_NOOP("engine", "Cannot open the database %1: %2")};
inline const EngineMessage DbCannotConfigure{QT_TRANSLATE_NOOP("engine", "Cannot configure the database %1 (%2): %3")};
inline const EngineMessage DbTooNew{QT_TRANSLATE_NOOP("engine", "The database %1 has schema version %2, but this OrderFlow (%3) knows versions up to %4. It was written by a newer OrderFlow: upgrade this installation, or open another database.")};

// Reading and writing the database (storage/Database.cpp, storage/Statement.cpp); "while %1" names the work in the
// repository's own words
inline const EngineMessage DbErrorWhile{QT_TRANSLATE_NOOP("engine", "Database error while %1: %2.%3")};
inline const EngineMessage DbErrorWhileBare{QT_TRANSLATE_NOOP("engine", "Database error while %1: %2")};
inline const EngineMessage DbErrorCannotPrepare{QT_TRANSLATE_NOOP("engine", "Database error while %1: cannot prepare %2: %3")};
inline const EngineMessage DbHintBusy{QT_TRANSLATE_NOOP("engine", " Another process holds the database; the operation will be retried.")};
inline const EngineMessage DbHintFull{QT_TRANSLATE_NOOP("engine", " The disk holding the database is full; free space.")};
inline const EngineMessage DbCannotBegin{QT_TRANSLATE_NOOP("engine", "Cannot start a database transaction on %1: %2")};
inline const EngineMessage DbCannotCommit{QT_TRANSLATE_NOOP("engine", "Cannot commit to %1: %2")};
inline const EngineMessage DbCannotBeginRead{QT_TRANSLATE_NOOP("engine", "Cannot start a read transaction on %1: %2")};
inline const EngineMessage DbNoMigrations{QT_TRANSLATE_NOOP("engine", "This build of OrderFlow carries no database migrations; it is broken. Rebuild it.")};
inline const EngineMessage DbCannotReadMigration{QT_TRANSLATE_NOOP("engine", "Cannot read migration %1.")};
inline const EngineMessage DbApplyingMigration{QT_TRANSLATE_NOOP("engine", "applying migration %1")};
inline const EngineMessage DbRecordingMigration{QT_TRANSLATE_NOOP("engine", "recording migration")};
inline const EngineMessage DbCreatingSchemaVersion{QT_TRANSLATE_NOOP("engine", "creating schema_version")};

} // namespace orderflow::msg
