// The settings of one SFTP server as schema fields: what SftpConfig::fromJson reads, for every source type and
// connector that reaches a server over SFTP.
#pragma once

#include "config/ConfigSchema.h"

namespace orderflow {

// Adds host, port, user, the authentication references, known_hosts, fingerprint and timeouts to `schema`;
// with `when` set they apply only under that condition ("only when mode is sftp").
void addSftpFields(ConfigSchema &schema, const FieldCondition &when = {});

} // namespace orderflow
