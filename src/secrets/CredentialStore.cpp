#include "secrets/CredentialStore.h"

#include "domain/messages/ConfigMessages.h"
#include "secrets/EncryptedFileStore.h"
#include "secrets/KeychainStore.h"
#include "secrets/SecretsLog.h"
#include "secrets/SecretsThread.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>

namespace orderflow {
namespace {

constexpr int ProbeTimeoutMs = 3000;
constexpr qint64 NegativeProbeMemoryMs = 30000;

Error shuttingDown()
{
    return Error(SecretError::Unavailable, msg::StoreShuttingDown());
}

QString keychainHowTo()
{
    return msg::KeychainHowTo();
}

QString masterKeyHowTo()
{
    return msg::MasterKeyHowTo(defaultSecretsFilePath());
}

// Whether a secret service answers, remembered on the secrets thread: a yes for the life of the process, a no
// for 30 s, so a server without a keychain does not wait for the probe before every secret it reads.
struct ProbeMemory {
    bool known = false;
    Status result;
    QElapsedTimer age;
};

ProbeMemory &probeMemory()
{
    static ProbeMemory m;
    return m;
}

void probeKeychainHere(std::function<void(Status)> done)
{
    ProbeMemory &m = probeMemory();
    if (m.known && (m.result.ok() || m.age.elapsed() < NegativeProbeMemoryMs))
        return done(m.result);
    auto keychain = std::make_shared<KeychainStore>();
    keychain->probeHere(std::min(ProbeTimeoutMs, keychainTimeoutMs()), [keychain, done](Status s) {
        ProbeMemory &mem = probeMemory();
        mem.known = true;
        mem.result = s;
        mem.age.start();
        if (s)
            qCDebug(lcSecrets, "a secret service answers: using the OS keychain");
        else
            qCDebug(lcSecrets, "no secret service answered: %s", qUtf8Printable(s.error().message));
        done(s);
    });
}

void openFileHere(const std::function<void(Result<CredentialStorePtr>)> &done)
{
    auto file = EncryptedFileStore::fromEnvironment();
    if (!file)
        return done(file.error());
    done(CredentialStorePtr(*file));
}

} // namespace

Status validateSecretReference(const QString &reference)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}){2}$"));
    if (!pattern.match(reference).hasMatch())
        return Error(SecretError::Reference, QStringLiteral("'%1' is not a secret reference. A reference is <kind>/<id>/<field>, e.g. "
                                                            "connection/7/password: three parts of letters, digits, '.', '_' or '-'.")
                                                 .arg(reference.left(80)));
    return {};
}

QString credentialDataDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/orderflow");
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::backendName() const
{
    return backend() == Backend::Keychain ? QStringLiteral("keychain") : QStringLiteral("file");
}

void CredentialStore::read(const QString &reference, QObject *context, ValueDone done)
{
    auto deliver = secrets::deliverTo<Result<QByteArray>>(context, std::move(done));
    if (Status valid = validateSecretReference(reference); !valid)
        return deliver(valid.error());
    if (!secrets::runOnSecretsThread([self = shared_from_this(), reference, deliver] { self->readHere(reference, deliver); }))
        deliver(shuttingDown());
}

void CredentialStore::write(const QString &reference, const QByteArray &value, QObject *context, StatusDone done)
{
    auto deliver = secrets::deliverTo<Status>(context, std::move(done));
    if (Status valid = validateSecretReference(reference); !valid)
        return deliver(valid);
    if (!secrets::runOnSecretsThread([self = shared_from_this(), reference, value, deliver] { self->writeHere(reference, value, deliver); }))
        deliver(shuttingDown());
}

void CredentialStore::remove(const QString &reference, QObject *context, StatusDone done)
{
    auto deliver = secrets::deliverTo<Status>(context, std::move(done));
    if (Status valid = validateSecretReference(reference); !valid)
        return deliver(valid);
    if (!secrets::runOnSecretsThread([self = shared_from_this(), reference, deliver] { self->removeHere(reference, deliver); }))
        deliver(shuttingDown());
}

void CredentialStore::list(QObject *context, NamesDone done)
{
    auto deliver = secrets::deliverTo<Result<QStringList>>(context, std::move(done));
    if (!secrets::runOnSecretsThread([self = shared_from_this(), deliver] { self->listHere(deliver); }))
        deliver(shuttingDown());
}

Result<SecretStoreChoice> parseSecretStoreChoice(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("keychain"))
        return SecretStoreChoice::Keychain;
    if (n == QLatin1String("file"))
        return SecretStoreChoice::File;
    return Error(SecretError::Unavailable, msg::NotACredentialStore(name.left(40)));
}

void secrets::selectCredentialStoreHere(SecretStoreChoice choice, std::function<void(Result<CredentialStorePtr>)> done)
{
    QString chosenBy;
    if (choice == SecretStoreChoice::Automatic) {
        const QString fromEnv = qEnvironmentVariable("ORDERFLOW_SECRET_STORE").trimmed();
        if (!fromEnv.isEmpty()) {
            Result<SecretStoreChoice> parsed = parseSecretStoreChoice(fromEnv);
            if (!parsed)
                return done(Error(parsed.error().code, QStringLiteral("ORDERFLOW_SECRET_STORE: %1").arg(parsed.error().message)));
            choice = *parsed;
            chosenBy = QStringLiteral("ORDERFLOW_SECRET_STORE=%1").arg(fromEnv);
        }
    }
    switch (choice) {
    case SecretStoreChoice::File:
        return openFileHere([done, chosenBy](Result<CredentialStorePtr> r) {
            if (!r && !chosenBy.isEmpty())
                return done(Error(r.error().code, msg::FileStoreAskedBut(chosenBy, r.error().message)));
            done(std::move(r));
        });
    case SecretStoreChoice::Keychain:
        return probeKeychainHere([done, chosenBy](const Status &s) {
            if (s)
                return done(CredentialStorePtr(std::make_shared<KeychainStore>()));
            done(Error(s.error().code, msg::KeychainAskedNoAnswer(chosenBy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(chosenBy), s.error().message, keychainHowTo())));
        });
    case SecretStoreChoice::Automatic:
        break;
    }
    probeKeychainHere([done](const Status &s) {
        if (s)
            return done(CredentialStorePtr(std::make_shared<KeychainStore>()));
        if (!qEnvironmentVariableIsEmpty("ENCRYPTION_MASTER_KEY"))
            return openFileHere(done);
        done(Error(SecretError::Unavailable,
                   msg::NoCredentialStore(s.error().message, keychainHowTo(), masterKeyHowTo())));
    });
}

void openCredentialStore(QObject *context, std::function<void(Result<CredentialStorePtr>)> done, SecretStoreChoice choice)
{
    auto deliver = secrets::deliverTo<Result<CredentialStorePtr>>(context, std::move(done));
    if (!secrets::runOnSecretsThread([choice, deliver] { secrets::selectCredentialStoreHere(choice, deliver); }))
        deliver(shuttingDown());
}

} // namespace orderflow
