// `orderflow parse FILE`: what a partner file parses to; stores nothing.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "formats/FormatRegistry.h"
#include "formats/export/ExportJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace orderflow::cli {

namespace {

int cmdParse(const QStringList &args)
{
    Command c(QStringLiteral("orderflow parse FILE: show the canonical orders a file gives, and any errors. Stores nothing."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the partner file"));
    QCommandLineOption format(QStringLiteral("format"), QStringLiteral("auto, json, x12-850 or edifact-orders (default auto)."), QStringLiteral("FORMAT"), QStringLiteral("auto"));
    c.parser.addOption(format);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    const QString path = c.parser.positionalArguments().first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()), NotFound);
    ParseOptions options;
    options.fileName = QFileInfo(path).fileName();
    options.format = c.parser.value(format);
    const ParseResult result = parseDocument(f.readAll(), options);
    QJsonArray orders, errors;
    ExportContext ctx;
    ctx.includeIdentity = false;
    for (const Order &o : result.orders)
        orders.append(exportDocument(o, ctx));
    for (const ParseError &e : result.errors)
        errors.append(e.toJson());
    if (c.wantsJson()) {
        printJson(QJsonObject{{QStringLiteral("orders"), orders}, {QStringLiteral("errors"), errors}});
    } else {
        for (const Order &o : result.orders)
            out() << QStringLiteral("order %1  customer %2  %3 lines\n").arg(o.orderNumber, o.customer.name.isEmpty() ? o.customer.partnerId : o.customer.name).arg(o.lines.size());
        for (const ParseError &e : result.errors)
            out() << QStringLiteral("error: %1\n").arg(e.toString());
        out().flush();
    }
    return result.errors.isEmpty() ? Ok : ItemFailed;
}

} // namespace

CliCommand parseCommand()
{
    return {QStringLiteral("parse"), {{QStringLiteral("parse FILE [--format F] --json"), QStringLiteral("show what a file parses to; stores nothing")}}, cmdParse};
}

} // namespace orderflow::cli
