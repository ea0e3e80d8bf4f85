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

inline const EngineMessage ConnectionNamed{QT_TRANSLATE_NOOP("engine", "Connection '%1' (%2)")};
inline const EngineMessage PausedByBreakerOf{QT_TRANSLATE_NOOP("engine", "Connection '%1' (%2) is paused by its circuit breaker until %3 after %4 failures in a row.")};
inline const EngineMessage PausedForPersonOf{QT_TRANSLATE_NOOP("engine", "Connection '%1' (%2) is paused until %3 by an error a person must fix; the last error of its waiting orders says which.")};
inline const EngineMessage SourceOrdersCannotPush{QT_TRANSLATE_NOOP("engine", "Orders of source '%1' (%2) cannot be pushed: %3")};
inline const EngineMessage OrdersWaitDisabled{QT_TRANSLATE_NOOP("engine", "Orders wait: connection '%1' is disabled.")};
inline const EngineMessage ConnectionOrdersCannotPush{QT_TRANSLATE_NOOP("engine", "Orders of connection '%1' cannot be pushed: %2")};
inline const EngineMessage OrderCannotPush{QT_TRANSLATE_NOOP("engine", "Order %1 cannot be pushed: %2")};
inline const EngineMessage OrderWaitsDisabled{QT_TRANSLATE_NOOP("engine", "Order %1 waits: connection '%2' is disabled.")};
inline const EngineMessage OrderWaitsPaused{QT_TRANSLATE_NOOP("engine", "Order %1 waits: connection '%2' is paused until %3.")};
inline const EngineMessage PausedUntilNeedsPerson{QT_TRANSLATE_NOOP("engine", "Connection '%1' paused until %2: %3 Orders wait in retry_wait. %4")};
inline const EngineMessage IsPausedBecause{QT_TRANSLATE_NOOP("engine", "%1 is paused: %2 %3")};
inline const EngineMessage DeliversAgain{QT_TRANSLATE_NOOP("engine", "%1 delivers again.")};
inline const EngineMessage PausedAfterFailures{QT_TRANSLATE_NOOP("engine", "Connection '%1' paused after %2 failures in a row; next try at %3.")};
inline const EngineMessage PausedAfterFailedRounds{QT_TRANSLATE_NOOP("engine", "%1 is paused after %2 failed rounds in a row; next try at %3. Last error: %4")};
inline const EngineMessage FailedTriedLater{QT_TRANSLATE_NOOP("engine", "%1 failed: %2 Its orders are tried again later.")};
inline const EngineMessage PushedNotRecorded{QT_TRANSLATE_NOOP("engine", "Pushed %1 orders but could not record the results (%2); they are reconciled later.")};

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

