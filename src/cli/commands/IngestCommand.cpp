// `orderflow ingest FILE...`: store partner files as inbound messages and orders.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "pipeline/Ingestor.h"
#include "storage/ConfigRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace orderflow::cli {

namespace {

int cmdIngest(const QStringList &args)
{
    Command c(QStringLiteral("orderflow ingest FILE...: store partner files as inbound messages and orders (then processed as usual)."));
    c.parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("partner files"), QStringLiteral("FILE..."));
    QCommandLineOption source(QStringLiteral("source"), QStringLiteral("Source the files belong to (its format, mapping and approval rule apply)."), QStringLiteral("NAME"));
    QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Organisation (when --source is not given, or is ambiguous)."), QStringLiteral("SLUG"));
    c.parser.addOption(source);
    c.parser.addOption(org);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    ConfigRepository config(**db);
    Result<SourceRecord> src = Error();
    if (c.parser.isSet(source)) {
        src = config.sourceByName(c.parser.value(org), c.parser.value(source));
    } else {
        QString slug = c.parser.value(org);
        if (slug.isEmpty()) {
            auto orgs = config.orgs();
            if (!orgs || orgs->size() != 1)
                return fail(QStringLiteral("give --source NAME or --org SLUG (the database has %1 organisations).").arg(orgs ? orgs->size() : 0), Usage);
            slug = orgs->first().slug;
        }
        src = config.ensureCliSource(slug);
    }
    if (!src)
        return fail(src.error().message, codeFor(src.error()));
    // A path that names no readable file is the operator's mistake, found before anything is stored: exit 4, as `parse` does.
    for (const QString &path : c.parser.positionalArguments()) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(QStringLiteral("cannot read %1: no such file; nothing was ingested.").arg(path), NotFound);
        if (!info.isFile())
            return fail(QStringLiteral("cannot read %1: not a regular file; nothing was ingested.").arg(path), NotFound);
    }
    Ingestor ingestor(**db);
    QJsonArray results;
    int failures = 0;
    for (const QString &path : c.parser.positionalArguments()) {
        QFile f(path);
        QJsonObject row{{QStringLiteral("file"), path}};
        if (!f.open(QIODevice::ReadOnly)) {
            row.insert(QStringLiteral("status"), QStringLiteral("unreadable"));
            row.insert(QStringLiteral("error"), f.errorString());
            ++failures;
        } else {
            auto r = ingestor.ingestDocument(*src, QFileInfo(path).fileName(), f.readAll());
            if (!r) {
                row.insert(QStringLiteral("status"), QStringLiteral("error"));
                row.insert(QStringLiteral("error"), r.error().message);
                ++failures;
            } else {
                row.insert(QStringLiteral("status"), r->status);
                row.insert(QStringLiteral("inbound_id"), r->inboundId);
                row.insert(QStringLiteral("orders"), r->orders);
                if (!r->errors.isEmpty())
                    row.insert(QStringLiteral("errors"), QJsonArray::fromStringList(r->errors));
                if (r->status == QLatin1String("parse_error"))
                    ++failures;
            }
        }
        results.append(row);
    }
    // The files are stored; if validation cannot run now, the daemon does it later.
    if (Status processed = processReceived(**db); !processed)
        err() << "orderflow: stored, but not validated yet: " << processed.error().message << Qt::endl;
    if (c.wantsJson()) {
        printJson(results);
    } else {
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            out() << QStringLiteral("%1: %2").arg(o.value(QStringLiteral("file")).toString(), o.value(QStringLiteral("status")).toString());
            if (o.contains(QStringLiteral("orders")))
                out() << QStringLiteral(", %1 orders (inbound %2)").arg(o.value(QStringLiteral("orders")).toInt()).arg(o.value(QStringLiteral("inbound_id")).toInteger());
            for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray())
                out() << QStringLiteral("\n  ") << e.toString();
            if (o.contains(QStringLiteral("error")))
                out() << QStringLiteral("\n  ") << o.value(QStringLiteral("error")).toString();
            out() << Qt::endl;
        }
    }
    return failures ? ItemFailed : Ok;
}

} // namespace

CliCommand ingestCommand()
{
    return {QStringLiteral("ingest"), {{QStringLiteral("ingest FILE..."), QStringLiteral("store partner files as orders")}}, cmdIngest};
}

} // namespace orderflow::cli
