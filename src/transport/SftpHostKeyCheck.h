// The host-key check of an SFTP connection: what the server presented, judged against a pinned fingerprint and
// OrderFlow's known_hosts (revoked, known, unknown, changed), with the operator's next step in every refusal.
// Internal to src/transport.
#pragma once

#include "domain/Result.h"
#include "transport/KnownHosts.h"
#include "transport/SftpConfig.h"

#include <libssh/libssh.h>

namespace orderflow::sftp {

// The key the server of a connected (key-exchanged) session presented, as known_hosts stores it. `where` names the
// server in errors ("host:port"). FileError::Connection when it presented none, FileError::HostKey when unreadable.
Result<HostPublicKey> serverHostKeyOf(ssh_session ssh, const QString &where);

// Whether config allows connecting to a server that presented `key`: a revoked key never; with a pinned
// fingerprint exactly that key; otherwise a key known_hosts lists for host:port. Refusals are FileError::HostKey
// naming the fingerprints, the known_hosts file and line, and what to do.
Status checkHostKey(const SftpConfig &config, const HostPublicKey &key);

} // namespace orderflow::sftp
