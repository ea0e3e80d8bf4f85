// `orderflow functions list`: the transformation functions a source's field mapping may use (`functions apply`
// runs one: FunctionsApplyCommand.cpp).
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "pipeline/Transformations.h"

#include <QJsonArray>

namespace orderflow::cli {

namespace {

int cmdFunctions(const QStringList &args)
{
    if (args.size() > 1 && args.at(1) == QLatin1String("apply"))
        return cmdFunctionsApply(args);
    Command c(QStringLiteral("orderflow functions list: the transformation functions a source's field mapping may use."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    if (int r = c.parse(args); r >= 0)
        return r;
    QJsonArray a;
    for (const TransformFunction &f : transformFunctions()) {
        a.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("description"), f.description}, {QStringLiteral("arguments"), f.arguments}});
        if (!c.wantsJson())
            out() << QStringLiteral("%1  %2%3\n").arg(f.name, -8).arg(f.description, f.arguments.isEmpty() ? QString() : QStringLiteral(" (args: %1)").arg(f.arguments));
    }
    if (c.wantsJson()) {
        printJson(QJsonObject{{QStringLiteral("functions"), a}, {QStringLiteral("fields"), QJsonArray::fromStringList(transformableFields())}});
    } else {
        out() << QStringLiteral("\nfields: %1\n").arg(transformableFields().join(QStringLiteral(", ")));
        out().flush();
    }
    return Ok;
}

} // namespace

CliCommand functionsCommand()
{
    return {QStringLiteral("functions"),
            {{QStringLiteral("functions list"), QStringLiteral("transformation functions for field mappings")},
             {QStringLiteral("functions apply NAME VALUE [ARG...]"), QStringLiteral("run one function (add 5 7 → 12)")}},
            cmdFunctions};
}

} // namespace orderflow::cli
