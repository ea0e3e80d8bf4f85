// `orderflow config schema [--type TYPE]`: the JSON Schema (draft 2020-12) configuration files follow, so editors
// can check them while they are written.
#include "cli/CliSupport.h"

#include "pipeline/Configuration.h"

namespace orderflow::cli {

int cmdConfigSchema(const QStringList &arguments)
{
    QStringList args = arguments;
    args.removeAt(1);
    args[0] = QStringLiteral("orderflow config schema");
    Command c(QStringLiteral("orderflow config schema [--type TYPE]: print the JSON Schema (draft 2020-12) of configuration files, "
                             "or of one source or connection type's \"config\". Needs no database."), false);
    QCommandLineOption type(QStringLiteral("type"), QStringLiteral("Only this type's config (e.g. sftp, DROPZONE_JSON_V1; source:NAME or "
                                                                   "connection:NAME when a name is both)."), QStringLiteral("TYPE"));
    c.parser.addOption(type);
    if (int r = c.parse(args); r >= 0)
        return r;
    if (!c.parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("`config schema` takes no arguments (see --help)."), Usage);
    const ConfigDocumentSchema schema = configDocumentSchema();
    if (!c.parser.isSet(type)) {
        printJson(schema.toJsonSchema());
        return Ok;
    }
    auto one = schema.typeJsonSchema(c.parser.value(type));
    if (!one)
        return fail(one.error().message, one.error().code == QLatin1String("not_found") ? NotFound : Usage);
    printJson(*one);
    return Ok;
}

} // namespace orderflow::cli
