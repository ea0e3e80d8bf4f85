// `orderflow config apply FILE | export`, and applying a configuration document (also for `run --config`).
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "pipeline/Transformations.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace orderflow::cli {

namespace {

int cmdConfig(const QStringList &args)
{
    Command c(QStringLiteral("orderflow config apply FILE | config export: set organisations, sources, connections and products from JSON, or print them."), false);
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("apply or export"));
    c.parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("JSON file (apply)"));
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    const QStringList pos = c.parser.positionalArguments();
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    if (pos.first() == QLatin1String("export")) {
        auto exported = ConfigRepository(**db).exportConfig();
        if (!exported)
            return fail(exported.error().message);
        printJson(*exported);
        return Ok;
    }
    if (pos.first() != QLatin1String("apply") || pos.size() < 2)
        return fail(QStringLiteral("use `orderflow config apply FILE` or `orderflow config export`."), Usage);
    auto doc = readJsonFile(pos.at(1));
    if (!doc)
        return fail(doc.error().message, codeFor(doc.error()));
    ApplySummary s;
    if (Status st = applyConfig(**db, *doc, &s); !st)
        return fail(st.error().message);
    out() << QStringLiteral("applied %1 orgs, %2 connections, %3 sources, %4 products to %5").arg(s.orgs).arg(s.connections).arg(s.sources).arg(s.products).arg((*db)->path()) << Qt::endl;
    return Ok;
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

Status applyConfig(Database &db, const QJsonObject &doc, ApplySummary *summary)
{
    for (const QJsonValue &s : doc.value(QStringLiteral("sources")).toArray()) {
        if (Status t = validateTransforms(s.toObject().value(QStringLiteral("config")).toObject().value(QStringLiteral("transforms")).toArray()); !t)
            return Error(t.error().code, QStringLiteral("source '%1': %2").arg(s.toObject().value(QStringLiteral("name")).toString(), t.error().message));
    }
    ConfigRepository config(db);
    auto applied = config.apply(doc);
    if (!applied)
        return applied.error();
    if (summary)
        *summary = *applied;
    return {};
}

CliCommand configCommand()
{
    return {QStringLiteral("config"), QStringLiteral("config apply FILE | export"), QStringLiteral("set up or print organisations, sources, connections"), cmdConfig};
}

} // namespace orderflow::cli
