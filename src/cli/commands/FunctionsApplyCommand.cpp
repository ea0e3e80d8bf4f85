// `orderflow functions apply NAME VALUE [ARG…]`: runs one transformation function on one value, as a field mapping
// would (`functions apply add 5 7` → 12, `functions apply lower HOLA` → hola). The ARGs are the function's
// arguments in the order `functions list` names them; one that starts with { or [ is read as JSON (lookup's table).
#include "cli/CliSupport.h"

#include "pipeline/Transformations.h"

#include <QJsonDocument>

namespace orderflow::cli {

int cmdFunctionsApply(const QStringList &args)
{
    Command c(QStringLiteral("orderflow functions apply NAME VALUE [ARG...]: run one transformation function on VALUE; ARGs are its "
                             "arguments in the order `orderflow functions list` shows them (JSON when they start with { or [)."));
    c.parser.addPositionalArgument(QStringLiteral("apply"), QStringLiteral("apply"));
    c.parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("the function"));
    c.parser.addPositionalArgument(QStringLiteral("value"), QStringLiteral("the value it is applied to"));
    c.parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("its arguments"), QStringLiteral("[ARG...]"));
    // A negative number is a value, not an option.
    c.parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (int r = c.parse(args); r >= 0)
        return r;
    const QStringList p = c.parser.positionalArguments();
    if (p.size() < 3)
        return fail(QStringLiteral("functions apply needs a function and a value: orderflow functions apply NAME VALUE [ARG...]"), Usage);
    const QString name = p.at(1);
    std::optional<TransformFunction> function;
    for (const TransformFunction &f : transformFunctions()) {
        if (f.name == name)
            function = f;
    }
    if (!function)
        return fail(QStringLiteral("No function '%1'; `orderflow functions list` shows them.").arg(name), NotFound);
    const QStringList names = function->argumentNames();
    const QStringList given = p.mid(3);
    if (given.size() > names.size())
        return fail(QStringLiteral("%1 takes %2 argument(s) after the value (%3), not %4.")
                        .arg(name).arg(names.size()).arg(names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))).arg(given.size()),
                    Usage);
    QJsonObject fnArgs;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QString &a = given.at(i);
        if (a.startsWith(QLatin1Char('{')) || a.startsWith(QLatin1Char('['))) {
            QJsonParseError e;
            const QJsonDocument doc = QJsonDocument::fromJson(a.toUtf8(), &e);
            if (e.error != QJsonParseError::NoError)
                return fail(QStringLiteral("%1's argument %2 is not JSON: %3 at offset %4.").arg(name, names.at(i), e.errorString()).arg(e.offset), Usage);
            fnArgs.insert(names.at(i), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        } else {
            fnArgs.insert(names.at(i), a);
        }
    }
    if (name == QLatin1String("add") && !fnArgs.contains(QStringLiteral("value")))
        return fail(QStringLiteral("add needs the number to add: orderflow functions apply add VALUE NUMBER"), Usage);
    auto result = applyTransformFunction(name, fnArgs, p.at(2));
    if (!result)
        return fail(result.error().message, Failure);
    if (c.wantsJson())
        printJson(QJsonObject{{QStringLiteral("function"), name}, {QStringLiteral("value"), p.at(2)}, {QStringLiteral("args"), fnArgs},
                              {QStringLiteral("result"), *result}});
    else
        out() << *result << '\n';
    return Ok;
}

} // namespace orderflow::cli
