// Shared by the credential store tests: waiting for asynchronous results, running the `orderflow` program with
// a chosen environment and stdin, distinctive secrets to search for.
#pragma once

#include "secrets/CredentialStore.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTest>

#include <optional>

namespace orderflow::test {

// Starts an asynchronous call with a context object and waits (test code only) until its result arrives.
template <typename R, typename Start>
R awaitResult(Start start, int timeoutMs = 30000)
{
    std::optional<R> result;
    QObject context;
    start(&context, [&result](R r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return R(Error(QStringLiteral("test"), QStringLiteral("no answer within %1 ms").arg(timeoutMs)));
    return std::move(*result);
}

inline Result<QByteArray> readSecret(const CredentialStorePtr &store, const QString &ref)
{
    return awaitResult<Result<QByteArray>>([&](QObject *c, auto done) { store->read(ref, c, done); });
}

inline Status writeSecret(const CredentialStorePtr &store, const QString &ref, const QByteArray &value)
{
    return awaitResult<Status>([&](QObject *c, auto done) { store->write(ref, value, c, done); });
}

inline Status removeSecret(const CredentialStorePtr &store, const QString &ref)
{
    return awaitResult<Status>([&](QObject *c, auto done) { store->remove(ref, c, done); });
}

inline Result<QStringList> listSecrets(const CredentialStorePtr &store)
{
    return awaitResult<Result<QStringList>>([&](QObject *c, auto done) { store->list(c, done); });
}

inline Result<CredentialStorePtr> openStore(SecretStoreChoice choice = SecretStoreChoice::Automatic)
{
    return awaitResult<Result<CredentialStorePtr>>([&](QObject *c, auto done) { openCredentialStore(c, done, choice); });
}

// A value no program would print by accident, so finding it anywhere is a leak.
inline QByteArray distinctiveSecret(const char *tag)
{
    return QByteArray("S3cr3t-") + tag + '-' + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "-x!";
}

inline QByteArray randomMasterKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key.toHex();
}

// Points this process's credential store at a fresh encrypted file (ORDERFLOW_SECRET_STORE=file, a random
// ENCRYPTION_MASTER_KEY, ORDERFLOW_SECRETS_FILE), as a machine without a keychain has it.
inline void useEncryptedFileStore(const QString &file)
{
    qputenv("ORDERFLOW_SECRET_STORE", "file");
    qputenv("ENCRYPTION_MASTER_KEY", randomMasterKey());
    qputenv("ORDERFLOW_SECRETS_FILE", QFile::encodeName(file));
}

struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
    QString text() const { return QString::fromUtf8(all()); }
};

// Runs `orderflow ARGS` with `env`, `input` on its stdin (then closed): never the terminal.
inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ORDERFLOW_CLI), args);
    if (!p.waitForStarted(10000))
        return CliRun{-2, {}, p.errorString().toUtf8()};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return CliRun{-3, p.readAllStandardOutput(), p.readAllStandardError() + "\n[test: killed after timeout]"};
    }
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// Runs any program; stdout, or an error with its stderr.
inline CliRun runTool(const QString &program, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 30000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return CliRun{-2, {}, p.errorString().toUtf8()};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return CliRun{-3, {}, "killed after timeout"};
    }
    return CliRun{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace orderflow::test
