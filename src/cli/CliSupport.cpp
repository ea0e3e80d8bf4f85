#include "cli/CliSupport.h"

#include "pipeline/OrderProcessor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace orderflow::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

namespace {
bool g_jsonErrors = false;

QString exitCodeName(int code)
{
    switch (code) {
    case ItemFailed: return QStringLiteral("item_failed");
    case Usage: return QStringLiteral("usage");
    case NotFound: return QStringLiteral("not_found");
    default: return QStringLiteral("failure");
    }
}
} // namespace

void setJsonErrors(bool on)
{
    g_jsonErrors = on;
}

int fail(const QString &message, int code)
{
    if (g_jsonErrors) {
        // Scripts that asked for --json read errors the same way: one JSON object on stderr; stdout stays the data.
        const QJsonObject e{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), exitCodeName(code)}, {QStringLiteral("exit_code"), code},
                                                                  {QStringLiteral("message"), message}}}};
        err() << QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        err() << "orderflow: " << message << Qt::endl;
    }
    return code;
}

int codeFor(const Error &e)
{
    if (e.code == QLatin1String("not_found"))
        return NotFound;
    // What the operator typed does not name one thing (too short an id prefix, several matches): a usage error.
    if (e.code == QLatin1String("bad_id") || e.code == QLatin1String("ambiguous"))
        return Usage;
    return Failure;
}

PagingOptions::PagingOptions(Command &c, const QString &what, int defaultLimit)
    : limit(QStringLiteral("limit"), QStringLiteral("At most N %1 (default %2).").arg(what).arg(defaultLimit), QStringLiteral("N"), QString::number(defaultLimit))
    , offset(QStringLiteral("offset"), QStringLiteral("Skip the first K %1 of the listing (default 0).").arg(what), QStringLiteral("K"), QStringLiteral("0"))
{
    c.parser.addOptions({limit, offset});
}

int PagingOptions::read(const Command &c, Paging &paging) const
{
    bool limitOk = false, offsetOk = false;
    paging.limit = c.parser.value(limit).toInt(&limitOk);
    paging.offset = c.parser.value(offset).toInt(&offsetOk);
    if (!limitOk || paging.limit < 1 || !offsetOk || paging.offset < 0)
        return fail(QStringLiteral("--limit needs a whole number of at least 1 and --offset one of at least 0 (got '%1' and '%2').")
                        .arg(c.parser.value(limit), c.parser.value(offset)),
                    Usage);
    return -1;
}

void printTruncation(const Command &c, qint64 shown, qint64 offset, qint64 total, const QString &what)
{
    const qint64 more = total - offset - shown;
    if (more <= 0)
        return;
    const QString note = QStringLiteral("%1 of %2 %3 shown (from %4); %5 more: use --offset %6 or --limit N.")
                             .arg(shown).arg(total).arg(what).arg(offset + 1).arg(more).arg(offset + shown);
    if (c.wantsJson()) {
        err() << "orderflow: " << note << Qt::endl;
    } else {
        out() << note << '\n';
        out().flush();
    }
}

void printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

QString defaultDatabase()
{
    return defaultDatabasePath();
}

Command::Command(const QString &description, bool withJson)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(db);
    parser.addOption(create);
    if (withJson)
        parser.addOption(json);
}

int Command::parse(const QStringList &args, int minPositional)
{
    if (!parser.parse(args))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() < minPositional)
        return fail(QStringLiteral("missing arguments.\n") + parser.helpText(), Usage);
    return -1;
}

// Validates and decides what was just stored, so the CLI can show where the orders stand.
Status processReceived(Database &db)
{
    OrderProcessor processor(db);
    while (true) {
        auto batch = processor.processBatch(500);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return {};
    }
}

int reportResults(const Command &c, const QList<ActionResult> &results)
{
    int failures = 0;
    QJsonArray a;
    for (const ActionResult &r : results) {
        a.append(QJsonObject{{QStringLiteral("id"), r.orderId}, {QStringLiteral("ok"), r.ok}, {QStringLiteral("message"), r.message}});
        if (!r.ok)
            ++failures;
        if (!c.wantsJson())
            out() << QStringLiteral("%1: %2 %3\n").arg(r.orderId, r.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"), r.message);
    }
    if (c.wantsJson())
        printJson(a);
    else
        out() << QStringLiteral("%1 succeeded, %2 failed\n").arg(results.size() - failures).arg(failures);
    out().flush();
    return failures ? ItemFailed : Ok;
}

int runChain(const std::function<void(QObject *context, std::function<void(int)> finish)> &start)
{
    QObject context;
    int code = Failure;
    bool finished = false;
    start(&context, [&code, &finished](int rc) {
        code = rc;
        finished = true;
        QCoreApplication::exit(rc);
    });
    if (!finished)
        QCoreApplication::exec();
    return code;
}

// What OpenSSH calls a key type in "… key fingerprint is …" lines.
QString opensshKeyName(const QString &type)
{
    if (type == QLatin1String("ssh-ed25519") || type.startsWith(QLatin1String("ssh-ed25519-")))
        return QStringLiteral("ED25519");
    if (type.startsWith(QLatin1String("ecdsa-sha2-")) || type.startsWith(QLatin1String("sk-ecdsa-")))
        return QStringLiteral("ECDSA");
    if (type == QLatin1String("ssh-rsa") || type.startsWith(QLatin1String("rsa-sha2-")))
        return QStringLiteral("RSA");
    if (type == QLatin1String("ssh-dss"))
        return QStringLiteral("DSA");
    if (type.startsWith(QLatin1String("sk-ssh-ed25519")))
        return QStringLiteral("ED25519-SK");
    return type.toUpper();
}

QString hostArgument(const QString &host, int port)
{
    return port == 22 ? host : (host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port) : QStringLiteral("%1:%2").arg(host).arg(port));
}

// The transport logs every connect and each failure; these commands print the same as steps, so keep stderr for
// what matters (QT_LOGGING_RULES still wins when set).
void quietTransportLog()
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("orderflow.sftp*.debug=false\norderflow.sftp*.info=false\norderflow.sftp*.warning=false\n"
                                                        "orderflow.connectiontest.debug=false\norderflow.connectiontest.info=false"));
}

} // namespace orderflow::cli
