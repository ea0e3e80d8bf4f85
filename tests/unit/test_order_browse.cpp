// Unit tests for the read side the console browses through — OrderBrowseRepository (keyset pages, SQL-side sort
// and filter, counts), OrderDetailRepository and QueueStatsRepository — on a real SQLite file filled through the
// engine's own write path (OrderRepository, ExportRepository).
#include "QueryPlan.h"
#include "domain/Validation.h"
#include "storage/ConfigRepository.h"
#include "storage/ExportRepository.h"
#include "storage/OrderBrowseRepository.h"
#include "storage/OrderDetailRepository.h"
#include "storage/OrderRepository.h"
#include "storage/QueueStatsRepository.h"
#include "storage/SqlTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace orderflow;

Q_DECLARE_METATYPE(orderflow::OrderColumn)

namespace {

constexpr int kOrders = 150;

// What the test put into the database, to compute every expected answer independently of SQL.
struct Seeded {
    QString id;
    QString org;             // slug
    QString source;          // name
    QString orderNumber;
    QString customer;
    QString partnerId;
    QDateTime receivedAt;
    QStringList skus;
    OrderState state = OrderState::Received;
};

using Predicate = std::function<bool(const Seeded &)>;

QString customerFor(int i)
{
    if (i == 11)
        return QStringLiteral("100% Cotton");   // a literal '%' for the filter to find
    static const char *const names[] = {"ACME Corp", "Globex Retail", "Initech", "Umbrella Supply"};
    return QLatin1String(names[i % 4]);
}

// Review, failed, acked, invalid, received and pushing orders, interleaved so every queue spans every org, source
// and day. (Received and pushing orders are left out of three queue indexes, migration 020: their queues sort.)
OrderState stateFor(int i)
{
    switch (i % 10) {
    case 4: return OrderState::Pushing;
    case 5: return OrderState::Received;
    case 6:
    case 7: return OrderState::Failed;
    case 8: return OrderState::Acked;
    case 9: return OrderState::Invalid;
    default: return OrderState::Review;
    }
}

QList<OrderState> pathTo(OrderState target)
{
    switch (target) {
    case OrderState::Failed: return {OrderState::Approved, OrderState::Pushing, OrderState::Failed};
    case OrderState::Acked: return {OrderState::Approved, OrderState::Pushing, OrderState::Sent, OrderState::Acked};
    case OrderState::Pushing: return {OrderState::Approved, OrderState::Pushing};
    case OrderState::Received: return {};
    default: return {target};
    }
}

// -1, 0 or 1: how two rows compare on the column, from the values a person would compare (the amount as a
// number, not as text), so a wrong sort expression shows here.
int compareOn(OrderColumn column, const OrderRow &a, const OrderRow &b)
{
    auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case OrderColumn::OrderNumber: return cmp(a.orderNumber, b.orderNumber);
    case OrderColumn::Customer: return cmp(a.customerName, b.customerName);
    case OrderColumn::Source: return cmp(a.sourceName, b.sourceName);   // source names sort like their ids here
    case OrderColumn::Lines: return cmp(a.lineCount, b.lineCount);
    case OrderColumn::Amount: return cmp(a.netAmount.toDouble(), b.netAmount.toDouble());
    case OrderColumn::Currency: return cmp(a.currency, b.currency);
    case OrderColumn::InState: return cmp(a.updatedAt, b.updatedAt);
    case OrderColumn::LastError: return cmp(a.lastError, b.lastError);
    case OrderColumn::Received:
    case OrderColumn::Count: break;
    }
    return cmp(a.receivedAt, b.receivedAt);
}

QStringList idsOf(const QList<OrderRow> &rows)
{
    QStringList out;
    for (const OrderRow &r : rows)
        out << r.id;
    return out;
}

} // namespace

class TestOrderBrowse : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesWalkTheQueueInOrder_data();
    void pagesWalkTheQueueInOrder();
    void pageBoundaryIgnoresRowsThatLeft();
    void queueSortsWalkAnIndex_data();
    void queueSortsWalkAnIndex();
    void filters_data();
    void filters();
    void allStatesWalksEveryQueue();
    void rowsRereadsOnlyQueueMembers();
    void failedIdsFollowTheFilterNotTheQueue();
    void orderNumbers();
    void detail();
    void detailOfUnknownOrder();
    void queueStats();
    void dashboard();

