// A read-only table of prepared records: the push log, exports, inbound files and the detail pane's tables.
// A refresh merges by record id (rows update, enter and leave in place), so selections survive it.
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QVariant>

namespace orderflow::console {

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Column {
        QString title;
        QString toolTip;
        bool numeric = false;   // right-aligned
    };
    struct Cell {
        QVariant display;
        QVariant sort;          // raw value; the display value when unset
        QString toolTip;
    };
    struct Record {
        QVariant id;            // unique in the table
        QList<Cell> cells;
        QColor background;      // invalid: none
        QColor foreground;
        QString toolTip;        // for the whole row
    };

    explicit RecordTableModel(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    void setRecords(const QList<Record> &records);
    const Record &recordAt(int row) const { return m_records.at(row); }
    int rowOfId(const QVariant &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<Record> m_records;
};

} // namespace orderflow::console
