#include "cli/commands/ConfigEntityActions.h"

#include "cli/CliSupport.h"
#include "pipeline/Configuration.h"
#include "secrets/SecretRemoval.h"
#include "sources/SourceRegistry.h"
#include "connectors/ErpConnector.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace orderflow::cli {
namespace {

QString plural(ConfigEntity kind)
{
    return entityNoun(kind) + QLatin1Char('s');
}

int exitFor(const Error &e)
{
    if (e.code == QLatin1String("not_found"))
        return NotFound;
    if (e.code == QLatin1String("ambiguous") || e.code == QLatin1String("usage"))
        return Usage;
    return Failure;
}

int failWith(const Error &e)
{
    return fail(e.message, exitFor(e));
}

// The fields of an entry beside org, name, type and config ("format", "status", …): `--set` names them directly.
const ConfigSchema &commonFields(ConfigEntity kind)
{
    static const ConfigSchema sources = SourceRegistry::commonFields();
    static const ConfigSchema connections = ConnectorRegistry::commonFields();
    return kind == ConfigEntity::Source ? sources : connections;
}

QStringList knownTypes(ConfigEntity kind)
{
    QStringList names;
    for (const auto &t : kind == ConfigEntity::Source ? SourceRegistry::instance().types() : ConnectorRegistry::instance().types())
        names << t.first;
    return names;
}

const ConfigSchema *typeSchema(ConfigEntity kind, const QString &type)
{
    return kind == ConfigEntity::Source ? SourceRegistry::instance().schema(type) : ConnectorRegistry::instance().schema(type);
}

// The text of `--set KEY=VALUE` as the JSON value the field takes: a number for a number field, true/false for a
// yes/no field, JSON for an object or a credential-store reference. What does not fit stays text, so the schema
// says what is wrong with it.
QJsonValue typedValue(const FieldSpec *field, const QString &text)
{
    const QString t = text.trimmed();
    const auto asJson = [&]() -> QJsonValue {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + t.toUtf8() + QByteArray("]"));
        return doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(text);
    };
    if (!field)
        return asJson();
    switch (field->kind) {
    case FieldKind::Integer:
    case FieldKind::Number: {
        bool ok = false;
        const double d = t.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(text);
    }
    case FieldKind::Boolean: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("on") || l == QLatin1String("1"))
            return true;
        if (l == QLatin1String("false") || l == QLatin1String("no") || l == QLatin1String("off") || l == QLatin1String("0"))
            return false;
        return text;
    }
    case FieldKind::Object:
    case FieldKind::Array:
    case FieldKind::SecretRef:
        return t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('[')) ? asJson() : QJsonValue(text);
    default:
        return text;
    }
}

QJsonObject withPath(QJsonObject o, QStringList path, const QJsonValue &v)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
    } else {
        o.insert(key, withPath(o.value(key).toObject(), path, v));
    }
    return o;
}

// Applies `--set KEY=VALUE` / `--unset KEY` to an entry. KEY is a field every entry of the kind has (format, enabled,
// status, concurrency, …) or a setting of its type's "config" (port, path; "mapping.customer" inside an object;
// "config.KEY" when it must be the config's).
Result<QJsonObject> assign(ConfigEntity kind, QJsonObject entry, const QStringList &sets, const QStringList &unsets)
{
    const auto target = [&](const QString &key) -> Result<QStringList> {
        if (key.isEmpty())
            return Error(QStringLiteral("usage"), QStringLiteral("--set and --unset need a setting's name (KEY=VALUE, KEY)."));
        if (key == QLatin1String("org") || key == QLatin1String("name"))
            return Error(QStringLiteral("usage"), QStringLiteral("'%1' cannot be changed: configuration files refer to a %2 by its organisation and "
                                                                 "name. Add a new one and remove this one instead.").arg(key, entityNoun(kind)));
        if (key.startsWith(QLatin1String("config.")))
            return key.split(QLatin1Char('.'));
        if (key == QLatin1String("type") || commonFields(kind).field(key))
            return QStringList{key};
        return QStringList{QStringLiteral("config")} + key.split(QLatin1Char('.'));
    };
    for (const QString &u : unsets) {
        auto path = target(u.trimmed());
        if (!path)
            return path.error();
        if (path->size() == 1 && path->first() == QLatin1String("type"))
            return Error(QStringLiteral("usage"), QStringLiteral("A %1 always has a type; change it with --set type=TYPE.").arg(entityNoun(kind)));
        entry = withPath(entry, *path, QJsonValue(QJsonValue::Undefined));
    }
    for (const QString &s : sets) {
        const qsizetype eq = s.indexOf(QLatin1Char('='));
        if (eq < 0)
            return Error(QStringLiteral("usage"), QStringLiteral("--set takes KEY=VALUE, e.g. --set port=2222 (a setting named '%1' needs a value).")
                                                      .arg(s.left(40)));
        auto path = target(s.left(eq).trimmed());
        if (!path)
            return path.error();
        const FieldSpec *field = nullptr;
        if (path->size() == 1)
            field = commonFields(kind).field(path->first());
        else if (path->size() == 2)
            if (const ConfigSchema *schema = typeSchema(kind, entry.value(QStringLiteral("type")).toString()))
                field = schema->field(path->at(1));
        entry = withPath(entry, *path, typedValue(field, s.mid(eq + 1)));
    }
    return entry;
}

