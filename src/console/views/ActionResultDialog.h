// The per-row result of an operator action ("47 retried, 3 not: …"), shown without blocking the console.
#pragma once

#include "data/ConsoleTypes.h"

#include <QDialog>

class QLabel;

namespace orderflow::console {

class RecordTableModel;

class ActionResultDialog : public QDialog {
    Q_OBJECT
public:
    ActionResultDialog(const QString &what, const ActionOutcome &outcome, const QHash<QString, QString> &orderNumbers,
                       QWidget *parent = nullptr);
    const ActionOutcome &outcome() const { return m_outcome; }
    RecordTableModel *model() const { return m_model; }
    QString summaryText() const;

private:
    ActionOutcome m_outcome;
    RecordTableModel *m_model;
    QLabel *m_summary;
};

} // namespace orderflow::console
