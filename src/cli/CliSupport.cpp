#include "cli/CliSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    const QString env = qEnvironmentVariable("ORDERFLOW_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/orderflow.db");
}

Command::Command(const QString &description, bool withJson)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(db);
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

} // namespace orderflow::cli
