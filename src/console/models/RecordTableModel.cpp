#include "models/RecordTableModel.h"

#include "models/ConsoleRoles.h"

#include <QBrush>
#include <QSet>

namespace orderflow::console {

RecordTableModel::RecordTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecordTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_records.clear();
    endResetModel();
}

int RecordTableModel::rowOfId(const QVariant &id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

void RecordTableModel::setRecords(const QList<Record> &records)
{
    QSet<QString> wanted;
    for (const Record &r : records)
        wanted.insert(r.id.toString());
    // Leave: rows no longer present, bottom up.
    for (int i = int(m_records.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(m_records.at(i).id.toString())) {
            beginRemoveRows({}, i, i);
            m_records.removeAt(i);
            endRemoveRows();
        }
    }
    // Walk the new list: update in place where the id is where expected, else move it there.
    for (int i = 0; i < records.size(); ++i) {
        const Record &r = records.at(i);
        if (i < m_records.size() && m_records.at(i).id == r.id) {
            m_records[i] = r;
            emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            continue;
        }
        const int old = rowOfId(r.id);
        if (old > i) {
            beginRemoveRows({}, old, old);
            m_records.removeAt(old);
            endRemoveRows();
        }
        beginInsertRows({}, i, i);
        m_records.insert(i, r);
        endInsertRows();
    }
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &r = m_records.at(index.row());
    const Cell cell = r.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.display;
    case Qt::ToolTipRole:
        if (!cell.toolTip.isEmpty())
            return cell.toolTip;
        return r.toolTip.isEmpty() ? QVariant() : QVariant(r.toolTip);
    case Qt::TextAlignmentRole:
        if (m_columns.value(index.column()).numeric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        return r.background.isValid() ? QVariant(QBrush(r.background)) : QVariant();
    case Qt::ForegroundRole:
        return r.foreground.isValid() ? QVariant(QBrush(r.foreground)) : QVariant();
    case SortRole:
        return cell.sort.isValid() ? cell.sort : cell.display;
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole && !m_columns.at(section).toolTip.isEmpty())
        return m_columns.at(section).toolTip;
    return {};
}

} // namespace orderflow::console