private:
    QList<OrderRow> walk(const OrderQuery &query, int pageSize);
    QSet<QString> expected(OrderState state, const Predicate &match = {}) const;
    qint64 orgId(const QString &slug) const { return m_orgIds.value(slug); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Seeded> m_seeded;
    QHash<QString, qint64> m_orgIds;
    QHash<QString, qint64> m_sourceIds;
    qint64 m_connectionId = 0;
    QDateTime m_base;
};

void TestOrderBrowse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("browse.db")), QStringLiteral("test"));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);

    auto folder = [&](const char *org, const char *name) {
        return QJsonObject{{QStringLiteral("org"), QLatin1String(org)}, {QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("type"), QStringLiteral("folder")},
                           {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), m_dir.filePath(QLatin1String(name))}}}};
    };
    const QJsonObject config{
        {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("Acme")}},
                                            QJsonObject{{QStringLiteral("slug"), QStringLiteral("globex")}, {QStringLiteral("name"), QStringLiteral("Globex")}}}},
        {QStringLiteral("connections"), QJsonArray{QJsonObject{
            {QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("erp")},
            {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")},
            {QStringLiteral("config"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("filesystem")}, {QStringLiteral("path"), m_dir.filePath(QStringLiteral("drop"))}}}}}},
        // Created in name order, so ordering by source id is ordering by name.
        {QStringLiteral("sources"), QJsonArray{folder("acme", "a-folder"), folder("acme", "b-folder"), folder("globex", "c-folder")}},
    };
    ConfigRepository config_(*m_db);
    auto applied = config_.apply(config);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    const auto orgs = config_.orgs();
    const auto sources = config_.sources();
    QVERIFY(orgs && sources);
    for (const OrgRecord &o : *orgs)
        m_orgIds.insert(o.slug, o.id);
    for (const SourceRecord &s : *sources)
        m_sourceIds.insert(s.name, s.id);
    m_connectionId = config_.connections()->constFirst().id;

    // Groups of five orders share a received time (ties for the keyset), spread over six days.
    m_base = QDateTime(QDate(2025, 3, 1), QTime(1, 0), Qt::UTC);
    static const char *const placement[][2] = {{"acme", "a-folder"}, {"acme", "b-folder"}, {"globex", "c-folder"}};
    OrderRepository orders(*m_db);
    Status seeded = m_db->transaction([&]() -> Status {
        for (int i = 0; i < kOrders; ++i) {
            Seeded s;
            s.org = QLatin1String(placement[i % 3][0]);
            s.source = QLatin1String(placement[i % 3][1]);
            s.orderNumber = i == 7 ? QStringLiteral("PO_007") : QStringLiteral("PO-%1").arg(i, 3, 10, QLatin1Char('0'));
            s.customer = customerFor(i);
            s.partnerId = QStringLiteral("P%1").arg(i % 4);
            s.receivedAt = m_base.addSecs(qint64(i / 5) * 17280);
            s.state = stateFor(i);

            Order o;
            o.orgId = m_orgIds.value(s.org);
            o.sourceId = m_sourceIds.value(s.source);
            o.orderNumber = s.orderNumber;
            o.customer = {s.partnerId, s.customer, QStringLiteral("C-%1").arg(i)};
            o.billTo = {s.customer, QStringLiteral("%1 Main St").arg(i), QStringLiteral("Springfield"), QStringLiteral("12345"), {}, QStringLiteral("US"), {}};
            o.currency = i % 9 == 0 ? QStringLiteral("EUR") : QStringLiteral("USD");
            o.receivedAt = s.receivedAt;
            o.sourceFormat = QStringLiteral("json");
            // 1-3 lines at a price that gives one-, two- and three-digit amounts (text order differs from number order).
            for (int l = 0; l <= i % 3; ++l) {
                OrderLine line;
                line.lineNo = l + 1;
                line.sku = QStringLiteral("SKU-%1").arg((i + l) % 7);
                line.partnerSku = QStringLiteral("X%1").arg(i);
                line.quantity = Decimal::fromInt(1);
                const QString price = QString::number((i % 6) * 40 + 5) + QStringLiteral(".5");
                line.unitPrice = Decimal::parse(QStringView(price));
                o.lines.append(line);
                s.skus << line.sku;
            }
            if (Status st = orders.insert(o); !st)
                return st;
            s.id = o.id;
            QList<ValidationProblem> problems;
            if (s.state == OrderState::Invalid)
                problems.append({QStringLiteral("lines[1].sku"), QStringLiteral("unknown SKU %1").arg(s.skus.first())});
            if (Status st = orders.saveProcessing(o, computeTotals(o), problems); !st)
                return st;
            for (OrderState step : pathTo(s.state)) {
                OrderRepository::Transition t{step, QStringLiteral("test"), QStringLiteral("state"), {}, {}, {}};
                if (step == OrderState::Failed)
                    t.set.append({QStringLiteral("last_error"), QStringLiteral("ERP refused (%1)").arg(i % 3)});
                if (auto changed = orders.transition(o.id, t); !changed)
                    return changed.error();
            }
            m_seeded.append(s);
        }
        return {};
    });
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
}

