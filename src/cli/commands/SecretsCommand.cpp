// `orderflow secrets set|list|delete|migrate`: the credential store from the command line. A value is never
// taken from the command line (it would show in `ps` and in the shell history): it comes from a prompt without
// echo on a terminal, or from standard input. Output and logs name references, never values.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "secrets/CredentialStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace orderflow::cli {
namespace {

constexpr qsizetype MaxSecretBytes = 1024 * 1024;

// The terminal as it was before echo was switched off, for the SIGINT handler to put back.
termios g_savedTerminal;
volatile sig_atomic_t g_echoOff = 0;

void restoreTerminalAndDie(int signal)
{
    if (g_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// One line from the terminal without echo; the prompt goes to stderr.
Result<QByteArray> promptHidden(const QString &prompt)
{
    err() << prompt;
    err().flush();
    if (::tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
        return Error(QStringLiteral("usage"), QStringLiteral("cannot switch off echo on this terminal; pipe the secret on stdin instead."));
    termios quiet = g_savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL;
    auto previousInt = std::signal(SIGINT, restoreTerminalAndDie);
    auto previousTerm = std::signal(SIGTERM, restoreTerminalAndDie);
    g_echoOff = 1;
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QByteArray line;
    char ch = 0;
    while (line.size() <= MaxSecretBytes) {
        const ssize_t n = ::read(STDIN_FILENO, &ch, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || ch == '\n')
            break;
        line.append(ch);
    }
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_echoOff = 0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// On a terminal: asked twice without echo. Otherwise: all of stdin, minus one final line break (so that
// `echo "$PW" | orderflow secrets set …` and `printf %s "$PW" | …` store the same value).
Result<QByteArray> readSecretValue(const QString &reference)
{
    QByteArray value;
    if (::isatty(STDIN_FILENO)) {
        Result<QByteArray> first = promptHidden(QStringLiteral("Secret for %1: ").arg(reference));
        if (!first)
            return first;
        Result<QByteArray> again = promptHidden(QStringLiteral("Again, to confirm: "));
        if (!again)
            return again;
        if (*first != *again)
            return Error(QStringLiteral("usage"), QStringLiteral("the two entries differ; nothing was stored."));
        value = *first;
    } else {
        char buffer[4096];
        while (value.size() <= MaxSecretBytes) {
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            value.append(buffer, n);
        }
        if (value.endsWith('\n'))
            value.chop(1);
        if (value.endsWith('\r'))
            value.chop(1);
    }
    if (value.size() > MaxSecretBytes)
        return Error(QStringLiteral("usage"), QStringLiteral("the secret is larger than 1 MiB; nothing was stored."));
    if (value.isEmpty())
        return Error(QStringLiteral("usage"), QStringLiteral("the secret is empty; nothing was stored. Type it at the prompt, or pipe it on stdin."));
    return value;
}

int exitCodeFor(const Error &e)
{
    if (e.code == SecretError::NotFound)
        return NotFound;
    if (e.code == SecretError::Reference)
        return Usage;
    return Failure;
}

int failWith(const Error &e)
{
    return fail(e.message, exitCodeFor(e));
}

// Copies each secret of `from` into `to`, reads it back from `to`, and only when every one arrived removes
// them from `from` (unless keep). The names are printed; the values never leave the stores and this process.
struct Migration {
    CredentialStorePtr from;
    CredentialStorePtr to;
    QStringList names;
    qsizetype next = 0;
    bool keep = false;
    bool json = false;
    QObject *context = nullptr;
    std::function<void(int)> finish;

    void copyNext(const std::shared_ptr<Migration> &self)
    {
        if (next == names.size())
            return keep ? report() : removeNext(self, 0);
        const QString name = names.at(next);
        from->read(name, context, [self, name](Result<QByteArray> value) {
            if (!value)
                return self->stop(name, value.error());
            self->to->write(name, *value, self->context, [self, name, value = *value](const Status &written) {
                if (!written)
                    return self->stop(name, written.error());
                self->to->read(name, self->context, [self, name, value](Result<QByteArray> back) {
                    if (!back)
                        return self->stop(name, back.error());
                    if (*back != value)
                        return self->stop(name, Error(SecretError::Corrupt, QStringLiteral("the value read back from %1 differs from the one written.")
                                                                             .arg(self->to->describe())));
                    ++self->next;
                    self->copyNext(self);
                });
            });
        });
    }

    void removeNext(const std::shared_ptr<Migration> &self, qsizetype i)
    {
        if (i == names.size())
            return report();
        from->remove(names.at(i), context, [self, i](const Status &removed) {
            if (!removed) {
                err() << QStringLiteral("orderflow: %1 was copied, but removing it from %2 failed: %3\n")
                             .arg(self->names.at(i), self->from->describe(), removed.error().message);
                err().flush();
                return self->finish(ItemFailed);
            }
            self->removeNext(self, i + 1);
        });
    }

    void stop(const QString &name, const Error &e)
    {
        fail(QStringLiteral("migration stopped at %1: %2 %3 of %4 secrets were copied to %5; nothing was removed from %6.")
                 .arg(name, e.message).arg(next).arg(names.size()).arg(to->describe(), from->describe()));
        finish(exitCodeFor(e) == Usage ? Failure : exitCodeFor(e));
    }

    void report()
    {
        if (json) {
            printJson(QJsonObject{{QStringLiteral("from"), from->backendName()}, {QStringLiteral("to"), to->backendName()},
                                  {QStringLiteral("secrets"), QJsonArray::fromStringList(names)}, {QStringLiteral("kept_in_source"), keep}});
        } else {
            out() << QStringLiteral("%1 %2 secrets from %3 to %4:\n").arg(keep ? QStringLiteral("Copied") : QStringLiteral("Moved"))
                         .arg(names.size()).arg(from->describe(), to->describe());
            for (const QString &n : std::as_const(names))
                out() << "  " << n << "\n";
            out().flush();
        }
        finish(Ok);
    }
};

int cmdSecrets(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "orderflow secrets set REF | list | delete REF | migrate --to keychain|file [--keep]\n"
        "Secrets (passwords, tokens, key passphrases) live in the OS keychain (service 'orderflow') or, without one, in the "
        "encrypted file $ORDERFLOW_SECRETS_FILE (default ~/.local/share/orderflow/secrets.enc, key ENCRYPTION_MASTER_KEY). "
        "ORDERFLOW_SECRET_STORE=keychain|file picks one. REF is <kind>/<id>/<field>, e.g. connection/7/password; configs "
        "refer to it as \"password\": {\"secret\": \"connection/7/password\"}.\n"
        "`set` reads the value from a prompt without echo, or from stdin (one final line break dropped) — never from the command line."));
    parser.addHelpOption();
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Machine-readable JSON output."));
    QCommandLineOption to(QStringLiteral("to"), QStringLiteral("migrate: the store to move the secrets to (keychain or file)."), QStringLiteral("STORE"));
    QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("migrate: leave the secrets in the old store as well."));
    parser.addOptions({json, to, keep});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set, list, delete or migrate"));
    parser.addPositionalArgument(QStringLiteral("ref"), QStringLiteral("<kind>/<id>/<field> (set, delete)"));
    if (!parser.parse(args))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const bool wantsJson = parser.isSet(json);

    if (action == QLatin1String("set") || action == QLatin1String("delete")) {
        // Whatever else is on the command line is not echoed: it may be the secret typed in the wrong place.
        if (pos.size() != 2)
            return fail(QStringLiteral("use `orderflow secrets %1 REF`%2.")
                            .arg(action, action == QLatin1String("set") ? QStringLiteral(" — the value is read from a prompt without echo or from stdin, "
                                                                                          "never from the command line, so nothing else may follow REF")
                                                                        : QString()),
                        Usage);
        const QString reference = pos.at(1);
        if (Status valid = validateSecretReference(reference); !valid)
            return failWith(valid.error());
        QByteArray value;
        if (action == QLatin1String("set")) {
            Result<QByteArray> read = readSecretValue(reference);
            if (!read)
                return fail(read.error().message, Usage);
            value = std::move(*read);
        }
        const int rc = runChain([&](QObject *context, std::function<void(int)> finish) {
            openCredentialStore(context, [=, &value](Result<CredentialStorePtr> store) {
                if (!store)
                    return finish(failWith(store.error()));
                CredentialStorePtr s = *store;
                auto done = [=](const Status &st) {
                    if (!st)
                        return finish(failWith(st.error()));
                    const bool stored = action == QLatin1String("set");
                    if (wantsJson)
                        printJson(QJsonObject{{stored ? QStringLiteral("stored") : QStringLiteral("deleted"), reference},
                                              {QStringLiteral("store"), s->backendName()}, {QStringLiteral("location"), s->describe()}});
                    else
                        out() << (stored ? QStringLiteral("Stored secret %1 in %2.").arg(reference, s->describe())
                                         : QStringLiteral("Deleted secret %1 from %2.").arg(reference, s->describe())) << Qt::endl;
                    finish(Ok);
                };
                if (action == QLatin1String("set"))
                    s->write(reference, value, context, done);
                else
                    s->remove(reference, context, done);
            });
        });
        value.fill('\0');
        return rc;
    }

    if (action == QLatin1String("list")) {
        if (pos.size() != 1)
            return fail(QStringLiteral("use `orderflow secrets list`."), Usage);
        return runChain([&](QObject *context, std::function<void(int)> finish) {
            openCredentialStore(context, [=](Result<CredentialStorePtr> store) {
                if (!store)
                    return finish(failWith(store.error()));
                CredentialStorePtr s = *store;
                s->list(context, [=](Result<QStringList> names) {
                    if (!names)
                        return finish(failWith(names.error()));
                    if (wantsJson) {
                        printJson(QJsonObject{{QStringLiteral("store"), s->backendName()}, {QStringLiteral("location"), s->describe()},
                                              {QStringLiteral("secrets"), QJsonArray::fromStringList(*names)}});
                    } else {
                        if (names->isEmpty())
                            err() << QStringLiteral("No secrets in %1.\n").arg(s->describe());
                        for (const QString &n : std::as_const(*names))
                            out() << n << "\n";
                        out().flush();
                        err().flush();
                    }
                    finish(Ok);
                });
            });
        });
    }

    if (action == QLatin1String("migrate")) {
        if (pos.size() != 1 || !parser.isSet(to))
            return fail(QStringLiteral("use `orderflow secrets migrate --to keychain|file [--keep]`."), Usage);
        Result<SecretStoreChoice> target = parseSecretStoreChoice(parser.value(to));
        if (!target)
            return fail(target.error().message, Usage);
        const SecretStoreChoice source = *target == SecretStoreChoice::Keychain ? SecretStoreChoice::File : SecretStoreChoice::Keychain;
        const bool keepOld = parser.isSet(keep);
        return runChain([&](QObject *context, std::function<void(int)> finish) {
            openCredentialStore(context, [=](Result<CredentialStorePtr> from) {
                if (!from)
                    return finish(failWith(from.error()));
                openCredentialStore(context, [=](Result<CredentialStorePtr> into) {
                    if (!into)
                        return finish(failWith(into.error()));
                    (*from)->list(context, [=, from = *from, into = *into](Result<QStringList> names) {
                        if (!names)
                            return finish(failWith(names.error()));
                        if (names->isEmpty()) {
                            out() << QStringLiteral("Nothing to migrate: %1 holds no secrets.").arg(from->describe()) << Qt::endl;
                            return finish(Ok);
                        }
                        auto m = std::make_shared<Migration>();
                        m->from = from;
                        m->to = into;
                        m->names = *names;
                        m->keep = keepOld;
                        m->json = wantsJson;
                        m->context = context;
                        m->finish = finish;
                        m->copyNext(m);
                    });
                }, *target);
            }, source);
        });
    }

    return fail(QStringLiteral("unknown action '%1'; use set, list, delete or migrate (see `orderflow secrets --help`).").arg(action.left(40)), Usage);
}

} // namespace

CliCommand secretsCommand()
{
    return {QStringLiteral("secrets"),
            {{QStringLiteral("secrets set REF | list | delete REF | migrate --to keychain|file"), {}},
             {QString(), QStringLiteral("credentials in the OS keychain or the encrypted file")}},
            cmdSecrets};
}

} // namespace orderflow::cli
