// The catalogue's messages about ERP connections and file stores: pushes and their outcomes, the dropzone, the
// connection test's steps, local folders. English templates; see EngineMessage.h for how they are shown translated.
#pragma once

#include "domain/EngineMessage.h"

namespace orderflow::msg {

// Naming a connection (several organisations may name a connection alike)
inline const EngineMessage ConnectionOfOrg{QT_TRANSLATE_NOOP("engine", "Connection '%1' of organisation '%2'")};
inline const EngineMessage ConnectionOfOrgLower{QT_TRANSLATE_NOOP("engine", "connection '%1' of organisation '%2'")};
inline const EngineMessage ConnectionProblem{QT_TRANSLATE_NOOP("engine", "Connection '%1' of organisation '%2': %3")};
inline const EngineMessage DropzoneNeedsPath{QT_TRANSLATE_NOOP("engine", "Connection '%1' of organisation '%2': the dropzone needs a 'path'.")};

// The dropzone (connectors/DropzoneConnector.cpp)
inline const EngineMessage ExistsNotCompared{QT_TRANSLATE_NOOP("engine", "%1 already exists on %2 and could not be compared with this export: %3")};
inline const EngineMessage DifferentFileExists{QT_TRANSLATE_NOOP("engine", "A different file named %1 already exists on %2; it was not overwritten. Remove or rename it, then retry the order (a retry writes under a new name).")};
inline const EngineMessage CannotLookForAnswer{QT_TRANSLATE_NOOP("engine", "%1: cannot look for the ERP's answer to %2: %3")};

// Pushes (pipeline/PushService.cpp): what the order's history and last error say
inline const EngineMessage AttemptVia{QT_TRANSLATE_NOOP("engine", "attempt %1 via '%2'")};
inline const EngineMessage AttemptViaAs{QT_TRANSLATE_NOOP("engine", "attempt %1 via '%2' as %3")};
inline const EngineMessage DeliveredTo{QT_TRANSLATE_NOOP("engine", "delivered to '%1'")};
inline const EngineMessage DeliveredToAs{QT_TRANSLATE_NOOP("engine", "delivered to '%1' as %2")};
inline const EngineMessage ErpOrder{QT_TRANSLATE_NOOP("engine", "ERP order %1")};
inline const EngineMessage AttemptFailedRetry{QT_TRANSLATE_NOOP("engine", "attempt %1 failed (%2); retry %3 of %4 at %5")};
inline const EngineMessage GaveUpAfter{QT_TRANSLATE_NOOP("engine", "gave up after %1 attempts: %2")};
inline const EngineMessage AttemptWaitsForPerson{QT_TRANSLATE_NOOP("engine", "attempt %1 waits for a person: %2")};
inline const EngineMessage AttemptInterruptedByShutdown{QT_TRANSLATE_NOOP("engine", "attempt %1 interrupted by a shutdown; retried under the same name and key")};
inline const EngineMessage NotAttemptedShuttingDown{QT_TRANSLATE_NOOP("engine", "not attempted: OrderFlow is shutting down")};
inline const EngineMessage NotDeliveredOtherConnection{QT_TRANSLATE_NOOP("engine", "not delivered: the source now uses connection '%1'")};
inline const EngineMessage NotAttemptedBatchFailed{QT_TRANSLATE_NOOP("engine", "Not attempted: connection '%1' failed for another order of the same batch: %2")};
inline const EngineMessage ResumesByItself{QT_TRANSLATE_NOOP("engine", "Delivery resumes by itself once this is fixed (OrderFlow tries '%1' again every %2 s); waiting uses up no retries.")};
inline const EngineMessage WaitReason{QT_TRANSLATE_NOOP("engine", "%1 Delivery resumes by itself once this is fixed (OrderFlow tries '%2' again every %3 s); waiting uses up no retries.")};
inline const EngineMessage AttemptInterrupted{QT_TRANSLATE_NOOP("engine", "the attempt was interrupted (the program stopped); retrying under the same name and key")};
inline const EngineMessage AttemptInterruptedUnchecked{QT_TRANSLATE_NOOP("engine", "the attempt was interrupted (the program stopped); retrying under the same name and key (whether it arrived could not be checked: %1)")};
inline const EngineMessage FoundAfterRestart{QT_TRANSLATE_NOOP("engine", "found %1 (or the ERP's answer to it) after a restart: recorded as delivered")};
inline const EngineMessage InterruptedRetryingNow{QT_TRANSLATE_NOOP("engine", "interrupted push; retrying now")};
inline const EngineMessage ConnectionDisabledWait{QT_TRANSLATE_NOOP("engine", "Connection '%1' (%2) is disabled: its orders wait until it is enabled again or their source uses another connection.")};
inline const EngineMessage PausedByBreaker{QT_TRANSLATE_NOOP("engine", "Connection '%1' is paused by its circuit breaker until %2 after %3 failures in a row.")};
inline const EngineMessage PausedForPerson{QT_TRANSLATE_NOOP("engine", "Connection '%1' is paused until %2 by an error a person must fix; the last error of its waiting orders says which.")};

// The connection test (pipeline/ConnectionTestService.cpp, transport/SftpProbe.cpp, the connectors' checks)
inline const EngineMessage StepConfiguration{QT_TRANSLATE_NOOP("engine", "configuration")};
inline const EngineMessage StepConnect{QT_TRANSLATE_NOOP("engine", "connect")};
inline const EngineMessage StepHostKey{QT_TRANSLATE_NOOP("engine", "host key")};
inline const EngineMessage StepAuthenticate{QT_TRANSLATE_NOOP("engine", "authenticate")};
inline const EngineMessage StepList{QT_TRANSLATE_NOOP("engine", "list %1")};
inline const EngineMessage StepListAcks{QT_TRANSLATE_NOOP("engine", "list acks %1")};
inline const EngineMessage StepWrite{QT_TRANSLATE_NOOP("engine", "write %1")};
inline const EngineMessage StepWriteAndRename{QT_TRANSLATE_NOOP("engine", "write and rename %1")};
inline const EngineMessage StepWriteAndRenameProbe{QT_TRANSLATE_NOOP("engine", "write and rename")};
inline const EngineMessage StepRenameTo{QT_TRANSLATE_NOOP("engine", "rename to %1")};
inline const EngineMessage StepRemove{QT_TRANSLATE_NOOP("engine", "remove %1")};
inline const EngineMessage StepRemoveProbe{QT_TRANSLATE_NOOP("engine", "remove probe")};
inline const EngineMessage FileCount{QT_TRANSLATE_NOOP("engine", "%1 files")};
inline const EngineMessage AuthByPassword{QT_TRANSLATE_NOOP("engine", "password")};
inline const EngineMessage AuthByKey{QT_TRANSLATE_NOOP("engine", "key %1")};
inline const EngineMessage NotReached{QT_TRANSLATE_NOOP("engine", "not reached")};
inline const EngineMessage TestCancelled{QT_TRANSLATE_NOOP("engine", "The test was cancelled; the remaining steps did not run.")};
inline const EngineMessage CancelledDuring{QT_TRANSLATE_NOOP("engine", "Cancelled during '%1'.")};
inline const EngineMessage CreatedOnFirstUse{QT_TRANSLATE_NOOP("engine", "%1 does not exist yet; OrderFlow creates it on first use (checked %2 instead)")};
inline const EngineMessage CancelledBeforeRemove{QT_TRANSLATE_NOOP("engine", "the test was cancelled before it could remove %1 (safe to delete)")};
inline const EngineMessage NoChecksRan{QT_TRANSLATE_NOOP("engine", "the connector ran no checks")};
inline const EngineMessage NoStepRan{QT_TRANSLATE_NOOP("engine", "no step ran")};
inline const EngineMessage TestNotRecorded{QT_TRANSLATE_NOOP("engine", "the result could not be recorded in the database: %1")};
inline const EngineMessage TestBusy{QT_TRANSLATE_NOOP("engine", "A test of %1 '%2' is still running; cancel it or wait for it first.")};
inline const EngineMessage TestUnsupported{QT_TRANSLATE_NOOP("engine", "source '%1' is of type '%2'; test-connection checks sftp and folder sources and ERP connections.")};

// Local folders (transport/LocalFileStore.cpp)
inline const EngineMessage CannotDo{QT_TRANSLATE_NOOP("engine", "Cannot %1 %2: %3.%4")};
inline const EngineMessage VerbLookAt{QT_TRANSLATE_NOOP("engine", "look at")};
inline const EngineMessage VerbList{QT_TRANSLATE_NOOP("engine", "list")};
inline const EngineMessage VerbRead{QT_TRANSLATE_NOOP("engine", "read")};
inline const EngineMessage VerbWrite{QT_TRANSLATE_NOOP("engine", "write")};
inline const EngineMessage VerbRenameIntoPlace{QT_TRANSLATE_NOOP("engine", "rename into place")};
inline const EngineMessage VerbSync{QT_TRANSLATE_NOOP("engine", "sync")};
inline const EngineMessage VerbMoveTo{QT_TRANSLATE_NOOP("engine", "move %1 to")};
inline const EngineMessage VerbCheck{QT_TRANSLATE_NOOP("engine", "check")};
inline const EngineMessage VerbRemove{QT_TRANSLATE_NOOP("engine", "remove")};
inline const EngineMessage VerbOpenDirectory{QT_TRANSLATE_NOOP("engine", "open directory")};
inline const EngineMessage VerbSyncDirectory{QT_TRANSLATE_NOOP("engine", "sync directory")};
inline const EngineMessage HintDirectoryExists{QT_TRANSLATE_NOOP("engine", " Check that the directory exists.")};
inline const EngineMessage HintPermissions{QT_TRANSLATE_NOOP("engine", " Check the permissions of the directory for the user running OrderFlow.")};
inline const EngineMessage HintFreeSpace{QT_TRANSLATE_NOOP("engine", " Free disk space; OrderFlow retries later.")};
inline const EngineMessage DirectoryMissing{QT_TRANSLATE_NOOP("engine", "Directory %1 does not exist. Create it or correct the path in the configuration.")};
inline const EngineMessage NotRegularFile{QT_TRANSLATE_NOOP("engine", "Refused to read %1: it is %2, and OrderFlow reads only regular files.")};
inline const EngineMessage FileTooLarge{QT_TRANSLATE_NOOP("engine", "%1 is %2 bytes, more than the limit of %3 bytes.")};
inline const EngineMessage RefuseOverwrite{QT_TRANSLATE_NOOP("engine", "%1 already exists; refusing to overwrite it.")};
inline const EngineMessage CannotCreateDirectory{QT_TRANSLATE_NOOP("engine", "Cannot create directory %1. Check the path and its permissions.")};

} // namespace orderflow::msg
