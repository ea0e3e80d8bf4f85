// Authentication of an SFTP connection after its host key was accepted: the configured private key, then the
// password (also as keyboard-interactive answers for PAM-only servers). Internal to src/transport.
#pragma once

#include "domain/Result.h"
#include "transport/SftpConfig.h"

#include <libssh/libssh.h>

namespace orderflow::sftp {

class SftpWatchdog;

// Authenticates config's user on ssh. The caller arms `watchdog` around the call; when it fired, the failure is
// FileError::Connection ("did not answer"). Errors: FileError::Auth naming what was rejected and what the server
// accepts (or a key file that is missing, unreadable or cannot be loaded), FileError::Connection for a broken
// connection, "config" for a secret that cannot be resolved. Secrets are wiped after use and never in a message.
Status authenticate(ssh_session ssh, const SftpConfig &config, const SftpWatchdog &watchdog);

} // namespace orderflow::sftp