// SFTP servers (transport/SftpSession.cpp, SftpAuth.cpp, SftpHostKeyCheck.cpp)
inline const EngineMessage SftpCannotConnect{QT_TRANSLATE_NOOP("engine", "Cannot connect to %1: %2. Check that the server is running and reachable from this machine (host, port, firewall); OrderFlow retries later.")};
inline const EngineMessage SftpNoAnswerAfterAccept{QT_TRANSLATE_NOOP("engine", "the server accepted the connection but did not answer within %1 ms")};
inline const EngineMessage SftpStatusFailed{QT_TRANSLATE_NOOP("engine", "Cannot %1 %2 on %3: %4 (SFTP status %5).%6")};
inline const EngineMessage SftpHintMissing{QT_TRANSLATE_NOOP("engine", " Check that %1 exists on the server and that the path in the configuration is right.")};
inline const EngineMessage SftpHintPermission{QT_TRANSLATE_NOOP("engine", " Check that user '%1' may %2 %3 on the server.")};
inline const EngineMessage SftpHintSpace{QT_TRANSLATE_NOOP("engine", " Ask the server's administrator to free space; OrderFlow retries later.")};
inline const EngineMessage SftpNoAnswer{QT_TRANSLATE_NOOP("engine", "No answer from %1 within %2 ms while trying to %3 %4; the connection was dropped. OrderFlow reconnects and retries later.")};
inline const EngineMessage SftpConnectionLost{QT_TRANSLATE_NOOP("engine", "Connection to %1 was lost while trying to %2 %3 (%4). OrderFlow reconnects and retries later.")};
inline const EngineMessage SftpCreateNoDirectory{QT_TRANSLATE_NOOP("engine", "Cannot create %1 on %2: directory %3 does not exist (SFTP status %4). Create it or correct the path in the configuration.")};
inline const EngineMessage SftpCreateDenied{QT_TRANSLATE_NOOP("engine", "Cannot create %1 on %2: permission denied (SFTP status %3). Check that user '%4' may write to %5 on the server.")};
inline const EngineMessage SftpUserOn{QT_TRANSLATE_NOOP("engine", "user '%1' on %2:%3")};
inline const EngineMessage SftpKeyFileMissing{QT_TRANSLATE_NOOP("engine", "Private key file %1 for %2 does not exist. Correct 'key_file' in the configuration.")};
inline const EngineMessage SftpKeyFileUnreadable{QT_TRANSLATE_NOOP("engine", "Private key file %1 for %2 is not readable by the OrderFlow process. Check its owner and permissions.")};
inline const EngineMessage SftpKeyNotLoaded{QT_TRANSLATE_NOOP("engine", "Cannot load private key %1 for %2: it is not a supported key file, or it is encrypted and no passphrase is configured (name its environment variable with 'key_passphrase_env', or its credential store entry with \"key_passphrase\": {\"secret\": …}).")};
inline const EngineMessage SftpKeyWrongPassphrase{QT_TRANSLATE_NOOP("engine", "Cannot load private key %1 for %2: the passphrase from %3 is wrong, or it is not a supported key file.")};
inline const EngineMessage SftpThePrivateKey{QT_TRANSLATE_NOOP("engine", "the private key %1")};
inline const EngineMessage SftpThePasswordFrom{QT_TRANSLATE_NOOP("engine", "the password from %1")};
inline const EngineMessage SftpNoMatchingMethod{QT_TRANSLATE_NOOP("engine", "Cannot authenticate %1: the server accepts only %2, which this configuration does not provide. Configure a matching key file or password.")};
inline const EngineMessage SftpAuthRejected{QT_TRANSLATE_NOOP("engine", "Authentication failed for %1: the server rejected %2 (it accepts: %3). Check the credentials configured for this connection.")};
inline const EngineMessage HostKeyNotChecked{QT_TRANSLATE_NOOP("engine", "Cannot check the host key of %1: %2")};
inline const EngineMessage HostKeyRevoked{QT_TRANSLATE_NOOP("engine", "HOST KEY REVOKED: %1 presented %2 %3, which %4 (line %5) marks as revoked. Refusing to connect. Contact the server's administrator.")};
inline const EngineMessage HostKeyMismatch{QT_TRANSLATE_NOOP("engine", "HOST KEY MISMATCH: %1 presented %2 %3, but the configuration pins %4. Refusing to connect — this may be a man-in-the-middle attack. If the partner rotated its key, confirm the new fingerprint with them and update the pinned fingerprint.")};
inline const EngineMessage HostKeyUnknown{QT_TRANSLATE_NOOP("engine", "The host key of %1 is not known: %2 %3. Confirm this fingerprint with the server's administrator, then trust it (orderflow hostkey trust %1, or in Connections) or pin it with \"fingerprint\" in the configuration. Known hosts file: %4.")};
inline const EngineMessage HostKeyChanged{QT_TRANSLATE_NOOP("engine", "HOST KEY CHANGED for %1: the server presented %2 %3, but %4 (line %5) lists %6. Refusing to connect — this may be a man-in-the-middle attack. If the partner rotated its key, confirm the new fingerprint with them and re-trust it in Connections (orderflow hostkey trust %1).")};