void TestOrderBrowse::cleanupTestCase()
{
    m_db.reset();
}

QList<OrderRow> TestOrderBrowse::walk(const OrderQuery &query, int pageSize)
{
    OrderBrowseRepository repo(*m_db);
    QList<OrderRow> all;
    std::optional<OrderKey> after;
    for (int guard = 0; guard <= kOrders + 1; ++guard) {
        auto page = repo.page(query, after, pageSize);
        if (!page) {
            qWarning("%s", qPrintable(page.error().message));
            return {};
        }
        all += *page;
        if (page->size() < pageSize)
            return all;
        after = page->constLast().key();
    }
    qWarning("paging never ended");
    return {};
}

QSet<QString> TestOrderBrowse::expected(OrderState state, const Predicate &match) const
{
    QSet<QString> out;
    for (const Seeded &s : m_seeded) {
        if (s.state == state && (!match || match(s)))
            out.insert(s.id);
    }
    return out;
}

void TestOrderBrowse::pagesWalkTheQueueInOrder_data()
{
    QTest::addColumn<OrderState>("state");
    QTest::addColumn<OrderColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("pageSize");
    const QList<QPair<OrderColumn, const char *>> columns{
        {OrderColumn::OrderNumber, "number"}, {OrderColumn::Customer, "customer"}, {OrderColumn::Source, "source"},
        {OrderColumn::Lines, "lines"},        {OrderColumn::Amount, "amount"},     {OrderColumn::Currency, "currency"},
        {OrderColumn::Received, "received"},  {OrderColumn::InState, "in state"},  {OrderColumn::LastError, "last error"}};
    for (const auto &[column, name] : columns) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray dir = order == Qt::AscendingOrder ? "asc" : "desc";
            QTest::newRow(QByteArray("review by " + QByteArray(name) + " " + dir + ", pages of 7").constData())
                << OrderState::Review << column << order << 7;
            QTest::newRow(QByteArray("failed by " + QByteArray(name) + " " + dir + ", pages of 2").constData())
                << OrderState::Failed << column << order << 2;
            QTest::newRow(QByteArray("received by " + QByteArray(name) + " " + dir + ", pages of 3").constData())
                << OrderState::Received << column << order << 3;
            QTest::newRow(QByteArray("pushing by " + QByteArray(name) + " " + dir + ", pages of 4").constData())
                << OrderState::Pushing << column << order << 4;
        }
    }
    QTest::newRow("review by received asc, pages of 1") << OrderState::Review << OrderColumn::Received << Qt::AscendingOrder << 1;
}

