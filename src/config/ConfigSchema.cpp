#include "config/ConfigSchema.h"

#include "domain/messages/ConfigMessages.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace orderflow {
namespace {

const QString kEnvVarPattern = QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$");
// The same rule as the credential store's references (secrets/CredentialStore.cpp): KIND/ID/FIELD, where ID may be a name.
const QString kStorePattern = QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}){2}$");

// A value as a message may show it: short, and never for a field that refers to a secret.
QString shown(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: {
        const QString s = v.toString();
        return QLatin1Char('"') + (s.size() > 40 ? s.left(40) + QChar(0x2026) : s) + QLatin1Char('"');
    }
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return msg::AnObject();
    case QJsonValue::Array:
        return msg::ValueAList();
    case QJsonValue::Undefined:
        break;
    }
    return msg::ValueNothing();
}

QString numberText(double d)
{
    return d == std::floor(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
}

// "a whole number from 1 to 65535": the kind of number a field takes, with its range.
QString numberKindText(const FieldSpec &f)
{
    const bool whole = f.kind == FieldKind::Integer;
    if (f.minimum && f.maximum)
        return (whole ? msg::AWholeNumberFromTo : msg::ANumberFromTo)(numberText(*f.minimum), numberText(*f.maximum));
    if (f.minimum)
        return (whole ? msg::AWholeNumberAtLeast : msg::ANumberAtLeast)(numberText(*f.minimum));
    if (f.maximum)
        return (whole ? msg::AWholeNumberAtMost : msg::ANumberAtMost)(numberText(*f.maximum));
    return whole ? msg::AWholeNumber() : msg::ANumber();
}

QString quotedList(const QStringList &values, const QString &lastJoin = QStringLiteral(" or "))
{
    QStringList q;
    for (const QString &v : values)
        q << QLatin1Char('\'') + v + QLatin1Char('\'');
    if (q.size() <= 1)
        return q.join(QString());
    const QString last = q.takeLast();
    return q.join(QStringLiteral(", ")) + lastJoin + last;
}

bool isWholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d);
}

bool inRange(const FieldSpec &f, double d)
{
    return (!f.minimum || d >= *f.minimum) && (!f.maximum || d <= *f.maximum);
}

