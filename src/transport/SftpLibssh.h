// libssh plumbing shared by the SFTP pieces (session, host-key check, authentication): one-time initialisation with
// libssh's log routed to Qt logging, the options every OrderFlow SSH session gets, and libssh's last error as text.
// Internal to src/transport.
#pragma once

#include <QString>

#include <libssh/libssh.h>

namespace orderflow::sftp {

// ssh_init() once per process; libssh's log callback on the calling thread (libssh keeps it per thread).
void initLibssh();
// The last libssh error of ssh as a sentence part (no trailing period); "unknown error" when there is none.
QString sshErrorText(ssh_session ssh);
// Host, port, timeout, TCP_NODELAY, OrderFlow's own known_hosts (never ~/.ssh/config) and log verbosity.
void applyCommonOptions(ssh_session ssh, const QString &host, int port, int timeoutMs, const QString &knownHosts);

} // namespace orderflow::sftp
