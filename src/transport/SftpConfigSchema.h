// The settings of one SFTP server as schema fields: what SftpConfig::fromJson reads, for every source type and
// connector that reaches a server over SFTP.
#pragma once

#include "config/ConfigSchema.h"

namespace orderflow {

// The one place that names each SFTP setting: the schema below is built from these, and SftpConfig reads them
// through it.
namespace SftpKey {
inline const QString Host = QStringLiteral("host");
inline const QString Port = QStringLiteral("port");
inline const QString User = QStringLiteral("user");
inline const QString Username = QStringLiteral("username");
inline const QString KeyFile = QStringLiteral("key_file");
inline const QString KeyPassphraseEnv = QStringLiteral("key_passphrase_env");
inline const QString PasswordEnv = QStringLiteral("password_env");
inline const QString Password = QStringLiteral("password");
inline const QString KeyPassphrase = QStringLiteral("key_passphrase");
inline const QString KnownHosts = QStringLiteral("known_hosts");
inline const QString Fingerprint = QStringLiteral("fingerprint");
inline const QString ConnectTimeoutMs = QStringLiteral("connect_timeout_ms");
inline const QString IoTimeoutMs = QStringLiteral("io_timeout_ms");
}

// Where a file transport works ("mode"): on this machine or on an SFTP server (createFileStore).
namespace TransportKey {
inline const QString Mode = QStringLiteral("mode");
}
namespace TransportMode {
inline const QString Filesystem = QStringLiteral("filesystem");
inline const QString Sftp = QStringLiteral("sftp");
}

// Adds host, port, user, the authentication references, known_hosts, fingerprint and timeouts to `schema`;
// with `when` set they apply only under that condition ("only when mode is sftp").
void addSftpFields(ConfigSchema &schema, const FieldCondition &when = {});
// The SFTP settings alone, unconditional: what SftpConfig::fromJson reads its typed values through.
const ConfigSchema &sftpSettingsSchema();

} // namespace orderflow