inline const EngineMessage SftpFxOk{QT_TRANSLATE_NOOP("engine", "ok")};
inline const EngineMessage SftpFxEndOfFile{QT_TRANSLATE_NOOP("engine", "end of file")};
inline const EngineMessage SftpFxNoSuchFileOr{QT_TRANSLATE_NOOP("engine", "no such file or directory")};
inline const EngineMessage SftpFxPermissionDenied{QT_TRANSLATE_NOOP("engine", "permission denied")};
inline const EngineMessage SftpFxTheServerReportedA{QT_TRANSLATE_NOOP("engine", "the server reported a failure")};
inline const EngineMessage SftpFxBadMessage{QT_TRANSLATE_NOOP("engine", "bad message")};
inline const EngineMessage SftpFxNoConnection{QT_TRANSLATE_NOOP("engine", "no connection")};
inline const EngineMessage SftpFxConnectionLost{QT_TRANSLATE_NOOP("engine", "connection lost")};
inline const EngineMessage SftpFxOperationNotSupportedBy{QT_TRANSLATE_NOOP("engine", "operation not supported by the server")};
inline const EngineMessage SftpFxInvalidHandle{QT_TRANSLATE_NOOP("engine", "invalid handle")};
inline const EngineMessage SftpFxNoSuchPath{QT_TRANSLATE_NOOP("engine", "no such path")};
inline const EngineMessage SftpFxFileAlreadyExists{QT_TRANSLATE_NOOP("engine", "file already exists")};
inline const EngineMessage SftpFxWriteProtected{QT_TRANSLATE_NOOP("engine", "write protected")};
inline const EngineMessage SftpFxNoMedia{QT_TRANSLATE_NOOP("engine", "no media")};
inline const EngineMessage SftpFxNoSpaceLeftOn{QT_TRANSLATE_NOOP("engine", "no space left on the server's file system")};
inline const EngineMessage SftpFxQuotaExceeded{QT_TRANSLATE_NOOP("engine", "quota exceeded")};
inline const EngineMessage SftpVerbListDirectory{QT_TRANSLATE_NOOP("engine", "list directory")};
inline const EngineMessage SftpVerbLookUp{QT_TRANSLATE_NOOP("engine", "look up")};
inline const EngineMessage SftpVerbCreate{QT_TRANSLATE_NOOP("engine", "create")};
inline const EngineMessage SftpVerbFlush{QT_TRANSLATE_NOOP("engine", "flush to disk")};
inline const EngineMessage SftpVerbFinishWriting{QT_TRANSLATE_NOOP("engine", "finish writing")};
inline const EngineMessage SftpVerbCreateDirectory{QT_TRANSLATE_NOOP("engine", "create directory")};
inline const EngineMessage SftpVerbOpen{QT_TRANSLATE_NOOP("engine", "open")};
inline const EngineMessage SftpVerbRenameTo{QT_TRANSLATE_NOOP("engine", "rename %1 to")};
// An SFTP call given up because OrderFlow shuts down (transport/SftpWatchdog.cpp, SftpSession.cpp)
inline const EngineMessage SftpStopped{QT_TRANSLATE_NOOP("engine", "Stopped %1 %2: OrderFlow is shutting down; the work is taken up again after the restart.")};
inline const EngineMessage SftpBeforeConnectingTo{QT_TRANSLATE_NOOP("engine", "before connecting to")};
inline const EngineMessage SftpConnectingTo{QT_TRANSLATE_NOOP("engine", "connecting to")};
inline const EngineMessage SftpAuthenticatingTo{QT_TRANSLATE_NOOP("engine", "authenticating to")};
inline const EngineMessage SftpStartingOn{QT_TRANSLATE_NOOP("engine", "starting SFTP on")};
inline const EngineMessage SftpTryingToOn{QT_TRANSLATE_NOOP("engine", "trying to %1 %2 on")};

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

