#include "views/CellTextDialog.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace orderflow::console {

CellTextDialog::CellTextDialog(const QString &title, const QString &text, QWidget *parent) : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("cellTextDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(readable(text));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString CellTextDialog::text() const
{
    return m_text->toPlainText();
}

QString CellTextDialog::readable(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    }
    return text;
}

void CellTextDialog::attachTo(QAbstractItemView *view)
{
    QObject::connect(view, &QAbstractItemView::doubleClicked, view, [view](const QModelIndex &index) {
        // The tool tip holds the whole text where the model keeps the display short.
        QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            return;
        const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        auto *dialog = new CellTextDialog(column, text, view->window());
        dialog->show();
    });
}

} // namespace orderflow::console
