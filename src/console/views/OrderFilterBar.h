// The filter bar above the order table: organisation, source, partner, received date range and free text
// (PO number, customer or SKU). Typing is debounced so the database is asked once per pause, not per key.
#pragma once

#include "data/ConsoleTypes.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace orderflow::console {

class OrderFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit OrderFilterBar(QWidget *parent = nullptr);

    void setChoices(const FilterChoices &choices);
    // Writes the filter into `query` (leaves state and sort alone).
    void applyTo(OrderQuery &query) const;
    void focusSearch();
    void clear();
    QLineEdit *searchEdit() const { return m_text; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void changedSoon();

    QComboBox *m_org;
    QComboBox *m_source;
    QLineEdit *m_partner;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QToolButton *m_clear;
    QTimer m_debounce;
};

} // namespace orderflow::console
