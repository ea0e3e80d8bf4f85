// Driving the setup wizards offscreen the way an admin clicks them: shared by the wizard, view and German tests.
#pragma once

#include "wizards/SetupWizard.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QWidget>

namespace orderflow::test {

// A named child widget; warns (and returns nullptr) when there is none, so the test's failure says which.
template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// On the type page: organisation "acme", the name and the type.
inline void chooseType(console::SetupWizard &wizard, const QString &name, const QString &type)
{
    QWidget *page = wizard.page(console::SetupWizard::TypePageId);
    child<QComboBox>(page, "orgCombo")->setCurrentText(QStringLiteral("acme"));
    child<QLineEdit>(page, "nameEdit")->setText(name);
    auto *types = child<QListWidget>(page, "typeList");
    types->setCurrentItem(types->findItems(type, Qt::MatchExactly).value(0));
}

// Types into (or chooses in) a settings field generated from the schema.
inline void setField(console::SetupWizard &wizard, const QString &field, const QString &value)
{
    QWidget *editor = wizard.findChild<QWidget *>(QStringLiteral("field_") + field);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(value));
    else
        qWarning("no editor for %s", qPrintable(field));
}

} // namespace orderflow::test