void TestOrderBrowse::pagesWalkTheQueueInOrder()
{
    QFETCH(OrderState, state);
    QFETCH(OrderColumn, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, pageSize);
    OrderQuery query;
    query.state = state;
    query.sortColumn = column;
    query.sortOrder = order;

    const QList<OrderRow> paged = walk(query, pageSize);
    const QList<OrderRow> whole = walk(query, 10000);
    const QSet<QString> want = expected(state);
    QCOMPARE(whole.size(), want.size());
    // Page boundaries inside runs of equal values neither repeat nor skip a row, and keep the one order.
    const QStringList pagedIds = idsOf(paged);
    QCOMPARE(pagedIds, idsOf(whole));
    QCOMPARE(QSet<QString>(pagedIds.cbegin(), pagedIds.cend()), want);
    auto counted = OrderBrowseRepository(*m_db).count(query);
    QVERIFY(counted);
    QCOMPARE(*counted, int(want.size()));

    int ties = 0;
    for (qsizetype i = 1; i < paged.size(); ++i) {
        const OrderRow &a = paged.at(i - 1);
        const OrderRow &b = paged.at(i);
        int c = compareOn(column, a, b);
        if (c == 0) {
            ++ties;
            c = a.rowId < b.rowId ? -1 : 1;   // ties in rowid order, in the same direction
        }
        if (order == Qt::DescendingOrder)
            c = -c;
        QVERIFY2(c < 0, qPrintable(QStringLiteral("row %1 (%2) before row %3 (%4)").arg(i - 1).arg(a.orderNumber).arg(i).arg(b.orderNumber)));
    }
    // The data has runs of equal values in every column but the PO number (and the change time, where it depends
    // on the clock), so the tie-break is exercised (in the review and failed queues; the others are small).
    if (column != OrderColumn::OrderNumber && column != OrderColumn::InState && (state == OrderState::Review || state == OrderState::Failed))
        QVERIFY2(ties > 0, "no ties: the test data no longer exercises the tie-break");
}

void TestOrderBrowse::queueSortsWalkAnIndex_data()
{
    QTest::addColumn<OrderState>("state");
    QTest::addColumn<OrderColumn>("column");
    QTest::addColumn<bool>("indexed");
    const QList<QPair<OrderColumn, const char *>> columns{{OrderColumn::OrderNumber, "number"}, {OrderColumn::Customer, "customer"},
                                                          {OrderColumn::Amount, "amount"}, {OrderColumn::Received, "received"},
                                                          {OrderColumn::InState, "in state"}};
    for (OrderState state : kAllOrderStates) {
        // Received and pushing orders are only in the indexes on times (those keys only grow); their queues
        // sorted by number, customer or amount sort their few rows.
        const bool passing = state == OrderState::Received || state == OrderState::Pushing;
        for (const auto &[column, name] : columns) {
            const bool byTime = column == OrderColumn::Received || column == OrderColumn::InState;
            QTest::newRow(qPrintable(stateName(state) + QStringLiteral(" by ") + QLatin1String(name))) << state << column << (byTime || !passing);
        }
    }
}

void TestOrderBrowse::queueSortsWalkAnIndex()
{
    // A sorted page of a queue of a million orders is an index walk, not a sort of the queue: checked on the plan
    // of the statement page() runs.
    QFETCH(OrderState, state);
    QFETCH(OrderColumn, column);
    QFETCH(bool, indexed);
    OrderQuery query;
    query.state = state;
    query.sortColumn = column;
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        query.sortOrder = order;
        const QStringList steps = orderflow::test::queryPlan(m_db->sql(), OrderBrowseRepository::pageStatement(query));
        const QString shown = steps.join(QStringLiteral("; "));
        QVERIFY2(!steps.isEmpty(), qPrintable(shown));
        QCOMPARE(!shown.contains(QLatin1String("TEMP B-TREE")), indexed);
        if (indexed)
            QVERIFY2(shown.contains(QLatin1String("draft_order_queue_")), qPrintable(shown));
    }
}

void TestOrderBrowse::pageBoundaryIgnoresRowsThatLeft()
{
    // A row of the first page leaves the queue before the second page is read: keyset paging goes on right after
    // the last row shown (OFFSET would skip one).
    OrderQuery query;
    query.state = OrderState::Review;
    const QList<OrderRow> before = walk(query, 10000);
    QVERIFY(before.size() > 20);
    OrderBrowseRepository repo(*m_db);
    auto first = repo.page(query, std::nullopt, 10);
    QVERIFY(first);
    QCOMPARE(idsOf(*first), idsOf(before.mid(0, 10)));

    OrderRepository orders(*m_db);
    const QString leaving = first->at(3).id;
    auto rejected = orders.transition(leaving, {OrderState::Rejected, QStringLiteral("test"), QStringLiteral("reject"), {}, OrderState::Review, {}});
    QVERIFY2(rejected, rejected ? "" : qPrintable(rejected.error().message));
    for (Seeded &s : m_seeded) {
        if (s.id == leaving)
            s.state = OrderState::Rejected;
    }

    auto second = repo.page(query, first->constLast().key(), 10);
    QVERIFY(second);
    QCOMPARE(idsOf(*second), idsOf(before.mid(10, 10)));
    auto counted = repo.count(query);
    QVERIFY(counted);
    QCOMPARE(*counted, int(before.size()) - 1);
}

