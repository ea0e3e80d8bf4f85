#include "models/OrderTableModel.h"

#include "data/ConsoleDataService.h"
#include "domain/EngineMessage.h"
#include "models/ConsoleRoles.h"
#include "models/DisplayFormat.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace orderflow::console {
namespace {

int compareValues(const QVariant &a, const QVariant &b)
{
    // SQLite hands back integers, reals or text; compare the way it sorted them.
    const auto numeric = [](const QVariant &v) {
        const int id = v.metaType().id();
        return id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::Double || id == QMetaType::UInt
            || id == QMetaType::ULongLong;
    };
    if (numeric(a) && numeric(b)) {
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
}

bool sameKey(const OrderKey &a, const OrderKey &b)
{
    return a.rowId == b.rowId && compareValues(a.sortValue, b.sortValue) == 0;
}

// Contiguous runs in ascending rows: [(first, last), …].
QList<QPair<int, int>> runs(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<QPair<int, int>> out;
    for (int r : std::as_const(rows)) {
        if (!out.isEmpty() && out.last().second + 1 == r)
            out.last().second = r;
        else
            out.append({r, r});
    }
    return out;
}

constexpr int kCountRefreshMs = 1000;

} // namespace

OrderTableModel::OrderTableModel(ConsoleDataService *data, QObject *parent) : QAbstractTableModel(parent), m_data(data)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &OrderTableModel::flush);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(kCountRefreshMs);
    connect(&m_countTimer, &QTimer::timeout, this, &OrderTableModel::requestCount);
    connect(m_data, &ConsoleDataService::pageReady, this, &OrderTableModel::onPage);
    connect(m_data, &ConsoleDataService::rowsReady, this, &OrderTableModel::onRows);
    connect(m_data, &ConsoleDataService::countReady, this, &OrderTableModel::onCount);
    connect(m_data, &ConsoleDataService::feedUpdated, this, &OrderTableModel::applyFeed);
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(OrderColumn::Count);
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(OrderColumn::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (OrderColumn(section)) {
        case OrderColumn::OrderNumber: return tr("PO number");
        case OrderColumn::Customer: return tr("Customer");
        case OrderColumn::Source: return tr("Source");
        case OrderColumn::Lines: return tr("Lines");
        case OrderColumn::Amount: return tr("Net amount");
        case OrderColumn::Currency: return tr("Currency");
        case OrderColumn::Received: return tr("Received");
        case OrderColumn::InState: return tr("In queue for");
        case OrderColumn::LastError: return tr("Last error");
        case OrderColumn::Count: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (OrderColumn(section)) {
        case OrderColumn::OrderNumber: return tr("The partner's purchase order number");
        case OrderColumn::InState: return tr("Time since the order's last change of state");
        case OrderColumn::LastError: return tr("The most recent delivery error, if any");
        default: return tr("Click to sort by this column");
        }
    }
    return {};
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow &r = m_rows.at(index.row());
    const auto column = OrderColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OrderColumn::OrderNumber: return r.orderNumber;
        case OrderColumn::Customer: return r.customerName;
        case OrderColumn::Source: return r.sourceName;
        case OrderColumn::Lines: return r.lineCount;
        case OrderColumn::Amount: return r.netAmount;
        case OrderColumn::Currency: return r.currency;
        case OrderColumn::Received: return DisplayFormat::localTime(r.receivedAt);
        case OrderColumn::InState: return DisplayFormat::ageSince(r.updatedAt);
        case OrderColumn::LastError: return translatedEngineText(r.lastError).section(QLatin1Char('\n'), 0, 0);
        case OrderColumn::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == OrderColumn::LastError && !r.lastError.isEmpty())
            return translatedEngineText(r.lastError);
        if (column == OrderColumn::OrderNumber)
            return tr("Order %1 from %2 (%3)").arg(r.id, r.sourceName, r.orgSlug);
        return {};
    case Qt::TextAlignmentRole:
        if (column == OrderColumn::Lines || column == OrderColumn::Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == OrderColumn::LastError)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case SortRole:
        switch (column) {
        case OrderColumn::OrderNumber: return r.orderNumber;
        case OrderColumn::Customer: return r.customerName;
        case OrderColumn::Source: return r.sourceName;
        case OrderColumn::Lines: return r.lineCount;
        case OrderColumn::Amount: return r.netAmount.toDouble();
        case OrderColumn::Currency: return r.currency;
        case OrderColumn::Received: return r.receivedAt;
        case OrderColumn::InState: return r.updatedAt;
        case OrderColumn::LastError: return r.lastError;
        case OrderColumn::Count: break;
        }
        return {};
    case IdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    default:
        return {};
    }
}

