// The catalogue's messages about partner sources: reading, pausing, refusing files. English templates; see
// EngineMessage.h for how they are shown translated.
#pragma once

#include "domain/EngineMessage.h"

namespace orderflow::msg {

inline const EngineMessage SourceProblem{QT_TRANSLATE_NOOP("engine", "Source '%1': %2")};

// Acknowledgements (997, CONTRL) on their way to the partner (pipeline/OutboxSender.cpp)
inline const EngineMessage AckNoFreeName{QT_TRANSLATE_NOOP("engine", "No free file name for acknowledgement %1.")};
inline const EngineMessage AckRetrying{QT_TRANSLATE_NOOP("engine", "OrderFlow keeps retrying with backoff.")};
inline const EngineMessage AckNeedsPerson{QT_TRANSLATE_NOOP("engine", "This needs a person; once it is fixed the acknowledgement goes out by itself at its next attempt (it is never dropped).")};
inline const EngineMessage AckTo{QT_TRANSLATE_NOOP("engine", " to %1")};
inline const EngineMessage AckCannotDeliver{QT_TRANSLATE_NOOP("engine", "Cannot deliver %1 acknowledgement %2 (for %3, inbound message %4) of source '%5' (organisation %6)%7: %8 %9")};
inline const EngineMessage AckNextAttempt{QT_TRANSLATE_NOOP("engine", "%1 Attempt %2; next attempt at %3.")};
inline const EngineMessage AckNotDelivered{QT_TRANSLATE_NOOP("engine", "Source '%1' (organisation %2): %3 acknowledgement(s) not delivered%4: %5 %6")};
inline const EngineMessage AckNameTakenUnreadable{QT_TRANSLATE_NOOP("engine", "%1 already exists there and cannot be read to tell whether it is this acknowledgement (%2). Make it readable for OrderFlow, or move it away if it is not an acknowledgement OrderFlow wrote.")};
inline const EngineMessage AckAllNamesTaken{QT_TRANSLATE_NOOP("engine", "%1 and %2 time-stamped variants are all taken by other files.")};
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

// The REST source (sources/RestSource.cpp)
inline const EngineMessage RestSourceCaNoPem{QT_TRANSLATE_NOOP("engine", "Source '%1': ca_file %2 holds no PEM certificate. Fix the path or the file.")};
inline const EngineMessage BearerTokenOfSource{QT_TRANSLATE_NOOP("engine", "bearer token of source '%1'")};
inline const EngineMessage RestSourceGet{QT_TRANSLATE_NOOP("engine", "Source '%1' (%2): GET %3")};
inline const EngineMessage RestSourceNoWholeAnswer{QT_TRANSLATE_NOOP("engine", "%1 gave no whole answer within %2 s; asking again after a pause.")};
inline const EngineMessage RestSourceTooLarge{QT_TRANSLATE_NOOP("engine", "%1 answered with more than %2 bytes (max_response_bytes); nothing of it was stored. Lower page_size or raise max_response_bytes.")};
inline const EngineMessage RestSourceTlsNotTrusted{QT_TRANSLATE_NOOP("engine", "%1: the server's TLS certificate is not trusted (%2). If the partner uses its own certificate authority, set the source's ca_file to its PEM certificate. The source tries again in %3 s.")};
inline const EngineMessage RestSourceFailed{QT_TRANSLATE_NOOP("engine", "%1 failed: %2; asking again after a pause.")};
inline const EngineMessage RestSourceAnsweredRetry{QT_TRANSLATE_NOOP("engine", "%1 answered %2 %3%4; asking again in %5 s%6.")};
inline const EngineMessage AsRetryAfterAsks{QT_TRANSLATE_NOOP("engine", " as its Retry-After asks")};
inline const EngineMessage CheckSourceUrl{QT_TRANSLATE_NOOP("engine", "Check the source's url.")};
inline const EngineMessage CheckBearerToken{QT_TRANSLATE_NOOP("engine", "Check the bearer token (token_env or token) and that the partner granted it access.")};
inline const EngineMessage RestSourceAnsweredPause{QT_TRANSLATE_NOOP("engine", "%1 answered %2 %3%4. %5 The source tries again in %6 s.")};
inline const EngineMessage AnswerNotJson{QT_TRANSLATE_NOOP("engine", "is not valid JSON (%1 at byte %2)")};
inline const EngineMessage AnswerNoOrderArray{QT_TRANSLATE_NOOP("engine", "holds no array of orders at '%1' (items_field)")};
inline const EngineMessage AnswerKeptAsInbound{QT_TRANSLATE_NOOP("engine", " The answer is kept as inbound message %1.")};
inline const EngineMessage RestSourceMalformed{QT_TRANSLATE_NOOP("engine", "%1: the answer %2; nothing on it was taken and the source asks for the same page again in %3 s.%4 If it stays so, the partner must fix its API.")};
inline const EngineMessage RestSourceForeignLink{QT_TRANSLATE_NOOP("engine", "%1: its Link header names a next page on another server (%2); the bearer token is not sent there. Check the source's url.")};
inline const EngineMessage RestSourceFewerOrders{QT_TRANSLATE_NOOP("engine", "%1 returned %2 orders where it returned %3 before; the source keeps its place and takes only orders beyond the first %3.")};
inline const EngineMessage RestSourceBadUrl{QT_TRANSLATE_NOOP("engine", "Source '%1': url '%2' is not an http:// or https:// URL.")};

// The http source (sources/HttpSource.cpp)
inline const EngineMessage HttpSourceStoppedBeforeStored{QT_TRANSLATE_NOOP("engine", "Source '%1' stopped before the request was stored; send it again.")};
inline const EngineMessage HttpSourceNotRunning{QT_TRANSLATE_NOOP("engine", "Source '%1' is not running; send the request again later.")};
inline const EngineMessage TokenOfHttpSource{QT_TRANSLATE_NOOP("engine", "token of http source '%1'")};
inline const EngineMessage HttpSourceNoToken{QT_TRANSLATE_NOOP("engine", "http source '%1' (%2) has no token, so no partner could post to it. Set \"token\": {\"secret\": REF} or \"token_env\": VAR in its config.")};

// Ingesting files (pipeline/Ingestor.cpp) and the kinds of entry a folder may hold (transport/FileStore.cpp)
inline const EngineMessage IdempotencyKeyReused{QT_TRANSLATE_NOOP("engine", "Idempotency-Key '%1' was first used for inbound message %2 with other content; nothing was stored. Send new content under a new key.")};
inline const EngineMessage InterchangeReused{QT_TRANSLATE_NOOP("engine", "interchange %1 was already received in inbound message %2: the partner reused a control number")};
inline const EngineMessage SourceNothingStoredCheckpoint{QT_TRANSLATE_NOOP("engine", "Source '%1': nothing of these %2 messages was stored and its checkpoint did not move: %3")};
inline const EngineMessage StoredByEarlierPoll{QT_TRANSLATE_NOOP("engine", "(stored by an earlier poll; `orderflow inbound list` shows its error)")};
inline const EngineMessage RejectedFileExplained{QT_TRANSLATE_NOOP("engine", "OrderFlow could not use this file.\n\nFile: %1\nSource: %2 (organisation %3)\nInbound message: %4\nMoved here: %5\n\nWhy:\n%6\n\nWhat to do: ask the partner to send a corrected file, or fix the source's format or mapping and run `orderflow replay %4`.\n")};
inline const EngineMessage RefusedNotRegular{QT_TRANSLATE_NOOP("engine", "Refused %1 in %2: it is %3, and a source reads only regular files inside its folder. It was not read; it goes to %4. Ask the partner to deliver the file itself (not a link, pipe or device).")};
inline const EngineMessage RefusedStillThere{QT_TRANSLATE_NOOP("engine", "Source '%1': %2 in %3 is %4; it was refused and not read, but it is still there (see the earlier message about it). Remove it from the folder.")};
inline const EngineMessage NotRegularAnyMore{QT_TRANSLATE_NOOP("engine", "not a regular file (any more)")};
inline const EngineMessage FileOverSourceLimit{QT_TRANSLATE_NOOP("engine", "%1 is %2 MB, larger than this source's limit of %3 MB (max_file_bytes); it was moved to %4 and not parsed.")};
inline const EngineMessage ChangedWhileRead{QT_TRANSLATE_NOOP("engine", "Source '%1': %2 in %3 %4 while it was being read; nothing was stored from it. It is read again once it has stayed unchanged for settle_ms.")};
inline const EngineMessage Disappeared{QT_TRANSLATE_NOOP("engine", "disappeared")};
inline const EngineMessage Changed{QT_TRANSLATE_NOOP("engine", "changed")};
inline const EngineMessage SourceBatchNotStored{QT_TRANSLATE_NOOP("engine", "Source '%1': nothing from this batch was stored (%2); the files stay in place and are retried.")};
inline const EngineMessage StoredNotMoved{QT_TRANSLATE_NOOP("engine", "Source '%1': stored %2 (inbound %3) but could not move it to %4: %5 It stays in %6 and is not ingested again; %7")};
inline const EngineMessage NextPollMovesIt{QT_TRANSLATE_NOOP("engine", "the next poll moves it.")};
inline const EngineMessage FixDirectoryToMove{QT_TRANSLATE_NOOP("engine", "fix the directory (permissions, path) so it can be moved.")};
inline const EngineMessage DoneMarkerNotRemoved{QT_TRANSLATE_NOOP("engine", "Source '%1': could not remove the done marker of %2: %3 Remove it by hand before the partner sends a file of that name again.")};
inline const EngineMessage KindRegular{QT_TRANSLATE_NOOP("engine", "a regular file")};
inline const EngineMessage KindSymlink{QT_TRANSLATE_NOOP("engine", "a symbolic link")};
inline const EngineMessage KindFifo{QT_TRANSLATE_NOOP("engine", "a FIFO (named pipe)")};
inline const EngineMessage KindSocket{QT_TRANSLATE_NOOP("engine", "a socket")};
inline const EngineMessage KindDevice{QT_TRANSLATE_NOOP("engine", "a device file")};
inline const EngineMessage KindOther{QT_TRANSLATE_NOOP("engine", "not a regular file")};

} // namespace orderflow::msg