void TestOrderBrowse::filters_data()
{
    QTest::addColumn<OrderQuery>("query");
    QTest::addColumn<Predicate>("match");
    const QDate firstDay = QDate(2025, 3, 1);
    auto q = [](const std::function<void(OrderQuery &)> &set) {
        OrderQuery query;
        set(query);
        return query;
    };
    auto contains = [](const QString &hay, const QString &needle) { return hay.contains(needle, Qt::CaseInsensitive); };

    QTest::newRow("no filter") << OrderQuery() << Predicate();
    QTest::newRow("organisation") << q([&](OrderQuery &x) { x.orgId = orgId(QStringLiteral("globex")); })
                                  << Predicate([](const Seeded &s) { return s.org == QLatin1String("globex"); });
    QTest::newRow("source") << q([&](OrderQuery &x) { x.sourceId = m_sourceIds.value(QStringLiteral("b-folder")); })
                            << Predicate([](const Seeded &s) { return s.source == QLatin1String("b-folder"); });
    QTest::newRow("partner by id") << q([](OrderQuery &x) { x.partner = QStringLiteral("p2"); })
                                   << Predicate([](const Seeded &s) { return s.partnerId == QLatin1String("P2"); });
    QTest::newRow("partner by name, trimmed, any case") << q([](OrderQuery &x) { x.partner = QStringLiteral("  umbrella "); })
                                                        << Predicate([=](const Seeded &s) { return contains(s.customer, QStringLiteral("umbrella")); });
    QTest::newRow("received from (inclusive)") << q([&](OrderQuery &x) { x.receivedFrom = firstDay.addDays(3); })
                                               << Predicate([=](const Seeded &s) { return s.receivedAt.date() >= firstDay.addDays(3); });
    QTest::newRow("received to (inclusive)") << q([&](OrderQuery &x) { x.receivedTo = firstDay.addDays(1); })
                                             << Predicate([=](const Seeded &s) { return s.receivedAt.date() <= firstDay.addDays(1); });
    QTest::newRow("received on one day") << q([&](OrderQuery &x) { x.receivedFrom = x.receivedTo = firstDay.addDays(2); })
                                         << Predicate([=](const Seeded &s) { return s.receivedAt.date() == firstDay.addDays(2); });
    QTest::newRow("text: PO number") << q([](OrderQuery &x) { x.text = QStringLiteral("PO-01"); })
                                     << Predicate([=](const Seeded &s) { return contains(s.orderNumber, QStringLiteral("PO-01")); });
    QTest::newRow("text: customer") << q([](OrderQuery &x) { x.text = QStringLiteral("globex"); })
                                    << Predicate([=](const Seeded &s) { return contains(s.customer, QStringLiteral("globex")); });
    QTest::newRow("text: a line's SKU") << q([](OrderQuery &x) { x.text = QStringLiteral("SKU-3"); })
                                        << Predicate([](const Seeded &s) { return s.skus.contains(QStringLiteral("SKU-3")); });
    QTest::newRow("text: '_' is literal") << q([](OrderQuery &x) { x.text = QStringLiteral("O_0"); })
                                          << Predicate([](const Seeded &s) { return s.orderNumber == QLatin1String("PO_007"); });
    QTest::newRow("text: '%' is literal") << q([](OrderQuery &x) { x.text = QStringLiteral("0%"); })
                                          << Predicate([](const Seeded &s) { return s.customer.contains(QLatin1String("0%")); });
    QTest::newRow("organisation and text") << q([&](OrderQuery &x) { x.orgId = orgId(QStringLiteral("acme")); x.text = QStringLiteral("initech"); })
                                           << Predicate([=](const Seeded &s) { return s.org == QLatin1String("acme") && contains(s.customer, QStringLiteral("initech")); });
    QTest::newRow("no match") << q([](OrderQuery &x) { x.text = QStringLiteral("no-such-order"); })
                              << Predicate([](const Seeded &) { return false; });
}

