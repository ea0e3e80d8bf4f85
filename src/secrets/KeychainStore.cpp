#include "secrets/KeychainStore.h"

#include "domain/messages/ConfigMessages.h"
#include "secrets/SecretsLog.h"
#include "secrets/SecretsThread.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStringDecoder>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace orderflow {
namespace {

const QString Service = QStringLiteral("orderflow");
const QString IndexKey = QStringLiteral("index");   // never a valid reference: it has no '/'
constexpr int LockRetryMs = 25;

// What every keychain message ends with when the keychain itself is the problem.
QString keychainAdvice()
{
    return msg::KeychainAdvice();
}

// Process-wide and touched on the secrets thread only: QtKeychain runs one job at a time from one global queue,
// so a job that never answers holds up every later one. Once a job has been reported as timed out, later
// requests fail at once until it finishes, instead of piling up behind it.
struct KeychainState {
    int stuck = 0;                 // jobs reported as timed out that have not finished yet
    QElapsedTimer stuckSince;
    bool busy = false;             // one store operation at a time; the index is read-modify-write
    QList<std::function<void(std::function<void()>)>> queue;
};

KeychainState &state()
{
    static KeychainState s;
    return s;
}

using Operation = std::function<void(std::function<void()> next)>;

void startNext()
{
    KeychainState &s = state();
    if (s.queue.isEmpty()) {
        s.busy = false;
        return;
    }
    s.busy = true;
    Operation op = s.queue.takeFirst();
    op([] { QMetaObject::invokeMethod(secrets::secretsThreadAnchor(), [] { startNext(); }, Qt::QueuedConnection); });
}

void enqueue(Operation op)
{
    KeychainState &s = state();
    s.queue.append(std::move(op));
    if (!s.busy)
        startNext();
}

struct JobOutcome {
    enum class State { Answered, TimedOut, Stuck } state = State::Answered;
    QKeychain::Error error = QKeychain::NoError;
    QString message;       // the keychain's own words: D-Bus and keyring errors, never a value
    QByteArray data;       // read jobs
    qint64 waitedMs = 0;
    bool locked = false;   // "not found" from a locked keyring

    bool ok() const { return state == State::Answered && error == QKeychain::NoError; }
    bool notFound() const { return state == State::Answered && error == QKeychain::EntryNotFound; }
};

// Runs one QtKeychain job with a deadline. `done` gets the outcome exactly once: the answer, or the timeout.
void runJob(QKeychain::Job *job, int timeoutMs, std::function<void(JobOutcome)> done)
{
    KeychainState &s = state();
    if (s.stuck > 0) {
        delete job;   // never started
        JobOutcome o;
        o.state = JobOutcome::State::Stuck;
        o.waitedMs = s.stuckSince.elapsed();
        done(o);
        return;
    }
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QObject *anchor = secrets::secretsThreadAnchor();
    auto settled = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, anchor, [settled, done](QKeychain::Job *j) {
        if (*settled) {
            // Reported as timed out before; the keychain has caught up.
            if (--state().stuck == 0)
                qCInfo(lcSecrets, "the OS keychain answered again");
            return;
        }
        *settled = true;
        JobOutcome o;
        o.error = j->error();
        o.message = j->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j); read && o.error == QKeychain::NoError)
            o.data = read->binaryData();
        done(o);
    });
    QTimer::singleShot(timeoutMs, anchor, [settled, done, timeoutMs] {
        if (*settled)
            return;
        *settled = true;
        KeychainState &st = state();
        if (st.stuck++ == 0)
            st.stuckSince.start();
        qCWarning(lcSecrets, "the OS keychain did not answer within %d ms", timeoutMs);
        JobOutcome o;
        o.state = JobOutcome::State::TimedOut;
        o.waitedMs = timeoutMs;
        done(o);
    });
    job->start();
}

// Whether the secret service's default collection (where QtKeychain writes) is locked. Asked directly over D-Bus
// because a lookup in a locked keyring that cannot prompt for its password comes back as "not found".
void checkDefaultCollectionLocked(int timeoutMs, std::function<void(bool)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return done(false);
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                       QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    QObject *anchor = secrets::secretsThreadAnchor();
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, timeoutMs), anchor);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, anchor, [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QDBusVariant> reply = *w;
        w->deleteLater();
        done(!reply.isError() && reply.value().variant().toBool());
    });
}

// A read whose "not found" is checked against a locked keyring, which reads the same.
void readKey(const QString &key, int timeoutMs, std::function<void(JobOutcome)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setKey(key);
    runJob(job, timeoutMs, [timeoutMs, done](JobOutcome o) {
        if (!o.notFound())
            return done(o);
        checkDefaultCollectionLocked(timeoutMs, [o, done](bool locked) mutable {
            if (locked) {
                o.error = QKeychain::AccessDenied;
                o.locked = true;
                o.message = msg::KeyringLocked();
            }
            done(o);
        });
    });
}