bool matchesPattern(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

bool matchesSecretForm(SecretForm form, const QJsonValue &v)
{
    switch (form) {
    case SecretForm::EnvVar:
        return v.isString() && matchesPattern(kEnvVarPattern, v.toString());
    case SecretForm::File:
        return v.isString() && !v.toString().trimmed().isEmpty();
    case SecretForm::Store: {
        const QJsonObject o = v.toObject();
        return v.isObject() && o.size() == 1 && o.value(QStringLiteral("secret")).isString()
            && matchesPattern(kStorePattern, o.value(QStringLiteral("secret")).toString());
    }
    }
    return false;
}

QString secretFormText(SecretForm form)
{
    switch (form) {
    case SecretForm::EnvVar:
        return msg::SecretFormEnv();
    case SecretForm::File:
        return msg::SecretFormFile();
    case SecretForm::Store:
        return msg::SecretFormStore();
    }
    return {};
}

// What to write instead of an inline secret.
QString secretInstead(const QString &field, SecretForm form)
{
    switch (form) {
    case SecretForm::EnvVar:
        return msg::SecretInsteadEnv(field);
    case SecretForm::File:
        return msg::SecretInsteadFile(field);
    case SecretForm::Store:
        return msg::SecretInsteadStore(field);
    }
    return {};
}

// Whether a value has the field's kind at all (ranges and patterns aside): what typed reads rely on.
bool hasKind(const FieldSpec &f, const QJsonValue &v)
{
    switch (f.kind) {
    case FieldKind::String:
    case FieldKind::Path:
    case FieldKind::Enum:
        return v.isString();
    case FieldKind::Integer:
        return isWholeNumber(v);
    case FieldKind::Number:
        return v.isDouble();
    case FieldKind::Boolean:
        return v.isBool();
    case FieldKind::Object:
        return v.isObject();
    case FieldKind::Array:
        return v.isArray();
    case FieldKind::SecretRef:
        return std::any_of(f.secretForms.begin(), f.secretForms.end(), [&](SecretForm form) { return matchesSecretForm(form, v); });
    }
    return false;
}

ConfigProblem problem(const QString &path, const QString &message)
{
    return ConfigProblem{QString(), path, message};
}

QList<ConfigProblem> checkValue(const FieldSpec &f, const QJsonValue &v, const QString &path)
{
    QList<ConfigProblem> out;
    const auto fail = [&](const QString &message) { out.append(problem(path, message)); };
    switch (f.kind) {
    case FieldKind::String:
        if (!v.isString())
            fail(msg::MustBeTextNot(shown(v)));
        else if (f.required && v.toString().trimmed().isEmpty())
            fail(msg::MustNotBeEmpty());
        else if (!f.pattern.isEmpty() && !matchesPattern(f.pattern, v.toString()))
            fail(msg::MustBeNot(f.patternHint.isEmpty() ? msg::OfTheForm(f.pattern) : f.patternHint, shown(v)));
        else if (f.isRegex) {
            const QRegularExpression re(v.toString());
            if (!re.isValid())
                fail(msg::MustBeARegexNot(shown(v), re.errorString(), re.patternErrorOffset()));
        }
        break;
    case FieldKind::Path:
        if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(msg::MustBePathNot(v.isString() ? msg::EmptyText() : shown(v)));
        break;
    case FieldKind::Enum:
        if (!v.isString() || !f.allowed.contains(v.toString())) {
            const QString allowed = f.patternHint.isEmpty() ? quotedList(f.allowed) : QString(f.patternHint + QStringLiteral(": ") + quotedList(f.allowed));
            const QString near = v.isString() ? closestMatch(v.toString(), f.allowed) : QString();
            fail(near.isEmpty() ? msg::MustBeNot(allowed, shown(v)) : msg::MustBeNotDidYouMean(allowed, shown(v), near));
        }
        break;
    case FieldKind::Integer:
    case FieldKind::Number: {
        const bool whole = f.kind == FieldKind::Integer;
        const QString what = numberKindText(f);
        if (v.isString()) {
            bool numeric = false;
            const double d = v.toString().trimmed().toDouble(&numeric);
            if (numeric && (!whole || d == std::floor(d)))
                fail(msg::MustBeUnquoted(what, numberText(d), shown(v)));
            else
                fail(msg::MustBeNot(what, shown(v)));
        } else if (!v.isDouble() || (whole && !isWholeNumber(v)) || !inRange(f, v.toDouble())) {
            fail(msg::MustBeNot(what, shown(v)));
        }
        break;
    }
    case FieldKind::Boolean:
        if (!v.isBool()) {
            const QString s = v.toString().trimmed().toLower();
            if (v.isString() && (s == QLatin1String("true") || s == QLatin1String("false")))
                fail(msg::MustBeBooleanUnquoted(shown(v)));
            else
                fail(msg::MustBeBoolean(shown(v)));
        }
        break;
    case FieldKind::Object:
        if (!v.isObject())
            fail(msg::MustBeObject(shown(v)));
        else if (f.fields)
            out += f.fields->validate(v.toObject(), path + QLatin1Char('.'));
        break;
    case FieldKind::Array:
        if (!v.isArray()) {
            fail(msg::MustBeList(shown(v)));
        } else if (f.fields) {
            const QJsonArray items = v.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
                if (!items.at(i).isObject())
                    out.append(problem(itemPath, msg::MustBeObject(shown(items.at(i)))));
                else
                    out += f.fields->validate(items.at(i).toObject(), itemPath + QLatin1Char('.'));
            }
        }
        break;
    case FieldKind::SecretRef:
        if (!hasKind(f, v)) {
            // Never show the value: whatever it is, it may be the secret itself.
            QStringList forms;
            for (SecretForm form : f.secretForms)
                forms << secretFormText(form);
            fail(msg::MustSayWhereSecret(forms.join(QStringLiteral(", or "))));
        }
        break;
    }
    return out;
}

} // namespace

// ---- FieldSpec builders -------------------------------------------------------------------------------------

FieldSpec FieldSpec::string(const QString &name)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::String;
    return f;
}

FieldSpec FieldSpec::path(const QString &name)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Path;
    return f;
}

FieldSpec FieldSpec::integer(const QString &name, std::optional<qint64> defaultValue)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Integer;
    if (defaultValue)
        f.defaultValue = QJsonValue(*defaultValue);
    return f;
}

