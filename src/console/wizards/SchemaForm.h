// A settings form generated from a type's ConfigSchema (src/config): one editor per field in the schema's order,
// its help under it, fields that only apply in another mode hidden, and each field's problem in red beside it as
// the admin types (inline validation by the same schema `config apply` uses). Secrets kept in the credential store
// (SecretForm::Store) are not edited here: the wizard's credentials page asks for them.
#pragma once

#include "config/ConfigSchema.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace orderflow::console {

class SchemaForm : public QWidget {
    Q_OBJECT
public:
    explicit SchemaForm(QWidget *parent = nullptr);

    // Rebuilds the editors for `schema` (kept by the caller), filled with `values`.
    void setSchema(const ConfigSchema *schema, const QJsonObject &values = {});
    // What the admin entered: only fields given a value that apply (not those of another mode); store-kept secrets are left out.
    QJsonObject values() const;
    // Problems of single fields (shown beside them); problems of the whole object are the caller's to show.
    QList<ConfigProblem> fieldProblems() const;
    bool isComplete() const { return fieldProblems().isEmpty(); }
    // The editor of a field (objectName "field_NAME"), for tests and focus.
    QWidget *editor(const QString &field) const { return m_rows.value(field).editor; }
    // The fields the credentials page asks for: secrets kept in the credential store.
    static QStringList storedSecretFields(const ConfigSchema &schema);
    // How a field is labelled and explained in the current language: its title ("Connect timeout (ms)") and its
    // schema's help text, both translated (context "config"); a problem's message (the engine's catalogue).
    static QString fieldLabel(const FieldSpec &spec);
    static QString fieldHelp(const FieldSpec &spec);
    static QString problemText(const ConfigProblem &problem);

signals:
    void edited();

private:
    struct Row {
        const FieldSpec *spec = nullptr;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *help = nullptr;
        QLabel *problem = nullptr;
    };
    QWidget *makeEditor(const FieldSpec &spec, const QJsonValue &value);
    QJsonValue editorValue(const Row &row) const;
    bool applies(const FieldSpec &spec, const QJsonObject &values) const;
    void refresh();

    const ConfigSchema *m_schema = nullptr;
    QFormLayout *m_form = nullptr;
    QMap<QString, Row> m_rows;
    QStringList m_order;
};

} // namespace orderflow::console
