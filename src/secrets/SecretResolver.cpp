#include "secrets/SecretResolver.h"

#include "secrets/CredentialStore.h"
#include "secrets/KeychainStore.h"
#include "secrets/SecretsLog.h"
#include "secrets/SecretsThread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <optional>

namespace orderflow {
namespace {

const QString ConfigCode = QStringLiteral("config");

bool onGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    // The engine links no GUI module: asking by class name is enough to recognise a QGuiApplication.
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

// Shared between the waiting worker and the secrets thread: the worker may give up before the answer comes.
struct PendingSecret {
    QSemaphore ready;
    QMutex mutex;
    std::optional<Result<QByteArray>> result;
};

} // namespace

int defaultSecretResolveTimeoutMs()
{
    return keychainTimeoutMs() + 4000;
}

Result<QByteArray> resolveSecret(const QString &reference, int timeoutMs)
{
    if (Status valid = validateSecretReference(reference); !valid)
        return valid.error();
    if (onGuiThread() || secrets::isSecretsThread()) {
        qCCritical(lcSecrets, "resolveSecret(%s) called on the %s thread; it only runs on worker threads", qUtf8Printable(reference),
                   onGuiThread() ? "GUI" : "secrets");
        return Error(SecretError::Thread, QStringLiteral("Internal error: secret %1 was to be read by waiting on the %2 thread, which must "
                                                         "never wait. Please report this.")
                                              .arg(reference, onGuiThread() ? QStringLiteral("GUI") : QStringLiteral("secrets")));
    }
    auto pending = std::make_shared<PendingSecret>();
    auto finish = [pending](Result<QByteArray> r) {
        QMutexLocker lock(&pending->mutex);
        pending->result = std::move(r);
        pending->ready.release();
    };
    const bool posted = secrets::runOnSecretsThread([reference, finish] {
        secrets::selectCredentialStoreHere(SecretStoreChoice::Automatic, [reference, finish](Result<CredentialStorePtr> store) {
            if (!store)
                return finish(store.error());
            (*store)->readHere(reference, finish);
        });
    });
    if (!posted)
        return Error(SecretError::Unavailable, QStringLiteral("OrderFlow is shutting down; secret %1 was not read.").arg(reference));
    if (!pending->ready.tryAcquire(1, timeoutMs)) {
        qCWarning(lcSecrets, "no answer for %s within %d ms", qUtf8Printable(reference), timeoutMs);
        return Error(SecretError::Timeout, QStringLiteral("The credential store did not answer within %1 ms when asked for secret %2. If it "
                                                          "is the OS keychain, it may be locked or hung: unlock or restart it, or use the "
                                                          "encrypted file (ORDERFLOW_SECRET_STORE=file with ENCRYPTION_MASTER_KEY).")
                                               .arg(timeoutMs).arg(reference));
    }
    QMutexLocker lock(&pending->mutex);
    return std::move(*pending->result);
}

QString SecretSource::origin() const
{
    if (!reference.isEmpty())
        return QStringLiteral("secret %1").arg(reference);
    return envVar;
}

Result<SecretSource> secretSourceOf(const QJsonObject &config, const QString &field)
{
    SecretSource source;
    source.field = field;
    const QString envKey = field + QStringLiteral("_env");
    source.envVar = config.value(envKey).toString().trimmed();
    const QJsonValue value = config.value(field);
    if (value.isUndefined() || value.isNull())
        return source;
    if (!value.isObject()) {
        // A secret in the file would end up in config dumps and version control; the file only names where it is.
        return Error(ConfigCode, QStringLiteral("'%1' holds a secret inline. Secrets are never stored in configuration: store it with "
                                                "`orderflow secrets set KIND/ID/%1` and write \"%1\": {\"secret\": \"KIND/ID/%1\"}, or name an "
                                                "environment variable with '%2'.").arg(field, envKey));
    }
    const QJsonObject ref = value.toObject();
    const QString reference = ref.value(QStringLiteral("secret")).toString();
    if (ref.size() != 1 || reference.isEmpty())
        return Error(ConfigCode, QStringLiteral("'%1' must be a reference to the credential store, {\"secret\": \"KIND/ID/FIELD\"} "
                                                "(e.g. {\"secret\": \"connection/7/%1\"}).").arg(field));
    if (Status valid = validateSecretReference(reference); !valid)
        return Error(ConfigCode, QStringLiteral("'%1': %2").arg(field, valid.error().message));
    if (!source.envVar.isEmpty())
        return Error(ConfigCode, QStringLiteral("'%1' and '%2' are both set; keep one of them.").arg(field, envKey));
    source.reference = reference;
    return source;
}

Result<QByteArray> resolveSecretSource(const SecretSource &source, const QString &what, int timeoutMs)
{
    if (!source.reference.isEmpty()) {
        Result<QByteArray> value = resolveSecret(source.reference, timeoutMs);
        if (!value)
            return Error(value.error().code, QStringLiteral("The %1 (secret %2) could not be read: %3").arg(what, source.reference, value.error().message));
        return value;
    }
    if (source.envVar.isEmpty())
        return QByteArray();
    const QByteArray name = source.envVar.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return Error(ConfigCode, QStringLiteral("The %1 is to be read from the environment variable %2 (config key '%3'), "
                                                "but that variable is not set. Set it for the OrderFlow process.")
                                     .arg(what, source.envVar, source.field + QStringLiteral("_env")));
    return qgetenv(name.constData());
}

Result<QByteArray> resolveConfigSecret(const QJsonObject &config, const QString &field, const QString &what)
{
    Result<SecretSource> source = secretSourceOf(config, field);
    if (!source)
        return source.error();
    return resolveSecretSource(*source, what);
}

} // namespace orderflow