// `--config FILE|-`: the type's settings ("config"), or a whole entry as `config export` prints one.
Result<QJsonObject> readConfigOption(const QString &path)
{
    QByteArray data;
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error(QStringLiteral("usage"), QStringLiteral("Cannot read the configuration from standard input."));
        data = in.readAll();
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("not_found"), QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()));
        data = f.readAll();
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return Error(QStringLiteral("config"), QStringLiteral("%1 is not a JSON object (%2 at byte %3).")
                                                   .arg(path == QLatin1String("-") ? QStringLiteral("Standard input") : path, e.errorString()).arg(e.offset));
    return doc.object();
}

QJsonObject mergedConfig(QJsonObject entry, const QJsonObject &given)
{
    if (!given.value(QStringLiteral("config")).isObject()) {
        entry.insert(QStringLiteral("config"), given);
        return entry;
    }
    for (auto it = given.begin(); it != given.end(); ++it)
        entry.insert(it.key(), it.value());
    return entry;
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.size() == 1 && o.value(QStringLiteral("secret")).isString())
            return QStringLiteral("secret %1 (in the credential store)").arg(o.value(QStringLiteral("secret")).toString());
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonObject jsonOf(const StoredEntity &e)
{
    QJsonObject o = e.entry;
    o.insert(QStringLiteral("id"), e.id);
    return o;
}

// What differs between two entries, as KEY or config.KEY.
QStringList changedKeys(const QJsonObject &before, const QJsonObject &after)
{
    QStringList out;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &k : std::as_const(keys)) {
        if (k == QLatin1String("config")) {
            const QJsonObject a = before.value(k).toObject(), b = after.value(k).toObject();
            QStringList ck = a.keys() + b.keys();
            ck.removeDuplicates();
            ck.sort();
            for (const QString &c : std::as_const(ck)) {
                if (a.value(c) != b.value(c))
                    out << QStringLiteral("config.") + c;
            }
        } else if (before.value(k) != after.value(k)) {
            out << k;
        }
    }
    return out;
}

void printEntity(ConfigEntity kind, const StoredEntity &e)
{
    const QJsonObject &o = e.entry;
    out() << QStringLiteral("%1 %2  %3/%4  %5  %6\n").arg(entityNoun(kind)).arg(e.id)
                 .arg(o.value(QStringLiteral("org")).toString(), o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("type")).toString(),
                      e.enabled ? (kind == ConfigEntity::Source ? QStringLiteral("enabled") : QStringLiteral("ACTIVE"))
                                : (kind == ConfigEntity::Source ? QStringLiteral("disabled") : QStringLiteral("DISABLED")));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = it.key();
        if (k == QLatin1String("org") || k == QLatin1String("name") || k == QLatin1String("type") || k == QLatin1String("config")
            || k == QLatin1String("enabled") || k == QLatin1String("status"))
            continue;
        out() << QStringLiteral("  %1: %2\n").arg(k, shown(it.value()));
    }
    const QJsonObject config = o.value(QStringLiteral("config")).toObject();
    out() << (config.isEmpty() ? "  config: (none)\n" : "  config:\n");
    for (auto it = config.begin(); it != config.end(); ++it)
        out() << QStringLiteral("    %1: %2\n").arg(it.key(), shown(it.value()));
}

} // namespace

