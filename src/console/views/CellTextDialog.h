// The full text of a table cell that the column cuts short (an error, a request, a response), on double-click:
// JSON indented, everything else as it is, selectable for copying.
#pragma once

#include <QDialog>

class QAbstractItemView;
class QPlainTextEdit;

namespace orderflow::console {

class CellTextDialog : public QDialog {
    Q_OBJECT
public:
    CellTextDialog(const QString &title, const QString &text, QWidget *parent = nullptr);
    QString text() const;

    // JSON objects and arrays indented; any other text unchanged.
    static QString readable(const QString &text);
    // Double-clicking a cell of `view` opens this dialog with the cell's full text (headed by its column).
    static void attachTo(QAbstractItemView *view);

private:
    QPlainTextEdit *m_text;
};

} // namespace orderflow::console
