// Console preferences: when a queue counts as backing up, and the language.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace orderflow::console {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

signals:
    void applied();

private:
    void save();

    QSpinBox *m_age;
    QSpinBox *m_count;
    QComboBox *m_language;
};

} // namespace orderflow::console