// After a removal or an edit: deletes the credential-store secrets it let go of and says what was deleted and what
// was left (on standard error when standard output carries --json). `what`: "connection 'erp' (org 'beta') was
// removed", for the message when some are left.
int removeReleasedSecrets(const ReleasedSecrets &released, const QString &what, bool json)
{
    const auto out = [json]() -> QTextStream & { return json ? err() : orderflow::cli::out(); };
    for (const QString &ref : released.sharedReferences)
        out() << QStringLiteral("Kept secret %1: another source or connection still uses it.\n").arg(ref);
    out().flush();
    if (released.secretReferences.isEmpty())
        return Ok;
    return runChain([&](QObject *context, std::function<void(int)> finish) {
        removeSecrets(released.secretReferences, context, [=](const SecretsRemoved &r) {
            for (const QString &ref : r.deleted)
                out() << QStringLiteral("Deleted secret %1 from %2.\n").arg(ref, r.store);
            for (const QString &ref : r.absent)
                out() << QStringLiteral("Secret %1 was not in %2 (nothing to delete).\n").arg(ref, r.store);
            out().flush();
            if (r.complete())
                return finish(Ok);
            QStringList lines;
            for (const auto &[ref, why] : r.left)
                lines << QStringLiteral("  %1: %2\n    delete it once the store can be reached: orderflow secrets delete %1").arg(ref, why);
            finish(fail(QStringLiteral("%1, but %2 of its secret(s) are still in the credential store:\n%3")
                            .arg(what).arg(r.left.size()).arg(lines.join(QLatin1Char('\n'))),
                        ItemFailed));
        });
    });
}