FieldSpec FieldSpec::number(const QString &name, std::optional<double> defaultValue)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Number;
    if (defaultValue)
        f.defaultValue = QJsonValue(*defaultValue);
    return f;
}

FieldSpec FieldSpec::boolean(const QString &name, std::optional<bool> defaultValue)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Boolean;
    if (defaultValue)
        f.defaultValue = QJsonValue(*defaultValue);
    return f;
}

FieldSpec FieldSpec::oneOf(const QString &name, const QStringList &allowed, const QString &defaultValue)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Enum;
    f.allowed = allowed;
    if (!defaultValue.isEmpty())
        f.defaultValue = QJsonValue(defaultValue);
    return f;
}

FieldSpec FieldSpec::object(const QString &name, std::shared_ptr<const ConfigSchema> fields)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Object;
    f.fields = std::move(fields);
    return f;
}

FieldSpec FieldSpec::array(const QString &name, std::shared_ptr<const ConfigSchema> itemFields)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Array;
    f.fields = std::move(itemFields);
    return f;
}

FieldSpec FieldSpec::secretRef(const QString &name, QList<SecretForm> forms)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::SecretRef;
    f.secret = true;
    f.secretForms = std::move(forms);
    return f;
}

FieldSpec FieldSpec::describe(const QString &text) &&
{
    help = text;
    return std::move(*this);
}

FieldSpec FieldSpec::describe(const char *text) &&
{
    return std::move(*this).describe(QString::fromUtf8(text));
}

FieldSpec FieldSpec::require() &&
{
    required = true;
    return std::move(*this);
}

FieldSpec FieldSpec::defaultsTo(const QJsonValue &value) &&
{
    defaultValue = value;
    return std::move(*this);
}

FieldSpec FieldSpec::defaultNoted(const QString &note) &&
{
    defaultNote = note;
    return std::move(*this);
}

FieldSpec FieldSpec::atLeast(double min) &&
{
    minimum = min;
    return std::move(*this);
}

FieldSpec FieldSpec::range(double min, double max) &&
{
    minimum = min;
    maximum = max;
    return std::move(*this);
}

FieldSpec FieldSpec::matching(const QString &regex, const QString &hint) &&
{
    pattern = regex;
    patternHint = hint;
    return std::move(*this);
}

FieldSpec FieldSpec::regex() &&
{
    isRegex = true;
    return std::move(*this);
}

FieldSpec FieldSpec::onlyWhen(const QString &field, const QStringList &values) &&
{
    when = FieldCondition{field, values};
    return std::move(*this);
}

FieldSpec FieldSpec::replacesInline(const QString &inlineKey) &&
{
    insteadOf = inlineKey;
    return std::move(*this);
}

// ---- ConfigProblem ------------------------------------------------------------------------------------------

QString ConfigProblem::toString() const
{
    QString s;
    if (!where.isEmpty())
        s = where + QStringLiteral(": ");
    if (!path.isEmpty())
        s += path + QLatin1Char(' ');
    s += message;
    if (!s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('?')))
        s += QLatin1Char('.');
    return s;
}

// ---- ConfigSchema -------------------------------------------------------------------------------------------

ConfigSchema &ConfigSchema::add(FieldSpec field)
{
    m_fields.append(std::move(field));
    return *this;
}

ConfigSchema &ConfigSchema::add(const QList<FieldSpec> &fields)
{
    m_fields.append(fields);
    return *this;
}

ConfigSchema &ConfigSchema::requireAnyOf(const QStringList &fields, const QString &why, const FieldCondition &when)
{
    m_anyOf.append(AnyOf{fields, why, when});
    return *this;
}

