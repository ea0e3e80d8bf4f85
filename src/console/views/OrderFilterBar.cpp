#include "views/OrderFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace orderflow::console {
namespace {

// The earliest date stands for "no limit" and shows as the special value text.
const QDate kNoDate(2000, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setDate(kNoDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

OrderFilterBar::OrderFilterBar(QWidget *parent)
    : QWidget(parent), m_org(new QComboBox(this)), m_source(new QComboBox(this)), m_partner(new QLineEdit(this)),
      m_from(dateEdit(this, QStringLiteral("receivedFrom"))), m_to(dateEdit(this, QStringLiteral("receivedTo"))),
      m_text(new QLineEdit(this)), m_clear(new QToolButton(this))
{
    m_org->setObjectName(QStringLiteral("orgFilter"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_partner->setObjectName(QStringLiteral("partnerFilter"));
    m_text->setObjectName(QStringLiteral("searchEdit"));
    m_org->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setClearButtonEnabled(true);
    m_partner->setClearButtonEnabled(true);
    m_clear->setIcon(QIcon(QStringLiteral(":/orderflow/icons/clear-filter.png")));
    m_clear->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_org);
    layout->addWidget(m_source);
    layout->addWidget(m_partner, 1);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_clear);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &OrderFilterBar::filterChanged);
    connect(m_text, &QLineEdit::textChanged, this, &OrderFilterBar::changedSoon);
    connect(m_partner, &QLineEdit::textChanged, this, &OrderFilterBar::changedSoon);
    // Return applies at once: an operator who pressed it expects the table now.
    connect(m_text, &QLineEdit::returnPressed, this, [this] { m_debounce.stop(); emit filterChanged(); });
    connect(m_org, &QComboBox::currentIndexChanged, this, &OrderFilterBar::filterChanged);
    connect(m_source, &QComboBox::currentIndexChanged, this, &OrderFilterBar::filterChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &OrderFilterBar::changedSoon);
    connect(m_to, &QDateEdit::dateChanged, this, &OrderFilterBar::changedSoon);
    connect(m_clear, &QToolButton::clicked, this, &OrderFilterBar::clear);
    retranslate();
    setChoices({});
}

void OrderFilterBar::retranslate()
{
    m_text->setPlaceholderText(tr("Search PO number, customer or SKU"));
    m_text->setToolTip(tr("Shows orders whose PO number, customer name or a line's SKU contains this text (Ctrl+F)"));
    m_partner->setPlaceholderText(tr("Partner"));
    m_partner->setToolTip(tr("Customer partner id or name contains"));
    m_from->setSpecialValueText(tr("from any date"));
    m_from->setToolTip(tr("Received on or after this day"));
    m_to->setSpecialValueText(tr("to any date"));
    m_to->setToolTip(tr("Received on or before this day"));
    m_org->setToolTip(tr("Organisation"));
    m_source->setToolTip(tr("Source (partner channel)"));
    m_clear->setToolTip(tr("Clear the filter"));
    if (m_org->count() > 0)
        m_org->setItemText(0, tr("All organisations"));
    if (m_source->count() > 0)
        m_source->setItemText(0, tr("All sources"));
}

void OrderFilterBar::setChoices(const FilterChoices &choices)
{
    const qint64 org = m_org->currentData().toLongLong();
    const qint64 source = m_source->currentData().toLongLong();
    const QSignalBlocker orgBlocker(m_org);
    const QSignalBlocker sourceBlocker(m_source);
    m_org->clear();
    m_org->addItem(tr("All organisations"), qint64(0));
    for (const FilterChoice &c : choices.orgs)
        m_org->addItem(c.label, c.id);
    m_source->clear();
    m_source->addItem(tr("All sources"), qint64(0));
    for (const FilterChoice &c : choices.sources)
        m_source->addItem(c.label, c.id);
    m_org->setCurrentIndex(qMax(0, m_org->findData(org)));
    m_source->setCurrentIndex(qMax(0, m_source->findData(source)));
    // A single organisation needs no choice.
    m_org->setVisible(choices.orgs.size() > 1);
}

void OrderFilterBar::applyTo(OrderQuery &query) const
{
    query.orgId = m_org->currentData().toLongLong();
    query.sourceId = m_source->currentData().toLongLong();
    query.partner = m_partner->text().trimmed();
    query.receivedFrom = m_from->date() == kNoDate ? QDate() : m_from->date();
    query.receivedTo = m_to->date() == kNoDate ? QDate() : m_to->date();
    query.text = m_text->text().trimmed();
}

void OrderFilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void OrderFilterBar::clear()
{
    {
        const QSignalBlocker b1(m_text), b2(m_partner), b3(m_from), b4(m_to), b5(m_org), b6(m_source);
        m_text->clear();
        m_partner->clear();
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
        m_org->setCurrentIndex(0);
        m_source->setCurrentIndex(0);
    }
    m_debounce.stop();
    emit filterChanged();
}

void OrderFilterBar::changedSoon()
{
    m_debounce.start();
}

void OrderFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace orderflow::console
