#include "views/PreferencesDialog.h"

#include "app/ConsoleSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace orderflow::console {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_age(new QSpinBox(this)), m_count(new QSpinBox(this)), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_age->setRange(0, 7 * 24 * 60);
    m_age->setSuffix(tr(" min"));
    m_age->setSpecialValueText(tr("never"));
    m_age->setValue(ConsoleSettings::backlogMaxAgeMinutes());
    m_age->setToolTip(tr("A queue is marked when its oldest order has waited longer than this"));
    m_count->setRange(0, 10000000);
    m_count->setSpecialValueText(tr("never"));
    m_count->setValue(ConsoleSettings::backlogMaxCount());
    m_count->setToolTip(tr("A queue is marked when more orders than this wait in it"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(ConsoleSettings::language())));

    auto *form = new QFormLayout;
    form->addRow(tr("Mark a queue when its oldest order waits longer than:"), m_age);
    form->addRow(tr("…or when more orders than this wait:"), m_count);
    form->addRow(tr("Language (after a restart):"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::save()
{
    ConsoleSettings::setBacklogMaxAgeMinutes(m_age->value());
    ConsoleSettings::setBacklogMaxCount(m_count->value());
    ConsoleSettings::setLanguage(m_language->currentData().toString());
    emit applied();
}

} // namespace orderflow::console