// The REST connection (connectors/RestConnector.cpp)
inline const EngineMessage RestConfigNotUsable{QT_TRANSLATE_NOOP("engine", "The configuration of %1 is not usable: %2")};
inline const EngineMessage RestBaseUrlNotUsable{QT_TRANSLATE_NOOP("engine", "The base_url of %1 is not a usable URL (%2); write it as https://host[:port]/path, without a user name or password in it.")};
inline const EngineMessage RestPlainHttp{QT_TRANSLATE_NOOP("engine", "The base_url of %1 is http:// to another machine: the bearer token would cross the network unencrypted. Use https://, or set \"allow_plain_http\": true if the network is trusted.")};
inline const EngineMessage RestCaFileUnreadable{QT_TRANSLATE_NOOP("engine", "The ca_file of %1 cannot be read: %2 (%3).")};
inline const EngineMessage RestCaFileNoPem{QT_TRANSLATE_NOOP("engine", "The ca_file of %1 (%2) holds no PEM certificate.")};
inline const EngineMessage RestInterruptedShutdown{QT_TRANSLATE_NOOP("engine", "interrupted: OrderFlow is shutting down; the order goes again under the same Idempotency-Key")};
inline const EngineMessage BearerTokenOf{QT_TRANSLATE_NOOP("engine", "bearer token of %1")};
inline const EngineMessage BearerTokenEmpty{QT_TRANSLATE_NOOP("engine", "The bearer token of %1 is empty.")};
inline const EngineMessage BearerTokenControlChar{QT_TRANSLATE_NOOP("engine", "The bearer token of %1 (%2) contains a line break or another control character. Store it again without it.")};
inline const EngineMessage ErpOf{QT_TRANSLATE_NOOP("engine", "The ERP of %1 (%2)")};
inline const EngineMessage RestNotReached{QT_TRANSLATE_NOOP("engine", "%1 could not be reached within %2 ms (connect_timeout_ms). Is the server up and the address right?")};
inline const EngineMessage RestNoAnswer{QT_TRANSLATE_NOOP("engine", "%1 did not answer within %2 ms (response_timeout_ms); the order goes again under the same Idempotency-Key.")};
inline const EngineMessage RestTlsNotTrusted{QT_TRANSLATE_NOOP("engine", "%1: the server's TLS certificate is not trusted (%2). If the ERP uses its own certificate authority, set ca_file to its PEM certificate.")};
inline const EngineMessage RestFailed{QT_TRANSLATE_NOOP("engine", "%1 failed: %2.")};
inline const EngineMessage HttpClosedBeforeComplete{QT_TRANSLATE_NOOP("engine", "the server closed the connection before its answer was complete (%1)")};
inline const EngineMessage HttpResetBeforeComplete{QT_TRANSLATE_NOOP("engine", "the connection was reset before the answer was complete")};
inline const EngineMessage AnswerTooLargeNotRead{QT_TRANSLATE_NOOP("engine", "(an answer of more than %1 bytes, not read)")};
inline const EngineMessage RestNoErpOrderId{QT_TRANSLATE_NOOP("engine", "%1 answered %2 without an ERP order id (expected a JSON object with \"erp_order_id\"): %3. The order goes again under the same Idempotency-Key.")};
inline const EngineMessage RestAnswered{QT_TRANSLATE_NOOP("engine", "%1 answered %2: %3")};
inline const EngineMessage RestAnsweredWait{QT_TRANSLATE_NOOP("engine", "%1 answered %2: %3 (it asked to wait %4 s)")};
inline const EngineMessage RestTokenRefused{QT_TRANSLATE_NOOP("engine", "%1 refused the bearer token (%2: %3). Store the right token (%4) — orders wait meanwhile.")};
inline const EngineMessage RestRedirect{QT_TRANSLATE_NOOP("engine", "%1 answered %2, a redirect to %3, which OrderFlow does not follow with an order in it. Set base_url and endpoint to where the orders go.")};
inline const EngineMessage RestRejected{QT_TRANSLATE_NOOP("engine", "%1 rejected the order: %2: %3")};
inline const EngineMessage StepCancelled{QT_TRANSLATE_NOOP("engine", "cancelled")};
inline const EngineMessage StepResolve{QT_TRANSLATE_NOOP("engine", "resolve %1")};
inline const EngineMessage CannotResolve{QT_TRANSLATE_NOOP("engine", "cannot resolve %1: %2")};
inline const EngineMessage StepConnectTo{QT_TRANSLATE_NOOP("engine", "connect %1:%2")};
inline const EngineMessage NoConnectionWithin{QT_TRANSLATE_NOOP("engine", "no connection within %1 ms")};
inline const EngineMessage TcpConnected{QT_TRANSLATE_NOOP("engine", "TCP connected")};
inline const EngineMessage TlsNotTrustedStep{QT_TRANSLATE_NOOP("engine", "%1. If the ERP uses its own certificate authority, set ca_file to its PEM certificate.")};
inline const EngineMessage CertificateVerified{QT_TRANSLATE_NOOP("engine", "certificate of %1 verified, expires %2")};
inline const EngineMessage StepAuthenticateGet{QT_TRANSLATE_NOOP("engine", "authenticate (GET %1)")};
inline const EngineMessage BearerTokenEmptyStep{QT_TRANSLATE_NOOP("engine", "the bearer token (%1) is empty")};
inline const EngineMessage NoAnswerWithin{QT_TRANSLATE_NOOP("engine", "no answer within %1 ms")};
inline const EngineMessage NotAnHttpAnswer{QT_TRANSLATE_NOOP("engine", "not an HTTP answer")};
inline const EngineMessage HttpTokenRefused{QT_TRANSLATE_NOOP("engine", "HTTP %1: the token (%2) is refused")};
inline const EngineMessage HttpServerProblem{QT_TRANSLATE_NOOP("engine", "HTTP %1: the server has a problem")};
inline const EngineMessage HttpTokenAccepted{QT_TRANSLATE_NOOP("engine", "HTTP %1: the token is accepted")};