void TestOrderBrowse::filters()
{
    QFETCH(OrderQuery, query);
    QFETCH(Predicate, match);
    OrderBrowseRepository repo(*m_db);
    int nonEmpty = 0;
    for (OrderState state : {OrderState::Review, OrderState::Failed, OrderState::Invalid}) {
        query.state = state;
        const QSet<QString> want = expected(state, match);
        nonEmpty += want.isEmpty() ? 0 : 1;
        const QStringList got = idsOf(walk(query, 4));
        QCOMPARE(got.size(), want.size());
        QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), want);
        auto counted = repo.count(query);
        QVERIFY2(counted, counted ? "" : qPrintable(counted.error().message));
        QCOMPARE(*counted, int(want.size()));
    }
    if (QByteArray(QTest::currentDataTag()) != "no match")
        QVERIFY2(nonEmpty > 0, "the case must match something to prove anything");
}

// The monitoring API's list without a state filter: every queue in one walk, with the same filters and paging.
void TestOrderBrowse::allStatesWalksEveryQueue()
{
    OrderQuery query;
    query.allStates = true;
    query.state = OrderState::Review;   // ignored
    query.sortColumn = OrderColumn::Received;
    query.sortOrder = Qt::DescendingOrder;
    const QStringList paged = idsOf(walk(query, 7));
    QCOMPARE(paged.size(), m_seeded.size());
    QCOMPARE(QSet<QString>(paged.cbegin(), paged.cend()).size(), m_seeded.size());
    auto counted = OrderBrowseRepository(*m_db).count(query);
    QVERIFY(counted);
    QCOMPARE(*counted, int(m_seeded.size()));
    query.orgId = orgId(QStringLiteral("acme"));
    int acme = 0;
    for (const Seeded &s : std::as_const(m_seeded))
        acme += s.org == QLatin1String("acme") ? 1 : 0;
    QVERIFY(acme > 0 && acme < m_seeded.size());
    QCOMPARE(idsOf(walk(query, 5)).size(), acme);
    QCOMPARE(*OrderBrowseRepository(*m_db).count(query), acme);
}

void TestOrderBrowse::rowsRereadsOnlyQueueMembers()
{
    // More ids than one statement takes (they go in chunks), unknown ones among them.
    QStringList ids;
    for (const Seeded &s : m_seeded)
        ids << s.id;
    for (int i = 0; i < 400; ++i)
        ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::reverse(ids.begin(), ids.end());
    OrderQuery query;
    query.state = OrderState::Review;
    query.orgId = orgId(QStringLiteral("acme"));
    query.sortColumn = OrderColumn::Amount;
    auto rows = OrderBrowseRepository(*m_db).rows(query, ids);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    const QStringList got = idsOf(*rows);
    QCOMPARE(QSet<QString>(got.cbegin(), got.cend()),
             expected(OrderState::Review, [](const Seeded &s) { return s.org == QLatin1String("acme"); }));
    for (const OrderRow &r : *rows) {
        QCOMPARE(r.state, OrderState::Review);
        QCOMPARE(r.orgSlug, QStringLiteral("acme"));
        QCOMPARE(r.sortValue.toDouble(), r.netAmount.toDouble());   // the key the model places the row by
    }
}

void TestOrderBrowse::failedIdsFollowTheFilterNotTheQueue()
{
    OrderQuery scope;
    scope.state = OrderState::Review;   // the queue on screen does not matter
    scope.orgId = orgId(QStringLiteral("acme"));
    auto ids = OrderBrowseRepository(*m_db).failedIds(scope);
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
    QStringList want;   // oldest received first, then in the order they arrived (m_seeded is in insert order)
    QList<Seeded> failed;
    for (const Seeded &s : m_seeded) {
        if (s.state == OrderState::Failed && s.org == QLatin1String("acme"))
            failed << s;
    }
    std::stable_sort(failed.begin(), failed.end(), [](const Seeded &a, const Seeded &b) { return a.receivedAt < b.receivedAt; });
    for (const Seeded &s : failed)
        want << s.id;
    QVERIFY(want.size() > 5);
    QCOMPARE(*ids, want);
}