void writeKey(const QString &key, const QByteArray &value, int timeoutMs, std::function<void(JobOutcome)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setKey(key);
    // Text when it is text, so other keychain tools (secret-tool, Seahorse) show it as it was typed.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(value);
    if (!utf8.hasError() && !value.contains('\0'))
        job->setTextData(text);
    else
        job->setBinaryData(value);
    runJob(job, timeoutMs, std::move(done));
}

void deleteKey(const QString &key, int timeoutMs, std::function<void(JobOutcome)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setKey(key);
    runJob(job, timeoutMs, std::move(done));
}

// "Cannot <action> the OS keychain: <why>. <what to do>", with the matching code.
Error keychainError(const JobOutcome &o, const QString &action, const QString &reference)
{
    switch (o.state) {
    case JobOutcome::State::TimedOut:
        return Error(SecretError::Timeout,
                     msg::KeychainTimedOut(o.waitedMs, action, keychainAdvice()));
    case JobOutcome::State::Stuck:
        return Error(SecretError::Timeout,
                     msg::KeychainStuck(o.waitedMs / 1000, action, keychainAdvice()));
    case JobOutcome::State::Answered:
        break;
    }
    switch (o.error) {
    case QKeychain::EntryNotFound:
        return Error(SecretError::NotFound,
                     msg::NoSecretInKeychain(reference));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(SecretError::Denied, msg::KeychainDenied(action, o.message));
    default:
        return Error(SecretError::Unavailable, msg::KeychainFailed(action, o.message, keychainAdvice()));
    }
}

// The index entry: {"names": [...]}. Absent means empty; unreadable is reported.
void readIndex(int timeoutMs, std::function<void(Result<QStringList>)> done)
{
    readKey(IndexKey, timeoutMs, [done](const JobOutcome &o) {
        if (o.notFound())
            return done(QStringList());
        if (!o.ok())
            return done(keychainError(o, msg::KeychainReadingIndex(), IndexKey));
        const QJsonDocument doc = QJsonDocument::fromJson(o.data);
        QStringList names;
        for (const QJsonValue &v : doc.object().value(QStringLiteral("names")).toArray()) {
            if (validateSecretReference(v.toString()))
                names.append(v.toString());
        }
        if (!doc.isObject())
            qCWarning(lcSecrets, "the keychain index of OrderFlow's secrets is not valid JSON; it is rewritten on the next change");
        names.sort();
        names.removeDuplicates();
        done(names);
    });
}

void writeIndex(const QStringList &names, int timeoutMs, std::function<void(Status)> done)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(names)}}).toJson(QJsonDocument::Compact);
    writeKey(IndexKey, json, timeoutMs, [done](const JobOutcome &o) {
        if (!o.ok())
            return done(keychainError(o, msg::KeychainUpdatingIndex(), IndexKey));
        done({});
    });
}

// Two processes (the engine and the CLI, say) must not both read-modify-write the index at once. The lock is
// retried from a timer, so the secrets thread keeps answering while it waits.
void lockIndex(int timeoutMs, std::function<void(std::shared_ptr<QLockFile>)> done)
{
    const QString dir = credentialDataDirectory();
    if (!QDir().mkpath(dir)) {
        qCWarning(lcSecrets, "cannot create %s for the keychain index lock; updating the index without it", qUtf8Printable(dir));
        return done(nullptr);
    }
    auto lock = std::make_shared<QLockFile>(dir + QStringLiteral("/keychain-index.lock"));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // The timer holds the retry; the function only refers to itself weakly, so nothing keeps it alive in a cycle.
    auto attempt = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> self = attempt;
    *attempt = [lock, clock, timeoutMs, done, self] {
        if (lock->tryLock(0))
            return done(lock);
        if (lock->error() != QLockFile::LockFailedError || clock->elapsed() > timeoutMs) {
            qCWarning(lcSecrets, "cannot take the keychain index lock %s; updating the index without it", qUtf8Printable(lock->fileName()));
            return done(nullptr);
        }
        QTimer::singleShot(LockRetryMs, secrets::secretsThreadAnchor(), [again = self.lock()] { (*again)(); });
    };
    (*attempt)();
}

} // namespace

int keychainTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("ORDERFLOW_KEYCHAIN_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 100 ? fromEnv : 5000;
}

KeychainStore::KeychainStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

QString KeychainStore::describe() const
{
    return QStringLiteral("the OS keychain (service orderflow)");
}

void KeychainStore::probeHere(int timeoutMs, StatusDone done)
{
    enqueue([timeoutMs, done](std::function<void()> next) {
        readKey(IndexKey, timeoutMs, [done, next](const JobOutcome &o) {
            next();
            // A locked keyring answers: it stays the store, and each operation says it is locked. Falling back to
            // the file while it is locked would split the secrets between two places.
            if (o.ok() || o.notFound() || o.locked)
                return done({});
            // Only the reason: the caller knows what to suggest, which depends on what else is configured.
            switch (o.state) {
            case JobOutcome::State::TimedOut:
                return done(Error(SecretError::Timeout, QStringLiteral("it did not answer within %1 ms").arg(o.waitedMs)));
            case JobOutcome::State::Stuck:
                return done(Error(SecretError::Timeout, QStringLiteral("it has not answered a request made %1 s ago").arg(o.waitedMs / 1000)));
            case JobOutcome::State::Answered:
                break;
            }
            const Error e = keychainError(o, QString(), IndexKey);
            done(Error(e.code, o.message.isEmpty() ? QStringLiteral("error %1").arg(int(o.error)) : o.message));
        });
    });
}