const FieldSpec *ConfigSchema::field(const QString &name) const
{
    for (const FieldSpec &f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList ConfigSchema::fieldNames() const
{
    QStringList out;
    for (const FieldSpec &f : m_fields)
        out << f.name;
    return out;
}

QStringList ConfigSchema::secretFields() const
{
    QStringList out;
    for (const FieldSpec &f : m_fields) {
        if (f.secret)
            out << f.name;
    }
    return out;
}

ConfigSchema::Holds ConfigSchema::holds(const FieldCondition &when, const QJsonObject &object) const
{
    if (!when.isSet())
        return Holds::Yes;
    const FieldSpec *control = field(when.field);
    QJsonValue v = object.value(when.field);
    if (v.isUndefined() && control)
        v = control->defaultValue;
    if (v.isUndefined())
        return Holds::No;
    // A controlling value that is itself wrong is reported on its own; do not pile conditional complaints on it.
    if (!v.isString() || (control && control->kind == FieldKind::Enum && !control->allowed.contains(v.toString())))
        return Holds::Unknown;
    return when.values.contains(v.toString()) ? Holds::Yes : Holds::No;
}

QList<ConfigProblem> ConfigSchema::validate(const QJsonObject &object, const QString &pathPrefix) const
{
    QList<ConfigProblem> out;
    const QString what = m_title.isEmpty() ? msg::ThisObject() : m_title;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString path = pathPrefix + key;
        const FieldSpec *f = field(key);
        if (!f) {
            const auto replacement = std::find_if(m_fields.begin(), m_fields.end(), [&](const FieldSpec &s) { return s.insteadOf == key; });
            if (replacement != m_fields.end()) {
                out.append(problem(path, msg::HoldsSecretInline(secretInstead(replacement->name, replacement->secretForms.value(0, SecretForm::EnvVar)))));
            } else if (looksLikeSecretKey(key)) {
                const QStringList secrets = secretFields();
                out.append(problem(path, msg::LooksLikeSecretInline(key, QString(what.at(0).toUpper() + what.mid(1)),
                                                                 secrets.isEmpty() ? msg::TakesNoSecrets()
                                                                                   : msg::SecretSettingsAre(quotedList(secrets, QStringLiteral(" and "))))));
            } else if (const QString near = closestMatch(key, fieldNames()); !near.isEmpty()) {
                out.append(problem(path, msg::NotASettingDidYouMean(what, near)));
            } else {
                out.append(problem(path, msg::NotASettingOf(what, fieldNames().join(QStringLiteral(", ")))));
            }
            continue;
        }
        if (holds(f->when, object) == Holds::No) {
            const QJsonValue actual = object.value(f->when.field);
            out.append(problem(path, msg::AppliesOnlyWhen(f->when.field, quotedList(f->when.values),
                                                             actual.isUndefined() && field(f->when.field) ? shown(field(f->when.field)->defaultValue) : shown(actual),
                                                             actual.isUndefined() ? msg::ItsDefault() : QString())));
            continue;
        }
        out += checkValue(*f, it.value(), path);
    }
    for (const FieldSpec &f : m_fields) {
        if (f.required && !object.contains(f.name) && holds(f.when, object) == Holds::Yes)
            out.append(problem(pathPrefix + f.name, f.help.isEmpty() ? msg::IsRequired() : msg::IsRequiredBecause(f.help)));
    }
    for (const AnyOf &group : m_anyOf) {
        if (holds(group.when, object) != Holds::Yes)
            continue;
        const bool any = std::any_of(group.fields.begin(), group.fields.end(), [&](const QString &name) { return object.contains(name); });
        if (!any) {
            QString where = pathPrefix;
            if (where.endsWith(QLatin1Char('.')))
                where.chop(1);
            out.append(problem(where, msg::NeedsOneOf(quotedList(group.fields), group.why)));
        }
    }
    return out;
}

QJsonObject ConfigSchema::withDefaults(const QJsonObject &object) const
{
    QJsonObject out = object;
    for (const FieldSpec &f : m_fields) {
        if (!f.defaultValue.isUndefined() && !out.contains(f.name) && holds(f.when, object) == Holds::Yes)
            out.insert(f.name, f.defaultValue);
    }
    return out;
}

QJsonObject ConfigSchema::withoutDefaults(const QJsonObject &object) const
{
    QJsonObject out = object;
    for (const FieldSpec &f : m_fields) {
        if (!f.defaultValue.isUndefined() && out.contains(f.name) && out.value(f.name) == f.defaultValue)
            out.remove(f.name);
    }
    return out;
}

QJsonObject ConfigSchema::toJsonSchema() const
{
    QJsonObject properties;
    QJsonArray required;
    QList<FieldCondition> conditions;
    for (const FieldSpec &f : m_fields) {
        properties.insert(f.name, fieldJsonSchema(f));
        if (f.when.isSet()) {
            if (!conditions.contains(f.when))
                conditions.append(f.when);
        } else if (f.required) {
            required.append(f.name);
        }
    }
    for (const AnyOf &group : m_anyOf) {
        if (group.when.isSet() && !conditions.contains(group.when))
            conditions.append(group.when);
    }
    const auto anyOfRequired = [](const QStringList &fields) {
        QJsonArray alternatives;
        for (const QString &name : fields)
            alternatives.append(QJsonObject{{QStringLiteral("required"), QJsonArray{name}}});
        return QJsonObject{{QStringLiteral("anyOf"), alternatives}};
    };

    QJsonArray allOf;
    for (const FieldCondition &when : conditions) {
        QJsonObject condition{{QStringLiteral("properties"),
                               QJsonObject{{when.field, QJsonObject{{QStringLiteral("enum"), QJsonArray::fromStringList(when.values)}}}}}};
        const FieldSpec *control = field(when.field);
        // Absent, the controlling field takes its default; only require it when that default does not match.
        if (!control || !control->defaultValue.isString() || !when.values.contains(control->defaultValue.toString()))
            condition.insert(QStringLiteral("required"), QJsonArray{when.field});
        QJsonObject then;
        QJsonObject otherwise;
        QJsonArray thenRequired;
        QJsonObject forbidden;
        for (const FieldSpec &f : m_fields) {
            if (!(f.when == when))
                continue;
            if (f.required)
                thenRequired.append(f.name);
            forbidden.insert(f.name, false);
        }
        if (!thenRequired.isEmpty())
            then.insert(QStringLiteral("required"), thenRequired);
        QJsonArray thenAll;
        for (const AnyOf &group : m_anyOf) {
            if (group.when == when)
                thenAll.append(anyOfRequired(group.fields));
        }
        if (!thenAll.isEmpty())
            then.insert(QStringLiteral("allOf"), thenAll);
        if (!forbidden.isEmpty())
            otherwise.insert(QStringLiteral("properties"), forbidden);
        QJsonObject rule{{QStringLiteral("if"), condition}};
        if (!then.isEmpty())
            rule.insert(QStringLiteral("then"), then);
        if (!otherwise.isEmpty())
            rule.insert(QStringLiteral("else"), otherwise);
        allOf.append(rule);
    }
    for (const AnyOf &group : m_anyOf) {
        if (!group.when.isSet())
            allOf.append(anyOfRequired(group.fields));
    }

    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("additionalProperties"), false}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), required);
    if (!allOf.isEmpty())
        schema.insert(QStringLiteral("allOf"), allOf);
    return schema;
}