void TestOrderBrowse::orderNumbers()
{
    QStringList ids;
    for (const Seeded &s : m_seeded)
        ids << s.id << s.id;   // repeated ids are asked once
    for (int i = 0; i < 300; ++i)
        ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto numbers = OrderBrowseRepository(*m_db).orderNumbers(ids);
    QVERIFY2(numbers, numbers ? "" : qPrintable(numbers.error().message));
    QCOMPARE(numbers->size(), m_seeded.size());
    for (const Seeded &s : m_seeded)
        QCOMPARE(numbers->value(s.id), s.orderNumber);
}

void TestOrderBrowse::detail()
{
    // An invalid order with three lines and a validation problem, plus a failed push attempt on record.
    const auto it = std::find_if(m_seeded.cbegin(), m_seeded.cend(), [](const Seeded &s) { return s.state == OrderState::Invalid && s.skus.size() == 3; });
    QVERIFY(it != m_seeded.cend());
    const Seeded &s = *it;
    ExportRepository exports(*m_db);
    ExportRecord e;
    e.orgId = orgId(s.org);
    e.orderId = s.id;
    e.connectionId = m_connectionId;
    e.idempotencyKey = s.id + QStringLiteral(":1");
    e.fileName = s.orderNumber + QStringLiteral(".json");
    QVERIFY(exports.create(e));
    // Three hours ago: out of the dashboard's hour.
    const QString longAgo = timeText(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600));
    PushLogRecord attempt{e.orgId, e.id, s.id, m_connectionId, 1, e.idempotencyKey, longAgo, longAgo, 12,
                          QStringLiteral("transient"), {}, {}, QStringLiteral("timed out"), {}};
    QVERIFY(exports.logAttempt(attempt));

    auto got = OrderDetailRepository(*m_db).get(s.id);
    QVERIFY2(got, got ? "" : qPrintable(got.error().message));
    QVERIFY(got->has_value());
    const OrderDetailRecord &d = **got;
    QCOMPARE(d.summary.id, s.id);
    QCOMPARE(d.summary.orderNumber, s.orderNumber);
    QCOMPARE(d.summary.state, OrderState::Invalid);
    QCOMPARE(d.summary.orgSlug, s.org);
    QCOMPARE(d.summary.sourceName, s.source);
    QCOMPARE(d.summary.lineCount, 3);
    QCOMPARE(d.sourceFormat, QStringLiteral("json"));
    QVERIFY(d.erpCustomerNumber.startsWith(QLatin1String("C-")));
    QCOMPARE(d.billTo.name, s.customer);
    QCOMPARE(d.billTo.city, QStringLiteral("Springfield"));
    QCOMPARE(d.billTo.postalCode, QStringLiteral("12345"));
    QVERIFY(d.shipTo.isEmpty());
    QCOMPARE(d.lines.size(), 3);
    for (int l = 0; l < 3; ++l) {
        QCOMPARE(d.lines.at(l).lineNo, l + 1);
        QCOMPARE(d.lines.at(l).sku, s.skus.at(l));
    }
    QCOMPARE(d.problems.size(), 1);
    QCOMPARE(d.problems.first().field, QStringLiteral("lines[1].sku"));
    QVERIFY(!d.inbound.has_value());   // stored without an inbound message
    QCOMPARE(d.exports.size(), 1);
    QCOMPARE(d.exports.first().fileName, e.fileName);
    QCOMPARE(d.attempts.size(), 1);
    QCOMPARE(d.attempts.first().error, QStringLiteral("timed out"));
    QVERIFY(d.audit.size() >= 2);   // received, invalid
}

