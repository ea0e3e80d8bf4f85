#include "views/ActionResultDialog.h"

#include "domain/EngineMessage.h"
#include "models/ConsoleRoles.h"
#include "models/LogRecords.h"
#include "models/RecordTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace orderflow::console {

ActionResultDialog::ActionResultDialog(const QString &what, const ActionOutcome &outcome, const QHash<QString, QString> &orderNumbers,
                                       QWidget *parent)
    : QDialog(parent), m_outcome(outcome), m_model(new RecordTableModel(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("actionResultDialog"));
    setWindowTitle(what);
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setText(summaryText());

    m_model->setColumns({{tr("Order"), {}, false}, {tr("Result"), {}, false}, {tr("Details"), {}, false}});
    QList<RecordTableModel::Record> records;
    // Failures first: they are what the operator has to read.
    QList<ActionResult> sorted = outcome.results;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ActionResult &a, const ActionResult &b) { return !a.ok && b.ok; });
    int i = 0;
    for (const ActionResult &r : std::as_const(sorted)) {
        RecordTableModel::Record rec;
        rec.id = i++;
        const QString number = orderNumbers.value(r.orderId);
        const QString order = number.isEmpty() ? r.orderId : tr("PO %1").arg(number);
        const QString message = translatedEngineText(r.message);
        rec.cells = {{order, order, r.orderId}, {r.ok ? tr("Done") : tr("Not done"), r.ok, {}}, {message, message, message}};
        rec.background = r.ok ? LogRecords::okBackground() : LogRecords::errorBackground();
        records.append(rec);
    }
    m_model->setRecords(records);

    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("resultView"));
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(720, 360);
}

QString ActionResultDialog::summaryText() const
{
    if (!m_outcome.error.isEmpty())
        return translatedEngineText(m_outcome.error);
    const int ok = m_outcome.succeeded();
    const int failed = m_outcome.failed();
    if (failed == 0)
        return tr("All %n order(s) done.", nullptr, ok);
    return tr("%1 done, %2 not done — the reasons are listed below.").arg(ok).arg(failed);
}

} // namespace orderflow::console
