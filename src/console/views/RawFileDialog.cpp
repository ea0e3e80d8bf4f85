#include "views/RawFileDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace orderflow::console {

RawFileDialog::RawFileDialog(const QString &name, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_segments(new QCheckBox(this)), m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("rawFileDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Inbound file %1").arg(name));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlainText(tr("Loading…"));
    m_segments->setText(tr("One EDI segment per line"));
    m_segments->setToolTip(tr("Breaks the display after each segment terminator; the stored file is unchanged"));
    connect(m_segments, &QCheckBox::toggled, this, &RawFileDialog::render);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_text);
    layout->addWidget(m_segments);
    layout->addWidget(buttons);
    resize(820, 520);
}

void RawFileDialog::setContent(const QByteArray &content)
{
    m_content = content;
    const bool edi = content.trimmed().startsWith("ISA") || content.trimmed().startsWith("UNA") || content.trimmed().startsWith("UNB");
    m_segments->setChecked(edi && !content.contains('\n'));
    m_info->setText(tr("%1, exactly as received.").arg(QLocale().formattedDataSize(content.size())));
    render();
}

void RawFileDialog::setError(const QString &message)
{
    m_info->setText(message);
    m_text->clear();
}

QString RawFileDialog::text() const
{
    return m_text->toPlainText();
}

void RawFileDialog::render()
{
    // Partners send UTF-8 or Latin-1; show UTF-8 when it decodes cleanly, else Latin-1 (every byte visible).
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(m_content);
    if (utf8.hasError())
        text = QString::fromLatin1(m_content);
    if (m_segments->isChecked()) {
        const QString trimmed = text.trimmed();
        // X12 names its terminator right after ISA16 (byte 105); EDIFACT uses ' unless UNA says otherwise.
        QChar terminator = QLatin1Char('\'');
        if (trimmed.startsWith(QLatin1String("ISA")) && trimmed.size() > 105)
            terminator = trimmed.at(105);
        else if (trimmed.startsWith(QLatin1String("UNA")) && trimmed.size() > 8)
            terminator = trimmed.at(8);
        text.replace(terminator, QString(terminator) + QLatin1Char('\n'));
    }
    m_text->setPlainText(text);
}

} // namespace orderflow::console
