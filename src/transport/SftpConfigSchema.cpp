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
    field(FieldSpec::string(SftpKey::Host).require().describe(QT_TRANSLATE_NOOP("config", "The SFTP server's host name or address.")));
    field(FieldSpec::integer(SftpKey::Port, defaults.port).range(1, 65535).describe(QT_TRANSLATE_NOOP("config", "The SFTP server's port.")));
    field(FieldSpec::string(SftpKey::User).describe(QT_TRANSLATE_NOOP("config", "The user to log in as.")));
    field(FieldSpec::string(SftpKey::Username).describe(QT_TRANSLATE_NOOP("config", "Older name of 'user'; used when 'user' is not set.")));
    field(FieldSpec::secretRef(SftpKey::KeyFile, {SecretForm::File})
              .describe(QT_TRANSLATE_NOOP("config", "Private key to log in with (OpenSSH or PEM format).")));
    field(FieldSpec::secretRef(SftpKey::KeyPassphraseEnv, {SecretForm::EnvVar})
              .replacesInline(SftpKey::KeyPassphrase)
              .describe(QT_TRANSLATE_NOOP("config", "Environment variable that holds the private key's passphrase.")));
    field(FieldSpec::secretRef(SftpKey::PasswordEnv, {SecretForm::EnvVar})
              .replacesInline(SftpKey::Password)
              .describe(QT_TRANSLATE_NOOP("config", "Environment variable that holds the password.")));
    field(FieldSpec::secretRef(SftpKey::Password, {SecretForm::Store})
              .describe(QT_TRANSLATE_NOOP("config", "The password, kept in OrderFlow's credential store (`orderflow secrets set`).")));
    field(FieldSpec::secretRef(SftpKey::KeyPassphrase, {SecretForm::Store})
              .describe(QT_TRANSLATE_NOOP("config", "The private key's passphrase, kept in OrderFlow's credential store.")));
    field(FieldSpec::path(SftpKey::KnownHosts)
              .describe(QT_TRANSLATE_NOOP("config", "OrderFlow's known_hosts file (OpenSSH format) the server's host key is checked against."))
              .defaultNoted(QStringLiteral("$ORDERFLOW_KNOWN_HOSTS, else ~/.local/share/orderflow/known_hosts")));
    field(FieldSpec::string(SftpKey::Fingerprint)
              .matching(QStringLiteral("^\\s*([Ss][Hh][Aa]256:)?[A-Za-z0-9+/]{43}=*\\s*$"),
                        QStringLiteral("a SHA256 host key fingerprint as `ssh-keygen -lf` prints it (SHA256: and 43 base64 characters)"))
              .describe(QT_TRANSLATE_NOOP("config", "Accept exactly this host key without a known_hosts entry.")));
    field(FieldSpec::integer(SftpKey::ConnectTimeoutMs, defaults.connectTimeoutMs).atLeast(100)
              .describe(QT_TRANSLATE_NOOP("config", "How long connecting and logging in may take.")));
    field(FieldSpec::integer(SftpKey::IoTimeoutMs, defaults.ioTimeoutMs).atLeast(100)
              .describe(QT_TRANSLATE_NOOP("config", "A transfer that makes no progress for this long drops the connection.")));
    schema.requireAnyOf({SftpKey::User, SftpKey::Username}, QStringLiteral("the user to log in as"), when);
    schema.requireAnyOf({SftpKey::KeyFile, SftpKey::PasswordEnv, SftpKey::Password},
                        QStringLiteral("configure one way to log in (a key file, an environment variable that holds the password, "
                                       "or a password in the credential store)"), when);
}

const ConfigSchema &sftpSettingsSchema()
{
    static const ConfigSchema schema = [] {
        ConfigSchema s(QStringLiteral("SFTP settings"));
        addSftpFields(s);
        return s;
    }();
    return schema;
}

} // namespace orderflow
