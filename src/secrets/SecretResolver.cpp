#include "secrets/SecretResolver.h"

#include "domain/messages/ConfigMessages.h"
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
        return Error(SecretError::Unavailable, msg::SecretNotReadShutdown(reference));
    if (!pending->ready.tryAcquire(1, timeoutMs)) {
        qCWarning(lcSecrets, "no answer for %s within %d ms", qUtf8Printable(reference), timeoutMs);
        return Error(SecretError::Timeout, msg::SecretStoreNoAnswer(timeoutMs, reference));
    }
    QMutexLocker lock(&pending->mutex);
    return std::move(*pending->result);
}

QString SecretSource::origin() const
{
    if (!reference.isEmpty())
        return msg::SecretNamed(reference);
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
        return Error(ConfigCode, msg::SecretFieldInline(field, envKey));
    }
    const QJsonObject ref = value.toObject();
    const QString reference = ref.value(QStringLiteral("secret")).toString();
    if (ref.size() != 1 || reference.isEmpty())
        return Error(ConfigCode, msg::SecretMustBeReference(field));
    if (Status valid = validateSecretReference(reference); !valid)
        return Error(ConfigCode, QStringLiteral("'%1': %2").arg(field, valid.error().message));
    if (!source.envVar.isEmpty())
        return Error(ConfigCode, msg::SecretBothSet(field, envKey));
    source.reference = reference;
    return source;
}

Result<QByteArray> resolveSecretSource(const SecretSource &source, const QString &what, int timeoutMs)
{
    if (!source.reference.isEmpty()) {
        Result<QByteArray> value = resolveSecret(source.reference, timeoutMs);
        if (!value)
            return Error(value.error().code, msg::SecretCouldNotRead(what, source.reference, value.error().message));
        return value;
    }
    if (source.envVar.isEmpty())
        return QByteArray();
    const QByteArray name = source.envVar.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return Error(ConfigCode, msg::SecretEnvNotSet(what, source.envVar, source.field + QStringLiteral("_env")));
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
