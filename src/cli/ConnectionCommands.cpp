// `orderflow test-connection` and `orderflow hostkey`: checking connections and trusting SFTP host keys.
#include "cli/CliSupport.h"

#include "connectors/ErpConnector.h"
#include "storage/ConfigRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace orderflow::cli {

int cmdTestConnection(const QStringList &args)
{
    Command c(QStringLiteral("orderflow test-connection NAME: check an ERP connection without exporting anything."));
    c.parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("connection name"));
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    auto conns = ConfigRepository(**db).connections();
    if (!conns)
        return fail(conns.error().message);
    for (const ConnectionRecord &cr : *conns) {
        if (cr.name != c.parser.positionalArguments().first())
            continue;
        auto connector = ConnectorRegistry::instance().create(cr);
        if (!connector)
            return fail(connector.error().message);
        bool ok = true;
        QJsonArray a;
        for (const ConnectionCheck &check : (*connector)->test()) {
            ok = ok && check.ok;
            a.append(QJsonObject{{QStringLiteral("step"), check.step}, {QStringLiteral("ok"), check.ok}, {QStringLiteral("latency_ms"), check.latencyMs}, {QStringLiteral("detail"), check.detail}});
            if (!c.wantsJson())
                out() << QStringLiteral("%1  %2  %3 ms  %4\n").arg(check.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), check.step).arg(check.latencyMs).arg(check.detail);
        }
        if (c.wantsJson())
            printJson(a);
        out().flush();
        return ok ? Ok : ItemFailed;
    }
    return fail(QStringLiteral("no connection named '%1'.").arg(c.parser.positionalArguments().first()), NotFound);
}

int cmdHostKey(const QStringList &)
{
    return fail(QStringLiteral("`orderflow hostkey` is not available in this build yet."), Usage);
}

} // namespace orderflow::cli
