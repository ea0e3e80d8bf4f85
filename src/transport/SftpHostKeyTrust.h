// Trust-on-first-use of SFTP host keys: `orderflow hostkey trust HOST[:PORT]` and the connection wizard.
#pragma once

#include "domain/Result.h"
#include "transport/SftpSession.h"

namespace orderflow {

struct HostAndPort {
    QString host;
    int port = 22;
};

// "host", "host:port", "[host]:port", "[v6addr]:port", "v6addr".
Result<HostAndPort> parseHostAndPort(const QString &text, int defaultPort = 22);

// Stores key as THE host key of host:port in known_hosts (default path when empty), replacing earlier entries for it.
Status trustHostKey(const QString &host, int port, const HostPublicKey &key, const QString &knownHostsPath = {});

// Non-interactive trust: scans the server's key and stores it only when its fingerprint equals expectedFingerprint
// ("SHA256:…"); otherwise fails with FileError::HostKey naming both fingerprints. For the interactive flow, call
// SftpSession::scanHostKey, show info.fingerprint, ask, then trustHostKey(info.host, info.port, info.key).
Result<ServerHostKeyInfo> trustServerHostKey(const QString &host, int port, const QString &expectedFingerprint,
                                             const QString &knownHostsPath = {}, int timeoutMs = 15000);

} // namespace orderflow
