#include "transport/SftpConfigSchema.h"

#include "transport/SftpConfig.h"

namespace orderflow {

void addSftpFields(ConfigSchema &schema, const FieldCondition &when)
{
    const SftpConfig defaults;
    const auto field = [&](FieldSpec f) {
        if (when.isSet())
            f.when = when;
        schema.add(std::move(f));
    };
    field(FieldSpec::string(QStringLiteral("host")).require().describe(QStringLiteral("The SFTP server's host name or address.")));
    field(FieldSpec::integer(QStringLiteral("port"), defaults.port).range(1, 65535).describe(QStringLiteral("The SFTP server's port.")));
    field(FieldSpec::string(QStringLiteral("user")).describe(QStringLiteral("The user to log in as.")));
    field(FieldSpec::string(QStringLiteral("username")).describe(QStringLiteral("Older name of 'user'; used when 'user' is not set.")));
    field(FieldSpec::secretRef(QStringLiteral("key_file"), {SecretForm::File})
              .describe(QStringLiteral("Private key to log in with (OpenSSH or PEM format).")));
    field(FieldSpec::secretRef(QStringLiteral("key_passphrase_env"), {SecretForm::EnvVar})
              .replacesInline(QStringLiteral("key_passphrase"))
              .describe(QStringLiteral("Environment variable that holds the private key's passphrase.")));
    field(FieldSpec::secretRef(QStringLiteral("password_env"), {SecretForm::EnvVar})
              .replacesInline(QStringLiteral("password"))
              .describe(QStringLiteral("Environment variable that holds the password.")));
    field(FieldSpec::path(QStringLiteral("known_hosts"))
              .describe(QStringLiteral("OrderFlow's known_hosts file (OpenSSH format) the server's host key is checked against."))
              .defaultNoted(QStringLiteral("$ORDERFLOW_KNOWN_HOSTS, else ~/.local/share/orderflow/known_hosts")));
    field(FieldSpec::string(QStringLiteral("fingerprint"))
              .matching(QStringLiteral("^\\s*([Ss][Hh][Aa]256:)?[A-Za-z0-9+/]{43}=*\\s*$"),
                        QStringLiteral("a SHA256 host key fingerprint as `ssh-keygen -lf` prints it (SHA256: and 43 base64 characters)"))
              .describe(QStringLiteral("Accept exactly this host key without a known_hosts entry.")));
    field(FieldSpec::integer(QStringLiteral("connect_timeout_ms"), defaults.connectTimeoutMs).atLeast(100)
              .describe(QStringLiteral("How long connecting and logging in may take.")));
    field(FieldSpec::integer(QStringLiteral("io_timeout_ms"), defaults.ioTimeoutMs).atLeast(100)
              .describe(QStringLiteral("A transfer that makes no progress for this long drops the connection.")));
    schema.requireAnyOf({QStringLiteral("user"), QStringLiteral("username")}, QStringLiteral("the user to log in as"), when);
    schema.requireAnyOf({QStringLiteral("key_file"), QStringLiteral("password_env")},
                        QStringLiteral("configure one way to log in (a key file, or an environment variable that holds the password)"), when);
}

} // namespace orderflow