bool OrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_pageTicket == 0 && !m_firstPage;
}

void OrderTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(OrderColumn::Count))
        return;
    if (m_query.sortColumn == OrderColumn(column) && m_query.sortOrder == order)
        return;
    OrderQuery q = m_query;
    q.sortColumn = OrderColumn(column);
    q.sortOrder = order;
    setQuery(q);
}

void OrderTableModel::setQuery(const OrderQuery &query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_ids.clear();
    m_atEnd = false;
    m_firstPage = true;
    m_pageTicket = 0;
    m_rowTickets.clear();
    m_pending.clear();
    m_removedDuringFetch.clear();
    m_skippedDuringFetch.clear();
    m_flushTimer.stop();
    endResetModel();
    m_total = -1;
    m_countTicket = 0;
    m_countWanted = false;
    m_countTimer.stop();
    m_watch = 0;   // watched once the first page is here, from the feed position it was read at
    emit totalCountChanged(m_total);
    // Before the database is open only the query is kept; the session's ready signal asks again.
    if (m_data->isReady())
        requestPage();
}

void OrderTableModel::refresh()
{
    if (m_rows.isEmpty())
        return;
    QStringList ids;
    ids.reserve(m_rows.size());
    for (const OrderRow &r : std::as_const(m_rows))
        ids << r.id;
    m_rowTickets.insert(m_data->requestRows(m_query, ids));
}

int OrderTableModel::rowOf(const QString &orderId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == orderId)
            return i;
    }
    return -1;
}

QStringList OrderTableModel::orderIds(const QModelIndexList &rows) const
{
    QStringList out;
    for (const QModelIndex &i : rows) {
        if (i.isValid() && i.model() == this && i.row() < m_rows.size())
            out << m_rows.at(i.row()).id;
    }
    out.removeDuplicates();
    return out;
}

void OrderTableModel::requestPage()
{
    std::optional<OrderKey> after;
    if (!m_rows.isEmpty())
        after = m_rows.last().key();
    m_pageTicket = m_data->requestPage(m_query, after, m_pageSize);
}

void OrderTableModel::onPage(quint64 ticket, const OrderPage &page)
{
    if (ticket == 0 || ticket != m_pageTicket)
        return;   // an answer to a query the operator has since replaced
    const bool first = m_firstPage;
    m_firstPage = false;
    if (!page.error.isEmpty()) {
        m_pageTicket = 0;
        m_atEnd = true;   // do not ask again and again; the operator can refresh
        emit loadFailed(page.error);
        return;
    }
    QList<OrderRow> fresh;
    fresh.reserve(page.rows.size());
    for (const OrderRow &r : page.rows) {
        if (!m_ids.contains(r.id) && !m_removedDuringFetch.contains(r.id))
            fresh.append(r);
    }
    m_removedDuringFetch.clear();
    m_atEnd = page.atEnd;
    if (!fresh.isEmpty()) {
        // Still loading while the rows go in: a view asking for more from inside the insertion would page on
        // from before these rows and get them again.
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        for (const OrderRow &r : std::as_const(fresh)) {
            m_ids.insert(r.id);
            m_rows.append(r);
        }
        endInsertRows();
    }
    m_pageTicket = 0;
    if (!m_skippedDuringFetch.isEmpty()) {
        // They entered beyond the loaded range while this page was read; the page may or may not hold them.
        const QStringList again = m_skippedDuringFetch.values();
        m_skippedDuringFetch.clear();
        m_rowTickets.insert(m_data->requestRows(m_query, again));
    }
    if (first) {
        // From now on the feed brings this query's count and changed rows, caught up from the page's snapshot.
        if (page.seq >= 0)
            m_watch = m_data->watchOrders(m_query, page.seq);
        emit firstPageLoaded();
        requestCount();
    }
    emit pageLoaded();
}

void OrderTableModel::applyFeed(const FeedUpdate &update)
{
    if (update.reload) {
        setQuery(m_query);
        return;
    }
    if (update.watch == 0 || update.watch != m_watch)
        return;   // for a query this model no longer shows
    if (!update.watchedIds.isEmpty())
        mergeRows(update.watchedRows, update.watchedIds);
    setTotal(update.watchedCount);
}

void OrderTableModel::setTotal(int total)
{
    if (total == m_total)
        return;
    m_total = total;
    emit totalCountChanged(total);
}

