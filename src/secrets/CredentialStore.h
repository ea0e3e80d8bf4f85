// The credential store (DESIGN §6): secrets by reference "<kind>/<id>/<field>", in the OS keychain or in an
// encrypted file. Every operation is asynchronous: it runs on OrderFlow's secrets thread and its result comes
// back as a value, on the thread of a context object. Nothing waits in a nested event loop.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace orderflow {

namespace SecretError {
inline const QString Reference = QStringLiteral("secret_reference");      // not of the form kind/id/field
inline const QString NotFound = QStringLiteral("not_found");              // no secret under that reference
inline const QString Unavailable = QStringLiteral("secret_store_unavailable");  // no keychain, no master key, …
inline const QString Timeout = QStringLiteral("secret_timeout");          // the keychain did not answer in time
inline const QString Denied = QStringLiteral("secret_denied");            // keychain locked or access refused
inline const QString MasterKey = QStringLiteral("secret_master_key");     // ENCRYPTION_MASTER_KEY missing, malformed or wrong
inline const QString Corrupt = QStringLiteral("secret_corrupt");          // file damaged, altered, truncated, swapped
inline const QString Io = QStringLiteral("secret_io");                    // the file could not be read or written
inline const QString Thread = QStringLiteral("secret_thread");            // a blocking call on a thread that must not block
}

// "<kind>/<id>/<field>": three segments of letters, digits, '.', '_' or '-' (not starting with '.'), e.g.
// "connection/7/password". The error says what a reference looks like.
Status validateSecretReference(const QString &reference);

// OrderFlow's per-user data directory, $XDG_DATA_HOME/orderflow (~/.local/share/orderflow): the default home of
// the encrypted secrets file and of the keychain index's lock file.
QString credentialDataDirectory();

class CredentialStore : public std::enable_shared_from_this<CredentialStore> {
public:
    enum class Backend { Keychain, File };
    using ValueDone = std::function<void(Result<QByteArray>)>;
    using StatusDone = std::function<void(Status)>;
    using NamesDone = std::function<void(Result<QStringList>)>;

    virtual ~CredentialStore();

    virtual Backend backend() const = 0;
    // "keychain" or "file", as ORDERFLOW_SECRET_STORE and `secrets migrate --to` spell it.
    QString backendName() const;
    // For messages: "the OS keychain (service orderflow)", "the encrypted file /home/x/.local/share/orderflow/secrets.enc".
    virtual QString describe() const = 0;

    // Each returns at once. `done` runs later, exactly once, on `context`'s thread (which needs an event loop),
    // and not at all when `context` was destroyed in the meantime. A bad reference fails without touching the store.
    void read(const QString &reference, QObject *context, ValueDone done);
    void write(const QString &reference, const QByteArray &value, QObject *context, StatusDone done);
    // Removing an absent secret fails with SecretError::NotFound.
    void remove(const QString &reference, QObject *context, StatusDone done);
    // The references stored, sorted; never values.
    void list(QObject *context, NamesDone done);

    // The implementations, for code that already runs on the secrets thread (the selection, resolveSecret):
    // called only there, each calls `done` exactly once, on the secrets thread. The reference is already valid.
    virtual void readHere(const QString &reference, ValueDone done) = 0;
    virtual void writeHere(const QString &reference, const QByteArray &value, StatusDone done) = 0;
    virtual void removeHere(const QString &reference, StatusDone done) = 0;
    virtual void listHere(NamesDone done) = 0;
};

using CredentialStorePtr = std::shared_ptr<CredentialStore>;

// Which store to use: Automatic follows ORDERFLOW_SECRET_STORE (keychain|file) and, when that is not set, takes
// the OS keychain if a secret service answers a short probe, else the encrypted file if ENCRYPTION_MASTER_KEY is
// set, else fails with a message naming both ways.
enum class SecretStoreChoice { Automatic, Keychain, File };

// Opens the store asynchronously; `done` runs on `context`'s thread as for CredentialStore::read.
void openCredentialStore(QObject *context, std::function<void(Result<CredentialStorePtr>)> done,
                         SecretStoreChoice choice = SecretStoreChoice::Automatic);

// "keychain", "file" → the choice; anything else → an error naming the accepted values.
Result<SecretStoreChoice> parseSecretStoreChoice(const QString &name);

} // namespace orderflow
