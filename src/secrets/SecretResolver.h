// Secrets for the engine's workers, and secret fields in connection and source configs. A config holds only
// where a secret is, never the secret:
//   "password": {"secret": "connection/7/password"}   → the credential store
//   "password_env": "ERP_SFTP_PASSWORD"                → an environment variable of the OrderFlow process
// The worker that needs a secret resolves it just before it connects, on its own thread.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace orderflow {

// How long resolveSecret() waits by default: a keychain job's timeout plus the first probe for a secret service.
int defaultSecretResolveTimeoutMs();

// The value of one secret, from the store openCredentialStore() would choose. Blocks the calling thread — a
// worker — for at most timeoutMs while the secrets thread asks the store (a semaphore, not an event loop).
// Refused with SecretError::Thread on the GUI thread and on the secrets thread itself.
Result<QByteArray> resolveSecret(const QString &reference, int timeoutMs = defaultSecretResolveTimeoutMs());

// Where one secret field of a config comes from.
struct SecretSource {
    QString reference;   // credential store reference, from {"secret": REF}
    QString envVar;      // environment variable name, from "<field>_env"
    QString field;       // the config key, for messages ("password")

    bool isSet() const { return !reference.isEmpty() || !envVar.isEmpty(); }
    // For messages, never the value: "secret connection/7/password" or the variable's name.
    QString origin() const;
};

// Reads `field` ({"secret": REF}) and `<field>_env` from a config. Neither: an empty source. Refuses (code
// "config") a secret written inline, a malformed reference, and both ways at once.
Result<SecretSource> secretSourceOf(const QJsonObject &config, const QString &field);

// The value the source names; empty when the source is empty. `what` names the secret for messages ("password
// for sftp://erp@host:22"). Credential store references are resolved with resolveSecret (worker threads only).
Result<QByteArray> resolveSecretSource(const SecretSource &source, const QString &what,
                                       int timeoutMs = defaultSecretResolveTimeoutMs());

// Given a config object, the value of one secret field the transport needs, wherever the config says it is.
Result<QByteArray> resolveConfigSecret(const QJsonObject &config, const QString &field, const QString &what);

} // namespace orderflow
