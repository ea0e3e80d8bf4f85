// `orderflow config apply FILE | export`, and applying a configuration document (also for `run --config`).
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"
#include "cli/commands/ConfigEntityActions.h"

#include "pipeline/ConfigEditor.h"
#include "pipeline/Configuration.h"
#include "storage/AuditLog.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace orderflow::cli {

namespace {

int cmdConfig(const QStringList &args)
{
    // `config schema` needs no database and has options of its own.
    if (args.size() > 1 && args.at(1) == QLatin1String("schema"))
        return cmdConfigSchema(args);
    Command c(QStringLiteral("orderflow config apply FILE | config export [--defaults] | config schema [--type TYPE]: set organisations, "
                             "sources, connections and products from JSON, print them, or print the JSON Schema config files follow. export always "
                             "prints JSON (--json is accepted); apply --json prints what it applied as JSON."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("apply, export or schema"));
    c.parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("JSON file (apply)"));
    QCommandLineOption defaults(QStringLiteral("defaults"), QStringLiteral("export: write every default value out (by default they are left out)."));
    c.parser.addOption(defaults);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    const QStringList pos = c.parser.positionalArguments();
    // apply sets a workspace up, so it may create the database; export only reads one that exists.
    auto db = c.open(pos.first() == QLatin1String("apply") || c.parser.isSet(c.create) ? Database::OpenMode::Create : Database::OpenMode::Existing);
    if (!db)
        return fail(db.error().message);
    if (pos.first() == QLatin1String("export")) {
        auto exported = exportConfigDocument(**db, c.parser.isSet(defaults) ? ExportDefaults::Explicit : ExportDefaults::Omit);
        if (!exported)
            return fail(exported.error().message);
        printJson(*exported);
        return Ok;
    }
    if (pos.first() != QLatin1String("apply") || pos.size() < 2)
        return fail(QStringLiteral("use `orderflow config apply FILE`, `orderflow config export` or `orderflow config schema`."), Usage);
    return applyConfigFile(**db, pos.at(1), c.wantsJson(), [&](const ApplySummary &s) {
        if (c.wantsJson()) {
            printJson(QJsonObject{{QStringLiteral("database"), (*db)->path()}, {QStringLiteral("orgs"), s.orgs}, {QStringLiteral("connections"), s.connections},
                                  {QStringLiteral("sources"), s.sources}, {QStringLiteral("products"), s.products}});
        } else {
            out() << QStringLiteral("applied %1 orgs, %2 connections, %3 sources, %4 products to %5").arg(s.orgs).arg(s.connections).arg(s.sources).arg(s.products).arg((*db)->path()) << Qt::endl;
        }
    });
}

} // namespace

Result<QJsonObject> readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("not_found"), QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return Error(QStringLiteral("config"), QStringLiteral("%1 is not a JSON object (%2 at byte %3).").arg(path, e.errorString()).arg(e.offset));
    return doc.object();
}

int applyConfigFile(Database &db, const QString &path, bool json, const std::function<void(const ApplySummary &)> &applied)
{
    auto doc = readJsonFile(path);
    if (!doc)
        return fail(doc.error().message, codeFor(doc.error()));
    // Like `sources|connections edit`: a secret an entry no longer refers to leaves the credential store, unless
    // another entry still uses it.
    auto done = ConfigEditor(db, operatorName()).apply(*doc);
    if (!done)
        return fail(QStringLiteral("%1: %2").arg(path, done.error().message));
    if (applied)
        applied(done->summary);
    return removeReleasedSecrets(*done, QStringLiteral("%1 was applied").arg(path), json);
}

// Checked against every type's schema before anything is stored.
Status applyConfig(Database &db, const QJsonObject &doc, ApplySummary *summary)
{
    auto applied = applyConfigDocument(db, doc);
    if (!applied)
        return applied.error();
    if (summary)
        *summary = *applied;
    return {};
}

CliCommand configCommand()
{
    return {QStringLiteral("config"),
            {{QStringLiteral("config apply FILE | export"), QStringLiteral("set up or print organisations, sources, connections")},
             {QStringLiteral("config schema [--type TYPE]"), QStringLiteral("JSON Schema of config files (for editors)")}},
            cmdConfig};
}

} // namespace orderflow::cli
