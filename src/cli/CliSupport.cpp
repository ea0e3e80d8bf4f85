#include "cli/CliSupport.h"

#include "pipeline/OrderProcessor.h"

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

int fail(const QString &message, int code)
{
    err() << "orderflow: " << message << Qt::endl;
    return code;
}

int codeFor(const Error &e)
{
    return e.code == QLatin1String("not_found") ? NotFound : Failure;
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
