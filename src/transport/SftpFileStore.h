// FileStore over SFTP (libssh). Config keys: host, port, user, key_file, key_passphrase_env, password_env,
// known_hosts, fingerprint (pinned "SHA256:…"), connect_timeout_ms, io_timeout_ms.
#pragma once

#include "transport/FileStore.h"

namespace orderflow {

Result<std::unique_ptr<FileStore>> createSftpFileStore(const QJsonObject &config);

} // namespace orderflow