// SFTP sessions (transport/SftpSession.cpp)
inline const EngineMessage SftpStatusNumber{QT_TRANSLATE_NOOP("engine", "status %1")};
inline const EngineMessage SshOutOfMemory{QT_TRANSLATE_NOOP("engine", "Cannot create an SSH session for %1 (out of memory).")};
inline const EngineMessage SshUserRefused{QT_TRANSLATE_NOOP("engine", "User name '%1' for %2:%3 is not accepted: %4.")};
inline const EngineMessage SftpSubsystemFailed{QT_TRANSLATE_NOOP("engine", "Connected and authenticated to %1, but the SFTP subsystem could not be started: %2. Check that the server offers SFTP to this user.")};
inline const EngineMessage SftpNotRegular{QT_TRANSLATE_NOOP("engine", "Cannot read %1 on %2: it is not a regular file.")};
inline const EngineMessage SftpFileTooLarge{QT_TRANSLATE_NOOP("engine", "%1 on %2 is %3 bytes, more than the limit of %4 bytes.")};
inline const EngineMessage SftpFileGrew{QT_TRANSLATE_NOOP("engine", "%1 on %2 grew beyond the limit of %3 bytes while it was read.")};
inline const EngineMessage SftpFileChanged{QT_TRANSLATE_NOOP("engine", "Reading %1 on %2 returned %3 of %4 bytes; the file changed while it was read. OrderFlow retries later.")};
inline const EngineMessage SftpRenameTargetExists{QT_TRANSLATE_NOOP("engine", "Cannot rename %1 to %2 on %3: %2 already exists (SFTP status %4). OrderFlow never overwrites files; check whether it was delivered already.")};
inline const EngineMessage SftpRenameSourceGone{QT_TRANSLATE_NOOP("engine", "Cannot rename %1 on %2: it does not exist (any more) (SFTP status %3).")};
inline const EngineMessage SftpRenameNoDirectory{QT_TRANSLATE_NOOP("engine", "Cannot rename %1 to %2 on %3: directory %4 does not exist (SFTP status %5). Create it or correct the path in the configuration.")};
inline const EngineMessage SftpRenameDenied{QT_TRANSLATE_NOOP("engine", "Cannot rename %1 to %2 on %3: permission denied (SFTP status %4). Check that user '%5' may write to both %6 and %7 on the server.")};
inline const EngineMessage SftpDirectoryIsFile{QT_TRANSLATE_NOOP("engine", "Cannot create directory %1 on %2: a file of that name exists.")};
inline const EngineMessage SshCannotConnect{QT_TRANSLATE_NOOP("engine", "Cannot connect to %1: %2. Check that the server is running and reachable.")};

// The known hosts file (transport/KnownHosts.cpp)
inline const EngineMessage KnownHostsCannotRead{QT_TRANSLATE_NOOP("engine", "Cannot read known hosts file %1: %2. Check the path and its permissions.")};
inline const EngineMessage KnownHostsCannotCreateDirectory{QT_TRANSLATE_NOOP("engine", "Cannot create the directory of known hosts file %1: %2. Check the path and its permissions.")};
inline const EngineMessage KnownHostsCannotLock{QT_TRANSLATE_NOOP("engine", "Cannot lock known hosts file %1: %2. Check the path and its permissions.")};
inline const EngineMessage KnownHostsCannotWrite{QT_TRANSLATE_NOOP("engine", "Cannot write known hosts file %1: %2. Check the path and its permissions.")};
inline const EngineMessage MkdirFailed{QT_TRANSLATE_NOOP("engine", "mkdir failed")};
inline const EngineMessage LockHeldByOther{QT_TRANSLATE_NOOP("engine", "another process holds %1.lock")};

} // namespace orderflow::msg