int runEntityAction(ConfigEntity kind, const QStringList &args)
{
    const QString noun = entityNoun(kind);
    const QString word = plural(kind);
    const bool isSource = kind == ConfigEntity::Source;
    Command c(QStringLiteral(
        "orderflow %1 list [--org SLUG] | show ID|ORG/NAME | add --org SLUG --name NAME --type TYPE%2 [--set KEY=VALUE]... "
        "[--config FILE|-] | edit ID|ORG/NAME [--set KEY=VALUE]... [--unset KEY]... [--config FILE|-] | disable ID|ORG/NAME | "
        "enable ID|ORG/NAME | remove ID|ORG/NAME\n\n"
        "One %3 at a time, checked like `config apply` (see `orderflow config schema --type TYPE` for the settings of a type) and "
        "recorded in the audit trail. KEY is a setting of the type (port, path, …) or a field every %3 has (%4). Secrets are "
        "never given here: store one with `orderflow secrets set REF` and write --set 'FIELD={\"secret\":\"REF\"}'. "
        "Removing a %3 deletes its secrets from the credential store.")
                  .arg(word, isSource ? QStringLiteral(" [--format F]") : QString(), noun, commonFields(kind).fieldNames().join(QStringLiteral(", "))));
    c.parser.addPositionalArgument(QStringLiteral("action"), kEntityActions.join(QStringLiteral(", ")));
    c.parser.addPositionalArgument(QStringLiteral("which"), QStringLiteral("ID, ORG/NAME or NAME (show, edit, disable, enable, remove)"));
    QCommandLineOption org(QStringLiteral("org"), QStringLiteral("add: the organisation's slug; list: only this organisation."), QStringLiteral("SLUG"));
    QCommandLineOption name(QStringLiteral("name"), QStringLiteral("add: the %1's name, unique in its organisation.").arg(noun), QStringLiteral("NAME"));
    QCommandLineOption type(QStringLiteral("type"), QStringLiteral("add: the %1's type (%2).").arg(noun, knownTypes(kind).join(QStringLiteral(", "))),
                            QStringLiteral("TYPE"));
    QCommandLineOption format(QStringLiteral("format"), QStringLiteral("add: what the partner sends (default auto)."), QStringLiteral("F"));
    QCommandLineOption set(QStringLiteral("set"), QStringLiteral("Set one setting (repeatable)."), QStringLiteral("KEY=VALUE"));
    QCommandLineOption unset(QStringLiteral("unset"), QStringLiteral("edit: remove one setting, so its default applies (repeatable)."), QStringLiteral("KEY"));
    QCommandLineOption config(QStringLiteral("config"), QStringLiteral("The type's settings as a JSON object (or a whole entry as `config export` "
                                                                       "prints one) from FILE, or from standard input with -."), QStringLiteral("FILE"));
    QCommandLineOption operatorName_(QStringLiteral("operator"), QStringLiteral("Who makes the change, for the audit trail (default: $USER)."), QStringLiteral("NAME"));
    c.parser.addOptions({org, name, type, set, unset, config, operatorName_});
    if (isSource)
        c.parser.addOption(format);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    const QStringList pos = c.parser.positionalArguments();
    const QString action = pos.first();
    if (!kEntityActions.contains(action))
        return fail(QStringLiteral("unknown action '%1'; use %2 (see `orderflow %3 --help`).").arg(action.left(40), kEntityActions.join(QStringLiteral(", ")), word),
                    Usage);
    const bool needsWhich = action != QLatin1String("list") && action != QLatin1String("add");
    if (needsWhich && pos.size() != 2)
        return fail(QStringLiteral("use `orderflow %1 %2 ID|ORG/NAME`.").arg(word, action), Usage);
    if (!needsWhich && pos.size() != 1)
        return fail(QStringLiteral("`orderflow %1 %2` takes no further arguments (see --help).").arg(word, action), Usage);
    const bool changes = c.parser.isSet(set) || c.parser.isSet(unset) || c.parser.isSet(config);
    if (action != QLatin1String("add") && (c.parser.isSet(name) || c.parser.isSet(type) || (isSource && c.parser.isSet(format))))
        return fail(QStringLiteral("--name, --type%1 are for `%2 add`; in edit use --set (e.g. --set %3).")
                        .arg(isSource ? QStringLiteral(" and --format") : QString(), word, isSource ? QStringLiteral("format=json") : QStringLiteral("type=MOCK")),
                    Usage);
    if (action != QLatin1String("add") && action != QLatin1String("edit") && changes)
        return fail(QStringLiteral("--set, --unset and --config are for `%1 add` and `%1 edit`.").arg(word), Usage);

    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    const QString actor = c.parser.isSet(operatorName_) ? c.parser.value(operatorName_) : operatorName();
    ConfigEditor editor(**db, actor);

    if (action == QLatin1String("list")) {
        auto all = editor.list(kind, c.parser.value(org));
        if (!all)
            return failWith(all.error());
        if (c.wantsJson()) {
            QJsonArray a;
            for (const StoredEntity &e : std::as_const(*all))
                a.append(jsonOf(e));
            printJson(a);
            return Ok;
        }
        if (all->isEmpty())
            out() << QStringLiteral("No %1. Add one with `orderflow %1 add` or `orderflow config apply FILE`.\n").arg(word);
        for (const StoredEntity &e : std::as_const(*all)) {
            const QJsonObject &o = e.entry;
            out() << QStringLiteral("%1  %2  %3  %4%5\n")
                         .arg(e.id, 4)
                         .arg(o.value(QStringLiteral("org")).toString() + QLatin1Char('/') + o.value(QStringLiteral("name")).toString(), -28)
                         .arg(o.value(QStringLiteral("type")).toString(), -16)
                         .arg(isSource ? (e.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")) : o.value(QStringLiteral("status")).toString(), -9)
                         .arg(isSource ? QStringLiteral("  format ") + o.value(QStringLiteral("format")).toString() : QString());
        }
        out().flush();
        return Ok;
    }

    if (action == QLatin1String("add")) {
        if (!c.parser.isSet(org) || !c.parser.isSet(name) || !c.parser.isSet(type))
            return fail(QStringLiteral("`%1 add` needs --org SLUG, --name NAME and --type TYPE.").arg(word), Usage);
        QJsonObject entry{{QStringLiteral("org"), c.parser.value(org)}, {QStringLiteral("name"), c.parser.value(name)},
                          {QStringLiteral("type"), c.parser.value(type)}};
        if (c.parser.isSet(config)) {
            auto given = readConfigOption(c.parser.value(config));
            if (!given)
                return failWith(given.error());
            entry = mergedConfig(entry, *given);
            // The options name the entry whatever the file says.
            entry.insert(QStringLiteral("org"), c.parser.value(org));
            entry.insert(QStringLiteral("name"), c.parser.value(name));
            entry.insert(QStringLiteral("type"), c.parser.value(type));
        }
        if (isSource && c.parser.isSet(format))
            entry.insert(QStringLiteral("format"), c.parser.value(format));
        auto assigned = assign(kind, entry, c.parser.values(set), {});
        if (!assigned)
            return failWith(assigned.error());
        auto added = editor.add(kind, *assigned);
        if (!added)
            return failWith(added.error());
        if (c.wantsJson())
            printJson(jsonOf(*added));
        else
            out() << QStringLiteral("Added %1 with id %2.").arg(added->describe(kind)).arg(added->id) << Qt::endl;
        return Ok;
    }

    auto found = editor.find(kind, pos.at(1));
    if (!found)
        return failWith(found.error());

    if (action == QLatin1String("show")) {
        if (c.wantsJson())
            printJson(jsonOf(*found));
        else
            printEntity(kind, *found);
        out().flush();
        return Ok;
    }

    if (action == QLatin1String("edit")) {
        if (!changes)
            return fail(QStringLiteral("nothing to change: give --set KEY=VALUE, --unset KEY or --config FILE."), Usage);
        QJsonObject entry = found->entry;
        if (c.parser.isSet(config)) {
            auto given = readConfigOption(c.parser.value(config));
            if (!given)
                return failWith(given.error());
            entry = mergedConfig(entry, *given);
        }
        auto assigned = assign(kind, entry, c.parser.values(set), c.parser.values(unset));
        if (!assigned)
            return failWith(assigned.error());
        auto edited = editor.update(kind, found->id, *assigned);
        if (!edited)
            return failWith(edited.error());
        const StoredEntity &updated = edited->entity;
        const QStringList changed = changedKeys(found->entry, updated.entry);
        if (c.wantsJson()) {
            printJson(jsonOf(updated));
            return removeReleasedSecrets(*edited, QStringLiteral("%1 was updated").arg(updated.describe(kind)), true);
        }
        out() << QStringLiteral("Updated %1 (id %2): %3.").arg(updated.describe(kind)).arg(updated.id)
                     .arg(changed.isEmpty() ? QStringLiteral("nothing changed") : QStringLiteral("changed ") + changed.join(QStringLiteral(", ")))
              << Qt::endl;
        return removeReleasedSecrets(*edited, QStringLiteral("%1 was updated").arg(updated.describe(kind)));
    }

    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        const bool enable = action == QLatin1String("enable");
        if (found->enabled == enable) {
            out() << QStringLiteral("%1 (id %2) is already %3d; nothing changed.").arg(found->describe(kind)).arg(found->id).arg(action) << Qt::endl;
            return Ok;
        }
        auto changed = editor.setEnabled(kind, found->id, enable);
        if (!changed)
            return failWith(changed.error());
        out() << QStringLiteral("%1 %2 (id %3)%4.").arg(enable ? QStringLiteral("Enabled") : QStringLiteral("Disabled"), changed->describe(kind))
                     .arg(changed->id)
                     .arg(enable ? QString()
                                 : isSource ? QStringLiteral("; a running engine stops polling it")
                                            : QStringLiteral("; its orders wait until it is enabled again"))
              << Qt::endl;
        return Ok;
    }

    // remove
    auto removed = editor.remove(kind, found->id);
    if (!removed)
        return failWith(removed.error());
    out() << QStringLiteral("Removed %1 (id %2)%3.\n").arg(removed->entity.describe(kind)).arg(removed->entity.id)
                 .arg(removed->removal == Removal::Retired ? QStringLiteral("; the history of its orders keeps it as '%1 (removed #%2)'")
                                                                 .arg(removed->entity.entry.value(QStringLiteral("name")).toString()).arg(removed->entity.id)
                                                           : QString());
    out().flush();
    return removeReleasedSecrets(*removed, QStringLiteral("%1 was removed").arg(removed->entity.describe(kind)));
}

} // namespace orderflow::cli
