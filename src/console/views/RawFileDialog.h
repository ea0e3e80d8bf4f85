// The inbound file exactly as received, read-only, optionally one EDI segment per line.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace orderflow::console {

class RawFileDialog : public QDialog {
    Q_OBJECT
public:
    RawFileDialog(const QString &name, QWidget *parent = nullptr);
    void setContent(const QByteArray &content);
    void setError(const QString &message);
    QString text() const;

private:
    void render();

    QByteArray m_content;
    QPlainTextEdit *m_text;
    QCheckBox *m_segments;
    QLabel *m_info;
};

} // namespace orderflow::console
