// Connection settings of one SFTP server, read from a source's or connection's JSON config. Secrets are never
// in the config: it names where they are — a credential store reference or an environment variable.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace orderflow {

struct SftpConfig {
    QString host;
    int port = 22;
    QString user;
    QString keyFile;             // private key (OpenSSH or PEM format)
    QString keyPassphraseEnv;    // name of the environment variable holding the key's passphrase
    QString passwordEnv;         // name of the environment variable holding the password
    QString keyPassphraseSecret; // or: credential store reference of the passphrase ("key_passphrase": {"secret": REF})
    QString passwordSecret;      // or: credential store reference of the password ("password": {"secret": REF})
    QString knownHostsPath;      // OrderFlow's known_hosts file (OpenSSH format)
    QString pinnedFingerprint;   // "SHA256:…": accept exactly this host key without a known_hosts entry
    int connectTimeoutMs = 15000;
    int ioTimeoutMs = 30000;     // no progress for this long → the connection is dropped

    // Reads host, port, user, key_file, key_passphrase_env, password_env, key_passphrase and password as
    // {"secret": "kind/id/field"}, known_hosts, fingerprint, connect_timeout_ms, io_timeout_ms. Refuses inline
    // secrets ("password": "…").
    static Result<SftpConfig> fromJson(const QJsonObject &config);

    // "sftp://user@host:port", for messages and logs.
    QString describe() const;
    bool hasPassword() const { return !passwordEnv.isEmpty() || !passwordSecret.isEmpty(); }
    bool hasKeyPassphrase() const { return !keyPassphraseEnv.isEmpty() || !keyPassphraseSecret.isEmpty(); }
    // Where the password / passphrase comes from, for messages: the variable's name or "secret kind/id/field".
    QString passwordOrigin() const;
    QString keyPassphraseOrigin() const;
    // The password / key passphrase from the credential store or the named environment variable; empty when
    // none is configured. A store reference is resolved here, on the calling worker thread (resolveSecret).
    // Fails (code "config") when a variable is named but not set, or with the store's error.
    Result<QByteArray> password() const;
    Result<QByteArray> keyPassphrase() const;
};

// Where OrderFlow keeps its known_hosts when the config does not say: $ORDERFLOW_KNOWN_HOSTS, else
// ~/.local/share/orderflow/known_hosts ($XDG_DATA_HOME honoured).
QString defaultKnownHostsPath();
// Changes whenever a known_hosts file is written (an operator trusted a key): a source or connection paused on a
// host-key error resumes at once. Empty when the file does not exist.
QString knownHostsStamp(const QString &path);

// Normalises "SHA256:abc=", "sha256:abc" and "abc" to "SHA256:abc" (OpenSSH's form, base64 without padding).
QString normalizeFingerprint(const QString &fingerprint);

} // namespace orderflow