QJsonValue ConfigSchema::value(const QJsonObject &object, const QString &name) const
{
    const QJsonValue v = object.value(name);
    const FieldSpec *f = field(name);
    if (!f)
        return v;
    return hasKind(*f, v) ? v : f->defaultValue;
}

QString ConfigSchema::stringValue(const QJsonObject &object, const QString &name) const
{
    return value(object, name).toString();
}

qint64 ConfigSchema::intValue(const QJsonObject &object, const QString &name) const
{
    return qint64(value(object, name).toDouble());
}

double ConfigSchema::numberValue(const QJsonObject &object, const QString &name) const
{
    return value(object, name).toDouble();
}

bool ConfigSchema::boolValue(const QJsonObject &object, const QString &name) const
{
    return value(object, name).toBool();
}

// ---- free functions -----------------------------------------------------------------------------------------

QJsonObject fieldJsonSchema(const FieldSpec &f)
{
    QJsonObject s;
    switch (f.kind) {
    case FieldKind::String:
        s.insert(QStringLiteral("type"), QStringLiteral("string"));
        if (!f.pattern.isEmpty())
            s.insert(QStringLiteral("pattern"), f.pattern);
        if (f.isRegex)
            s.insert(QStringLiteral("format"), QStringLiteral("regex"));
        else if (f.required)
            s.insert(QStringLiteral("pattern"), QStringLiteral("\\S"));   // not empty, not only blanks
        break;
    case FieldKind::Path:
        s.insert(QStringLiteral("type"), QStringLiteral("string"));
        s.insert(QStringLiteral("pattern"), QStringLiteral("\\S"));
        break;
    case FieldKind::Enum:
        s.insert(QStringLiteral("type"), QStringLiteral("string"));
        s.insert(QStringLiteral("enum"), QJsonArray::fromStringList(f.allowed));
        break;
    case FieldKind::Integer:
    case FieldKind::Number:
        s.insert(QStringLiteral("type"), f.kind == FieldKind::Integer ? QStringLiteral("integer") : QStringLiteral("number"));
        if (f.minimum)
            s.insert(QStringLiteral("minimum"), *f.minimum);
        if (f.maximum)
            s.insert(QStringLiteral("maximum"), *f.maximum);
        break;
    case FieldKind::Boolean:
        s.insert(QStringLiteral("type"), QStringLiteral("boolean"));
        break;
    case FieldKind::Object:
        s = f.fields ? f.fields->toJsonSchema() : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        break;
    case FieldKind::Array:
        s.insert(QStringLiteral("type"), QStringLiteral("array"));
        if (f.fields)
            s.insert(QStringLiteral("items"), f.fields->toJsonSchema());
        break;
    case FieldKind::SecretRef: {
        QJsonArray forms;
        for (SecretForm form : f.secretForms) {
            switch (form) {
            case SecretForm::EnvVar:
                forms.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("pattern"), kEnvVarPattern}});
                break;
            case SecretForm::File:
                forms.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("pattern"), QStringLiteral("\\S")}});
                break;
            case SecretForm::Store:
                forms.append(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("properties"), QJsonObject{{QStringLiteral("secret"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                                                     {QStringLiteral("pattern"), kStorePattern}}}}},
                    {QStringLiteral("required"), QJsonArray{QStringLiteral("secret")}},
                    {QStringLiteral("additionalProperties"), false}});
                break;
            }
        }
        if (forms.size() == 1)
            s = forms.first().toObject();
        else
            s.insert(QStringLiteral("anyOf"), forms);
        // For editors and forms: this field names where a secret is (a vendor annotation; validators ignore it).
        s.insert(QStringLiteral("x-orderflow-secret"), true);
        break;
    }
    }
    QString description = f.help;
    if (!f.defaultNote.isEmpty())
        description += QStringLiteral(" Default: %1.").arg(f.defaultNote);
    if (f.secret)
        description += QStringLiteral(" Refers to a secret; never holds it.");
    if (!description.isEmpty())
        s.insert(QStringLiteral("description"), description.trimmed());
    if (!f.defaultValue.isUndefined())
        s.insert(QStringLiteral("default"), f.defaultValue);
    return s;
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    const auto squash = [](const QString &s) { return s.toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-')); };
    const QString w = word.toLower();
    QString best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const QString &candidate : candidates) {
        const QString c = candidate.toLower();
        qsizetype distance = 0;
        if (squash(word) == squash(candidate)) {
            distance = 0;
        } else if (word.size() >= 3 && c.startsWith(w)) {
            distance = 1;   // a shortened name: "x12" for "x12-850"
        } else {
            // Levenshtein distance over two rows.
            QList<qsizetype> previous(c.size() + 1), current(c.size() + 1);
            for (qsizetype j = 0; j <= c.size(); ++j)
                previous[j] = j;
            for (qsizetype i = 1; i <= w.size(); ++i) {
                current[0] = i;
                for (qsizetype j = 1; j <= c.size(); ++j) {
                    const qsizetype substitution = previous[j - 1] + (w.at(i - 1) == c.at(j - 1) ? 0 : 1);
                    current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
                }
                std::swap(previous, current);
            }
            distance = previous[c.size()];
        }
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    const qsizetype allowed = std::max<qsizetype>(1, std::min(word.size(), best.size()) / 3);
    return bestDistance <= allowed ? best : QString();
}

bool looksLikeSecretKey(const QString &key)
{
    const QString k = key.toLower();
    if (k.endsWith(QLatin1String("_env")) || k.endsWith(QLatin1String("_file")) || k.endsWith(QLatin1String("_ref")))
        return false;
    return k == QLatin1String("password") || k == QLatin1String("pass") || k == QLatin1String("token")
        || k == QLatin1String("secret") || k == QLatin1String("passphrase") || k == QLatin1String("api_key")
        || k.endsWith(QLatin1String("_password")) || k.endsWith(QLatin1String("_token")) || k.endsWith(QLatin1String("_secret"))
        || k.endsWith(QLatin1String("_passphrase"));
}

} // namespace orderflow
