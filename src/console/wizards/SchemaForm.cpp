#include "wizards/SchemaForm.h"

#include "config/SettingTitles.h"
#include "domain/EngineMessage.h"

#include <QCoreApplication>

#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace orderflow::console {

namespace {

QString configText(const QString &english)
{
    const QByteArray utf8 = english.toUtf8();
    return QCoreApplication::translate("config", utf8.constData());
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

} // namespace

SchemaForm::SchemaForm(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    outer->addLayout(m_form);
    outer->addStretch();
}

QString SchemaForm::fieldLabel(const FieldSpec &spec)
{
    // The key stays beside the title: it is what the configuration file and `config export` call the setting.
    return tr("%1 (%2)").arg(configText(settingTitle(spec.name)), spec.name);
}

QString SchemaForm::fieldHelp(const FieldSpec &spec)
{
    return configText(spec.help);
}

QString SchemaForm::problemText(const ConfigProblem &problem)
{
    ConfigProblem shown = problem;
    shown.message = translatedEngineText(problem.message);
    return shown.toString();
}

QStringList SchemaForm::storedSecretFields(const ConfigSchema &schema)
{
    QStringList out;
    for (const FieldSpec &f : schema.fields()) {
        if (f.secret && f.secretForms.contains(SecretForm::Store))
            out << f.name;
    }
    return out;
}

void SchemaForm::setSchema(const ConfigSchema *schema, const QJsonObject &values)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    m_order.clear();
    m_schema = schema;
    if (!schema)
        return;
    const QStringList stored = storedSecretFields(*schema);
    for (const FieldSpec &spec : schema->fields()) {
        if (stored.contains(spec.name))
            continue;
        Row row;
        row.spec = &spec;
        row.editor = makeEditor(spec, values.value(spec.name));
        row.editor->setObjectName(QStringLiteral("field_") + spec.name);
        row.editor->setToolTip(fieldHelp(spec));
        row.label = new QLabel(fieldLabel(spec) + (spec.required ? QStringLiteral(" *") : QString()) + QLatin1Char(':'));
        row.label->setBuddy(row.editor);
        auto *cell = new QWidget;
        auto *box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(row.editor);
        row.problem = new QLabel;
        row.problem->setObjectName(QStringLiteral("problem_") + spec.name);
        row.problem->setWordWrap(true);
        row.problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        row.problem->hide();
        box->addWidget(row.problem);
        row.help = new QLabel(fieldHelp(spec));
        row.help->setWordWrap(true);
        row.help->setEnabled(false);
        box->addWidget(row.help);
        m_form->addRow(row.label, cell);
        m_rows.insert(spec.name, row);
        m_order << spec.name;
    }
    refresh();
}

QWidget *SchemaForm::makeEditor(const FieldSpec &spec, const QJsonValue &value)
{
    if (spec.kind == FieldKind::Enum || spec.kind == FieldKind::Boolean) {
        auto *combo = new QComboBox;
        const QStringList choices = spec.kind == FieldKind::Enum ? spec.allowed : QStringList{QStringLiteral("true"), QStringLiteral("false")};
        // The first entry leaves the field out, so the default applies (and follows later changes of it).
        combo->addItem(spec.defaultValue.isUndefined() ? tr("(not set)") : tr("(default: %1)").arg(valueText(spec.defaultValue)), QString());
        for (const QString &c : choices)
            combo->addItem(spec.kind == FieldKind::Boolean ? (c == QLatin1String("true") ? tr("yes") : tr("no")) : c, c);
        const int at = combo->findData(valueText(value));
        combo->setCurrentIndex(value.isUndefined() || at < 0 ? 0 : at);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            refresh();
            emit edited();
        });
        return combo;
    }
    auto *edit = new QLineEdit(valueText(value));
    if (!spec.defaultValue.isUndefined())
        edit->setPlaceholderText(tr("default: %1").arg(valueText(spec.defaultValue)));
    else if (!spec.defaultNote.isEmpty())
        edit->setPlaceholderText(tr("default: %1").arg(spec.defaultNote));
    connect(edit, &QLineEdit::textChanged, this, [this] {
        refresh();
        emit edited();
    });
    return edit;
}

QJsonValue SchemaForm::editorValue(const Row &row) const
{
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        const QString v = combo->currentData().toString();
        if (v.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        if (row.spec->kind == FieldKind::Boolean)
            return v == QLatin1String("true");
        return v;
    }
    const QString text = qobject_cast<QLineEdit *>(row.editor)->text().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    switch (row.spec->kind) {
    case FieldKind::Integer:
    case FieldKind::Number: {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(text);   // the schema says what is wrong with the text
    }
    case FieldKind::Object:
    case FieldKind::Array: {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
        return text;
    }
    default:
        return text;
    }
}

QJsonObject SchemaForm::values() const
{
    QJsonObject all;
    for (const QString &name : m_order) {
        const QJsonValue v = editorValue(m_rows.value(name));
        if (!v.isUndefined())
            all.insert(name, v);
    }
    // A field of another mode (SFTP host and user once the mode is "filesystem") is hidden: it is not part of the value.
    QJsonObject out;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (applies(*m_rows.value(it.key()).spec, all))
            out.insert(it.key(), it.value());
    }
    return out;
}

bool SchemaForm::applies(const FieldSpec &spec, const QJsonObject &values) const
{
    if (!spec.when.isSet())
        return true;
    QJsonValue v = values.value(spec.when.field);
    if (v.isUndefined() && m_schema)
        v = m_schema->value(values, spec.when.field);
    return spec.when.values.contains(valueText(v));
}

QList<ConfigProblem> SchemaForm::fieldProblems() const
{
    QList<ConfigProblem> out;
    if (!m_schema)
        return out;
    const QJsonObject current = values();
    for (const ConfigProblem &p : m_schema->validate(current)) {
        const QString field = p.path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        if (m_rows.contains(field) && applies(*m_rows.value(field).spec, current))
            out.append(p);
    }
    return out;
}

void SchemaForm::refresh()
{
    const QJsonObject current = values();
    QMap<QString, QString> problems;
    for (const ConfigProblem &p : fieldProblems())
        problems[p.path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0)] = translatedEngineText(p.message);
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const bool shown = applies(*it->spec, current);
        m_form->setRowVisible(it->label, shown);
        const QString problem = problems.value(it.key());
        // A required field nobody has typed into yet is not an error yet: the Next button stays off instead.
        const bool untouched = it->spec->required && current.value(it.key()).isUndefined();
        it->problem->setText(problem);
        it->problem->setVisible(shown && !problem.isEmpty() && !untouched);
    }
}

} // namespace orderflow::console