void OrderTableModel::applyChanges(const OrderStateChanges &changes)
{
    for (const OrderStateChange &ch : changes) {
        if (m_query.orgId && ch.orgId != m_query.orgId)
            continue;
        const bool touchesQueue = ch.to == m_query.state || (!ch.created && ch.from == m_query.state);
        if (touchesQueue || m_pending.contains(ch.orderId) || m_ids.contains(ch.orderId))
            m_pending.insert(ch.orderId, ch.to);
    }
    if (!m_pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void OrderTableModel::flush()
{
    const QHash<QString, OrderState> pending = std::exchange(m_pending, {});
    QHash<QString, int> rowById;
    if (!pending.isEmpty() && !m_rows.isEmpty()) {
        rowById.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            rowById.insert(m_rows.at(i).id, i);
    }
    QList<int> leaving;
    QStringList entering;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.value() == m_query.state)
            entering << it.key();
        else if (const int row = rowById.value(it.key(), -1); row >= 0)
            leaving << row;
    }
    // Leaving rows go at once, without asking the database: the event says all there is to know.
    removeRowsSorted(leaving);
    // Entering rows need their data and must pass the filter: the database decides.
    if (!entering.isEmpty())
        m_rowTickets.insert(m_data->requestRows(m_query, entering));
    if (!m_countTimer.isActive())
        m_countTimer.start();
}

void OrderTableModel::onRows(quint64 ticket, const QList<OrderRow> &rows, const QStringList &requested)
{
    if (!m_rowTickets.remove(ticket))
        return;
    mergeRows(rows, requested);
}

void OrderTableModel::mergeRows(const QList<OrderRow> &rows, const QStringList &requested)
{
    QHash<QString, const OrderRow *> found;
    for (const OrderRow &r : rows)
        found.insert(r.id, &r);
    QHash<QString, int> rowById;
    for (int i = 0; i < m_rows.size(); ++i)
        rowById.insert(m_rows.at(i).id, i);

    QList<int> changed;
    QList<int> leaving;
    QList<OrderRow> entering;
    for (const QString &id : requested) {
        const OrderRow *fresh = found.value(id);
        const int row = rowById.value(id, -1);
        if (!fresh) {
            if (row >= 0)
                leaving << row;   // it left the queue or the filter meanwhile
        } else if (row < 0) {
            entering << *fresh;
        } else if (sameKey(m_rows.at(row).key(), fresh->key())) {
            m_rows[row] = *fresh;
            changed << row;
        } else {
            leaving << row;       // its sort value changed: it moves
            entering << *fresh;
        }
    }
    for (const auto &[first, last] : runs(changed))
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    removeRowsSorted(leaving);
    for (const OrderRow &r : std::as_const(entering)) {
        if (m_ids.contains(r.id))
            continue;
        if (withinLoadedRange(r))
            insertRow(r);
        else if (m_pageTicket)
            m_skippedDuringFetch.insert(r.id);
        // else: it sorts after the loaded rows; the next page will bring it
    }
}

void OrderTableModel::removeRowsSorted(QList<int> rows)
{
    const QList<QPair<int, int>> ranges = runs(std::move(rows));
    // Bottom up, so the rows above keep their numbers.
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        for (int r = it->first; r <= it->second; ++r) {
            m_ids.remove(m_rows.at(r).id);
            if (m_pageTicket)
                m_removedDuringFetch.insert(m_rows.at(r).id);
        }
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
}

void OrderTableModel::insertRow(const OrderRow &row)
{
    const int pos = insertPosition(row);
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, row);
    m_ids.insert(row.id);
    endInsertRows();
}

bool OrderTableModel::lessThan(const OrderKey &a, const OrderKey &b) const
{
    int c = compareValues(a.sortValue, b.sortValue);
    if (c == 0)
        c = a.rowId < b.rowId ? -1 : (a.rowId > b.rowId ? 1 : 0);
    return m_query.sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

int OrderTableModel::insertPosition(const OrderRow &row) const
{
    const OrderKey key = row.key();
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [this](const OrderKey &k, const OrderRow &r) { return lessThan(k, r.key()); });
    return int(it - m_rows.cbegin());
}

bool OrderTableModel::withinLoadedRange(const OrderRow &row) const
{
    if (m_atEnd)
        return true;
    if (m_rows.isEmpty())
        return false;
    return !lessThan(m_rows.last().key(), row.key());
}

void OrderTableModel::requestCount()
{
    if (m_watch && m_data->isReady())
        return;   // the feed brings the count with the rows
    if (m_countTicket) {
        m_countWanted = true;
        return;
    }
    m_countWanted = false;
    m_countTicket = m_data->requestCount(m_query);
}

void OrderTableModel::onCount(quint64 ticket, int count)
{
    if (ticket != m_countTicket)
        return;
    m_countTicket = 0;
    setTotal(count);
    if (m_countWanted && !m_countTimer.isActive())
        m_countTimer.start();
}

} // namespace orderflow::console