void KeychainStore::readHere(const QString &reference, ValueDone done)
{
    const int timeout = m_timeoutMs;
    enqueue([reference, timeout, done](std::function<void()> next) {
        readKey(reference, timeout, [reference, done, next](const JobOutcome &o) {
            next();
            if (!o.ok())
                return done(keychainError(o, msg::KeychainReadingSecret(reference), reference));
            qCDebug(lcSecrets, "read %s from the OS keychain", qUtf8Printable(reference));
            done(o.data);
        });
    });
}

void KeychainStore::writeHere(const QString &reference, const QByteArray &value, StatusDone done)
{
    const int timeout = m_timeoutMs;
    // The name goes into the index first, so the index never misses a stored secret; if storing fails, the name
    // is taken out again.
    enqueue([reference, value, timeout, done](std::function<void()> next) {
        lockIndex(timeout, [reference, value, timeout, done, next](std::shared_ptr<QLockFile> lock) {
            auto finish = [done, next, lock](Status s) {
                if (lock)
                    lock->unlock();
                next();
                done(s);
            };
            readIndex(timeout, [reference, value, timeout, finish](Result<QStringList> names) {
                if (!names)
                    return finish(names.error());
                const bool added = !names->contains(reference);
                QStringList updated = *names;
                if (added) {
                    updated.append(reference);
                    updated.sort();
                }
                auto storeValue = [reference, value, timeout, finish, added, original = *names] {
                    writeKey(reference, value, timeout, [reference, timeout, finish, added, original](const JobOutcome &o) {
                        if (o.ok()) {
                            qCDebug(lcSecrets, "stored %s in the OS keychain", qUtf8Printable(reference));
                            return finish({});
                        }
                        const Error e = keychainError(o, msg::KeychainStoringSecret(reference), reference);
                        if (!added || o.state != JobOutcome::State::Answered)
                            return finish(e);
                        writeIndex(original, timeout, [finish, e](const Status &) { finish(e); });
                    });
                };
                if (!added)
                    return storeValue();
                writeIndex(updated, timeout, [storeValue, finish](const Status &s) {
                    if (!s)
                        return finish(s);
                    storeValue();
                });
            });
        });
    });
}

void KeychainStore::removeHere(const QString &reference, StatusDone done)
{
    const int timeout = m_timeoutMs;
    // QtKeychain reports deleting an absent entry as success, so whether it exists is read first.
    enqueue([reference, timeout, done](std::function<void()> next) {
        lockIndex(timeout, [reference, timeout, done, next](std::shared_ptr<QLockFile> lock) {
            auto finish = [done, next, lock](Status s) {
                if (lock)
                    lock->unlock();
                next();
                done(s);
            };
            auto dropFromIndex = [reference, timeout, finish](const Status &result) {
                // The secret is gone either way; a name left in the index only shows in `secrets list`.
                readIndex(timeout, [reference, timeout, finish, result](Result<QStringList> names) {
                    if (!names)
                        qCWarning(lcSecrets, "%s: %s", qUtf8Printable(reference), qUtf8Printable(names.error().message));
                    if (!names || !names->contains(reference))
                        return finish(result);
                    QStringList updated = *names;
                    updated.removeAll(reference);
                    writeIndex(updated, timeout, [reference, finish, result](const Status &s) {
                        if (!s)
                            qCWarning(lcSecrets, "%s: %s", qUtf8Printable(reference), qUtf8Printable(s.error().message));
                        finish(result);
                    });
                });
            };
            readKey(reference, timeout, [reference, timeout, finish, dropFromIndex](JobOutcome o) {
                o.data.fill('\0');
                if (o.notFound())
                    return dropFromIndex(keychainError(o, QString(), reference));
                if (!o.ok())
                    return finish(keychainError(o, msg::KeychainLookingUpToDelete(reference), reference));
                deleteKey(reference, timeout, [reference, finish, dropFromIndex](const JobOutcome &d) {
                    if (!d.ok())
                        return finish(keychainError(d, msg::KeychainDeletingSecret(reference), reference));
                    qCDebug(lcSecrets, "deleted %s from the OS keychain", qUtf8Printable(reference));
                    dropFromIndex({});
                });
            });
        });
    });
}

void KeychainStore::listHere(NamesDone done)
{
    const int timeout = m_timeoutMs;
    enqueue([timeout, done](std::function<void()> next) {
        readIndex(timeout, [done, next](Result<QStringList> names) {
            next();
            done(std::move(names));
        });
    });
}

} // namespace orderflow
