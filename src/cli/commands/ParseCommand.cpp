// `orderflow parse FILE`: what a partner file parses to; stores nothing.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "formats/DocumentStream.h"
#include "formats/export/ExportJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

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
    // One interchange at a time, printed as it is read: memory follows the largest interchange, not the file, and
    // an export document is built only for an order being printed (--json), never in text mode.
    DocumentStream stream(f, options);
    ParseResult part;
    const bool json = c.wantsJson();
    QJsonArray errors;
    bool anyError = false;
    bool firstOrder = true;
    ExportContext ctx;
    ctx.includeIdentity = false;
    if (json)
        out() << "{\n    \"orders\": [";
    while (stream.next(part)) {
        for (const Order &o : std::as_const(part.orders)) {
            if (json) {   // one order per line, so a reader of the output can stream it too
                out() << (firstOrder ? "\n        " : ",\n        ")
                      << QString::fromUtf8(QJsonDocument(exportDocument(o, ctx)).toJson(QJsonDocument::Compact));
                firstOrder = false;
            } else {
                out() << QStringLiteral("order %1  customer %2  %3 lines\n").arg(o.orderNumber, o.customer.name.isEmpty() ? o.customer.partnerId : o.customer.name).arg(o.lines.size());
            }
        }
        for (const ParseError &e : std::as_const(part.errors)) {
            anyError = true;
            if (json)
                errors.append(e.toJson());
            else
                out() << QStringLiteral("error: %1\n").arg(e.toString());
        }
    }
    if (json) {
        QByteArray text = QJsonDocument(errors).toJson(QJsonDocument::Indented);
        text.chop(1);
        text.replace("\n", "\n    ");
        out() << (firstOrder ? "]" : "\n    ]") << ",\n    \"errors\": " << QString::fromUtf8(text) << "\n}\n";
    }
    out().flush();
    return anyError ? ItemFailed : Ok;
}

} // namespace

CliCommand parseCommand()
{
    return {QStringLiteral("parse"), {{QStringLiteral("parse FILE [--format F] --json"), QStringLiteral("show what a file parses to; stores nothing")}}, cmdParse};
}

} // namespace orderflow::cli
