// The orders of one queue, paged in from the database (canFetchMore/fetchMore with keyset paging) and kept
// live: state-change events are collected for a moment, then rows leave, enter or change in place — never a
// reset, which would lose the operator's selection and scroll position.
#pragma once

#include "data/ConsoleTypes.h"
#include "domain/OrderEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace orderflow::console {

class ConsoleDataService;

class OrderTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit OrderTableModel(ConsoleDataService *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting is a new query: the database sorts, the model only shows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A different queue, filter or order: the one place the model resets.
    void setQuery(const OrderQuery &query);
    const OrderQuery &query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // How long events are collected before the view is touched (batching).
    void setBatchInterval(int ms) { m_flushTimer.setInterval(ms); }

    const OrderRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &orderId) const;
    QStringList orderIds(const QModelIndexList &rows) const;
    // Orders in the queue under the filter (the database's count), -1 while unknown.
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_pageTicket != 0; }

public slots:
    // The change feed: rows and count for this query, read in one snapshot (see FeedUpdate). While the feed
    // watches this model's query, the count comes only from it, so the count and the rows never disagree.
    void applyFeed(const orderflow::console::FeedUpdate &update);
    // State-change events without the feed (tests): the rows are read again, the count asked for.
    void applyChanges(const orderflow::OrderStateChanges &changes);
    // Re-reads the rows on screen (e.g. after an action whose changes carried no state change).
    void refresh();

signals:
    void firstPageLoaded();
    void pageLoaded();   // after every page, the first included
    void totalCountChanged(int count);
    void loadFailed(const QString &message);

private:
    void requestPage();
    void onPage(quint64 ticket, const OrderPage &page);
    void onRows(quint64 ticket, const QList<OrderRow> &rows, const QStringList &requested);
    void mergeRows(const QList<OrderRow> &rows, const QStringList &requested);
    void setTotal(int total);
    void onCount(quint64 ticket, int count);
    void flush();
    void requestCount();
    void removeRowsSorted(QList<int> rows);
    void insertRow(const OrderRow &row);
    int insertPosition(const OrderRow &row) const;
    bool lessThan(const OrderKey &a, const OrderKey &b) const;
    bool withinLoadedRange(const OrderRow &row) const;

    ConsoleDataService *m_data;
    OrderQuery m_query;
    QList<OrderRow> m_rows;
    QSet<QString> m_ids;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_firstPage = true;
    int m_total = -1;

    quint64 m_pageTicket = 0;
    quint64 m_watch = 0;   // the feed's generation for m_query (0: no feed)
    quint64 m_countTicket = 0;
    bool m_countWanted = false;
    QSet<quint64> m_rowTickets;
    // Orders removed, and orders beyond the loaded range skipped, while a page was on its way.
    QSet<QString> m_removedDuringFetch;
    QSet<QString> m_skippedDuringFetch;

    QHash<QString, OrderState> m_pending;   // order id → latest state, collected until the next flush
    QTimer m_flushTimer;
    QTimer m_countTimer;
};

} // namespace orderflow::console
