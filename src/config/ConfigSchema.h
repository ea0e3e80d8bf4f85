// A typed description of one JSON settings object (a source type's or connection type's "config", or the
// fields every source has): names, kinds, defaults, ranges, which fields are secrets, help text. From it come
// validation with messages a person can act on, defaults, typed reads and a JSON Schema (draft 2020-12).
// Generic: the types that own a schema (sources, connectors) depend on this, never the other way round.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace orderflow {

class ConfigSchema;

enum class FieldKind {
    String,
    Integer,     // a JSON number without a fraction
    Number,
    Boolean,
    Enum,        // one of FieldSpec::allowed (strings)
    Path,        // a non-empty file or directory path
    Object,      // with FieldSpec::fields: exactly those fields; without: any object
    Array,       // with FieldSpec::fields: a list of such objects; without: any list
    SecretRef,   // where a secret is, never the secret: see SecretForm
};

// The ways a secret may be referred to. Whatever the form, the value itself never holds the secret.
enum class SecretForm {
    EnvVar,      // the name of an environment variable ("PARTNER2_SFTP_PASS")
    File,        // the path of a file that holds it (a private key)
    Store,       // {"secret": "connection/7/password"}: an entry in OrderFlow's credential store
};

// "Only when FIELD is one of VALUES" (FIELD's default counts when it is absent).
struct FieldCondition {
    QString field;
    QStringList values;

    bool isSet() const { return !field.isEmpty(); }
    bool operator==(const FieldCondition &o) const { return field == o.field && values == o.values; }
};

struct FieldSpec {
    QString name;
    FieldKind kind = FieldKind::String;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);   // Undefined: no fixed default
    QString defaultNote;          // a default that is computed ("PATH/archive"), for help text only
    bool required = false;        // (only when `when` holds)
    bool secret = false;          // set for every SecretRef field
    QList<SecretForm> secretForms;
    QString insteadOf;            // the inline-secret key this field replaces ("password" for password_env)
    QString help;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QStringList allowed;          // Enum
    QString pattern;              // String: a regular expression the whole value must match
    QString patternHint;          // what the pattern (or the Enum) means, for messages ("a known source type")
    bool isRegex = false;         // String: the value is itself a regular expression and must compile
    FieldCondition when;
    std::shared_ptr<const ConfigSchema> fields;   // Object / Array items

    // Builders, so a schema reads as a table: FieldSpec::integer("port", 22).range(1, 65535).describe("…").
    static FieldSpec string(const QString &name);
    static FieldSpec path(const QString &name);
    static FieldSpec integer(const QString &name, std::optional<qint64> defaultValue = std::nullopt);
    static FieldSpec number(const QString &name, std::optional<double> defaultValue = std::nullopt);
    static FieldSpec boolean(const QString &name, std::optional<bool> defaultValue = std::nullopt);
    static FieldSpec oneOf(const QString &name, const QStringList &allowed, const QString &defaultValue = {});
    static FieldSpec object(const QString &name, std::shared_ptr<const ConfigSchema> fields = {});
    static FieldSpec array(const QString &name, std::shared_ptr<const ConfigSchema> itemFields = {});
    static FieldSpec secretRef(const QString &name, QList<SecretForm> forms);

    FieldSpec describe(const QString &text) &&;
    // A help text marked with QT_TRANSLATE_NOOP("config", …): stored in English, translated where it is shown.
    FieldSpec describe(const char *text) &&;
    FieldSpec require() &&;
    FieldSpec defaultsTo(const QJsonValue &value) &&;
    FieldSpec defaultNoted(const QString &note) &&;
    FieldSpec atLeast(double min) &&;
    FieldSpec range(double min, double max) &&;
    FieldSpec matching(const QString &regex, const QString &hint) &&;
    FieldSpec regex() &&;
    FieldSpec onlyWhen(const QString &field, const QStringList &values) &&;
    FieldSpec replacesInline(const QString &inlineKey) &&;
};

// One thing wrong with a configuration: where (the source or connection, when known), which field, what to do.
struct ConfigProblem {
    QString where;     // "source 'partner2-sftp' (org 'acme')"; empty inside a single object
    QString path;      // "config.port", "orgs[0].slug"; empty for problems of the object as a whole
    QString message;   // reads after the path: "must be a whole number from 1 to 65535, not \"abc\""

    QString toString() const;
};

class ConfigSchema {
public:
    ConfigSchema() = default;
    // `title` names what the object is in messages: "a DROPZONE_JSON_V1 connection's config".
    explicit ConfigSchema(QString title) : m_title(std::move(title)) {}

    ConfigSchema &add(FieldSpec field);
    ConfigSchema &add(const QList<FieldSpec> &fields);
    // At least one of `fields` must be present (when `when` holds), e.g. key_file or password_env.
    ConfigSchema &requireAnyOf(const QStringList &fields, const QString &why, const FieldCondition &when = {});

    const QString &title() const { return m_title; }
    const QList<FieldSpec> &fields() const { return m_fields; }
    const FieldSpec *field(const QString &name) const;
    QStringList fieldNames() const;
    // The fields that refer to secrets: the one place that knows which settings are secret.
    QStringList secretFields() const;

    // Every problem with `object`; paths start with `pathPrefix` ("config.").
    QList<ConfigProblem> validate(const QJsonObject &object, const QString &pathPrefix = {}) const;
    // `object` with every fixed default that applies made explicit.
    QJsonObject withDefaults(const QJsonObject &object) const;
    // `object` without the values that equal their default (a minimal, equivalent object).
    QJsonObject withoutDefaults(const QJsonObject &object) const;
    // The JSON Schema (draft 2020-12) of this object, without "$schema".
    QJsonObject toJsonSchema() const;

    // Typed reads: the value when it is present and of the field's kind, else the field's default.
    QJsonValue value(const QJsonObject &object, const QString &name) const;
    QString stringValue(const QJsonObject &object, const QString &name) const;
    qint64 intValue(const QJsonObject &object, const QString &name) const;
    double numberValue(const QJsonObject &object, const QString &name) const;
    bool boolValue(const QJsonObject &object, const QString &name) const;

private:
    struct AnyOf {
        QStringList fields;
        QString why;
        FieldCondition when;
    };
    enum class Holds { Yes, No, Unknown };
    Holds holds(const FieldCondition &when, const QJsonObject &object) const;

    QString m_title;
    QList<FieldSpec> m_fields;
    QList<AnyOf> m_anyOf;
};

// The JSON Schema of one field (also used for the fields of a whole configuration document).
QJsonObject fieldJsonSchema(const FieldSpec &field);
// The candidate closest to `word` when it is plausibly a misspelling of it; empty otherwise.
QString closestMatch(const QString &word, const QStringList &candidates);
// A key that names a secret ("password", "api_token") — refused when its value is written inline.
bool looksLikeSecretKey(const QString &key);

} // namespace orderflow