void TestOrderBrowse::detailOfUnknownOrder()
{
    auto got = OrderDetailRepository(*m_db).get(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY2(got, got ? "" : qPrintable(got.error().message));
    QVERIFY(!got->has_value());
}

void TestOrderBrowse::queueStats()
{
    QueueStatsRepository stats(*m_db);
    OrderBrowseRepository browse(*m_db);
    for (const QString &org : {QString(), QStringLiteral("acme"), QStringLiteral("globex")}) {
        auto queues = stats.queues(orgId(org));
        QVERIFY2(queues, queues ? "" : qPrintable(queues.error().message));
        QCOMPARE(queues->size(), qsizetype(std::size(kAllOrderStates)));
        for (OrderState state : kAllOrderStates) {
            const QueueStat stat = queues->value(state);
            const QSet<QString> want = expected(state, [&](const Seeded &s) { return org.isEmpty() || s.org == org; });
            QCOMPARE(stat.count, int(want.size()));
            OrderQuery query;
            query.state = state;
            query.orgId = orgId(org);
            query.sortColumn = OrderColumn::InState;
            QCOMPARE(*browse.count(query), stat.count);   // the queue list and the table agree
            if (stat.count == 0 || isFinalState(state)) {
                QVERIFY(stat.oldestAt.isEmpty());
            } else {
                auto oldest = browse.page(query, std::nullopt, 1);
                QVERIFY(oldest && !oldest->isEmpty());
                QCOMPARE(stat.oldestAt, oldest->first().updatedAt);
            }
        }
    }
}

void TestOrderBrowse::dashboard()
{
    // Push attempts 1 and 2 minutes ago, and one two hours ago that is out of the hour.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Seeded &s = m_seeded.first();
    ExportRepository exports(*m_db);
    ExportRecord e;
    e.orgId = orgId(s.org);
    e.orderId = s.id;
    e.connectionId = m_connectionId;
    e.idempotencyKey = s.id + QStringLiteral(":dash");
    e.fileName = s.orderNumber + QStringLiteral("-dash.json");
    QVERIFY(exports.create(e));
    int attempt = 0;
    for (const auto &[secondsAgo, outcome] : {std::pair{7200, "permanent"}, std::pair{130, "transient"}, std::pair{70, "success"}}) {
        const PushLogRecord r{e.orgId, e.id, s.id, m_connectionId, ++attempt, e.idempotencyKey, timeText(now.addSecs(-secondsAgo)), {}, 5,
                              QLatin1String(outcome), {}, {}, {}, {}};
        QVERIFY(exports.logAttempt(r));
    }

    auto figures = QueueStatsRepository(*m_db).dashboard(now);
    QVERIFY2(figures, figures ? "" : qPrintable(figures.error().message));
    for (OrderState state : kAllOrderStates)
        QCOMPARE(figures->ordersByState.value(int(state)), int(expected(state).size()));
    QCOMPARE(figures->failedOrders, int(expected(OrderState::Failed).size()));
    QCOMPARE(figures->pushesPerMinute.size(), qsizetype(QueueStatsRepository::kMinutesCharted));
    QList<int> perMinute(QueueStatsRepository::kMinutesCharted, 0);
    perMinute[QueueStatsRepository::kMinutesCharted - 2] = 1;   // 70 s ago
    perMinute[QueueStatsRepository::kMinutesCharted - 3] = 1;   // 130 s ago
    QCOMPARE(figures->pushesPerMinute, perMinute);
    QCOMPARE(figures->failedPushesLastHour, 1);   // the transient one; the permanent one is older
    // Received, review and pushing wait for the pipeline (failed and invalid wait for an operator): the oldest
    // change among their queues' first rows by time in state (a tie goes to the state listed first).
    QString wantState;
    QString wantAt;
    for (OrderState state : {OrderState::Received, OrderState::Review, OrderState::Pushing}) {
        OrderQuery queue;
        queue.state = state;
        queue.sortColumn = OrderColumn::InState;
        auto oldest = OrderBrowseRepository(*m_db).page(queue, std::nullopt, 1);
        QVERIFY(oldest && !oldest->isEmpty());
        if (wantAt.isEmpty() || oldest->first().updatedAt < wantAt) {
            wantAt = oldest->first().updatedAt;
            wantState = stateName(state);
        }
    }
    QCOMPARE(figures->oldestWaitingState, wantState);
    QCOMPARE(figures->oldestWaitingAt, wantAt);
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestOrderBrowse)
#include "test_order_browse.moc"
