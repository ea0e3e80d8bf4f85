// The whole flow on real files and a real SQLite database: folder → orders → dropzone → ack, and what goes wrong.
#include "Workspace.h"

#include "connectors/AckPoller.h"
#include "demo/SimulatedErp.h"
#include "pipeline/Engine.h"
#include "pipeline/Ingestor.h"
#include "pipeline/OperatorActions.h"
#include "pipeline/OrderProcessor.h"
#include "pipeline/PushService.h"
#include "storage/ExportRepository.h"
#include "storage/InboundRepository.h"
#include "storage/OrderRepository.h"
#include "transport/LocalFileStore.h"

#include <QSignalSpy>

using namespace orderflow;
using orderflow::test::Workspace;

namespace {

// Runs every stage once, as the engine's workers would, on this thread.
struct Stages {
    explicit Stages(Workspace &w) : ws(w) {}

    Workspace &ws;
    LocalFileStore store;
    StabilityTracker tracker;

    IngestReport ingest()
    {
        ConfigRepository config(*ws.db);
        auto source = config.sourceByName(QStringLiteral("acme"), QStringLiteral("partner"));
        if (!source)
            qFatal("%s", qPrintable(source.error().message));
        auto r = Ingestor(*ws.db).pollSource(*source, store, tracker);
        if (!r)
            qFatal("ingest: %s", qPrintable(r.error().message));
        return *r;
    }
    void process()
    {
        auto r = OrderProcessor(*ws.db).processBatch(1000);
        if (!r)
            qFatal("process: %s", qPrintable(r.error().message));
    }
    PushRound push()
    {
        auto r = PushService(*ws.db).runRound(1000);
        if (!r)
            qFatal("push: %s", qPrintable(r.error().message));
        return *r;
    }
    AckReport acks()
    {
        auto conn = ConfigRepository(*ws.db).connections(true);
        LocalFileStore ackStore;
        auto r = AckPoller(*ws.db).poll(conn->first(), ackStore, ws.acks);
        if (!r)
            qFatal("acks: %s", qPrintable(r.error().message));
        return *r;
    }
    QString state(const QString &id)
    {
        auto o = OrderRepository(*ws.db).load(id);
        return o ? stateName(o->state) : o.error().message;
    }
    QStringList ids()
    {
        QStringList out;
        auto list = OrderRepository(*ws.db).list(OrderFilter{std::nullopt, {}, 10000, 0});
        for (const OrderSummary &s : *list)
            out << s.id;
        return out;
    }
};

} // namespace

class TestPipeline : public QObject {
    Q_OBJECT
private slots:
    void folderToDropzoneToAck()
    {
        Workspace ws;
        ws.apply(ws.config());
        ws.drop(QStringLiteral("a.json"), Workspace::order(1));
        ws.drop(QStringLiteral("b.json"), Workspace::order(2, QStringLiteral("Initech"), QStringLiteral("5")));
        Stages s{ws};
        const IngestReport in = s.ingest();
        QCOMPARE(in.files.size(), 2);
        QCOMPARE(ws.files(ws.inbox), QStringList());
        QCOMPARE(ws.files(ws.inbox + QStringLiteral("/archive")), (QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")}));
        s.process();
        const PushRound round = s.push();
        QCOMPARE(round.delivered, 2);
        const QStringList written = ws.files(ws.dropzone, QStringLiteral("sales_order_*.json"));
        QCOMPARE(written.size(), 2);
        QVERIFY(ws.files(ws.dropzone, QStringLiteral("*.tmp")).isEmpty());
        for (const QString &id : s.ids())
            QCOMPARE(s.state(id), QStringLiteral("sent"));

        // The written document is the export contract, named by the rule, with a valid content hash.
        QFile f(ws.dropzone + QLatin1Char('/') + written.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("export_version")).toString(), QStringLiteral("orderflow_export_json_v1"));
        QVERIFY(written.first().startsWith(QStringLiteral("sales_order_") + doc.value(QStringLiteral("draft_order_id")).toString().remove(QLatin1Char('-')).left(8)));

        SimulatedErp erp(ws.dropzone, ws.acks);
        QCOMPARE(erp.answerNew(), 2);
        const AckReport acks = s.acks();
        QCOMPARE(acks.processed, 2);
        for (const QString &id : s.ids())
            QCOMPARE(s.state(id), QStringLiteral("acked"));
        QCOMPARE(ws.files(ws.acks + QStringLiteral("/processed")).size(), 2);
        auto exports = ExportRepository(*ws.db).list(10);
        for (const ExportRecord &e : *exports) {
            QCOMPARE(e.status, QStringLiteral("ACKED"));
            QVERIFY(e.erpOrderId.startsWith(QStringLiteral("SO-")));
        }
        // Reading the same ack again after a crash changes nothing.
        QCOMPARE(s.acks().processed, 0);
    }

    void errorAckThenRetryMakesNewExport()
    {
        Workspace ws;
        ws.apply(ws.config());
        ws.drop(QStringLiteral("g.json"), Workspace::order(7, QStringLiteral("Globex Retail")));
        Stages s{ws};
        s.ingest();
        s.process();
        s.push();
        SimulatedErp erp(ws.dropzone, ws.acks);
        erp.answerNew();
        s.acks();
        const QString id = s.ids().first();
        QCOMPARE(s.state(id), QStringLiteral("failed"));
        auto order = OrderRepository(*ws.db).list(OrderFilter{OrderState::Failed, {}, 10, 0});
        QVERIFY(order->first().lastError.contains(QStringLiteral("credit hold")));

        OrderStateChanges changes;
        const auto results = OperatorActions(*ws.db, QStringLiteral("tester")).retry({id.left(8)}, changes);
        QVERIFY(results.first().ok);
        QCOMPARE(s.state(id), QStringLiteral("approved"));
        s.push();
        erp.answerNew();
        s.acks();
        QCOMPARE(s.state(id), QStringLiteral("acked"));
        auto exports = ExportRepository(*ws.db).forOrder(id);
        QCOMPARE(exports->size(), 2);
        QCOMPARE(exports->at(0).status, QStringLiteral("FAILED"));
        QCOMPARE(exports->at(1).status, QStringLiteral("ACKED"));
        QCOMPARE(exports->at(1).pushGeneration, 2);
        QVERIFY(exports->at(0).idempotencyKey != exports->at(1).idempotencyKey);
        QVERIFY(exports->at(0).fileName != exports->at(1).fileName);
        // The operator's retry is in the audit trail under their name.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE actor = 'tester' AND action = 'retry'")), 1);
    }

    void malformedAndUnmatchedAcksGoToError()
    {
        Workspace ws;
        ws.apply(ws.config());
        Stages s{ws};
        LocalFileStore fs;
        QVERIFY(fs.writeAtomic(ws.acks + QStringLiteral("/ack_garbage.json"), QByteArrayLiteral("{not json"), false).ok());
        QVERIFY(fs.writeAtomic(ws.acks + QStringLiteral("/ack_sales_order_unknown.json"), QByteArrayLiteral(R"({"status":"ACKED","erp_order_id":"SO-1"})"), false).ok());
        const AckReport r = s.acks();
        QCOMPARE(r.rejected, 2);
        QCOMPARE(ws.files(ws.acks + QStringLiteral("/error")).size(), 2);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'ack_rejected'")), 2);
    }

    void duplicateFileAndDuplicateOrder()
    {
        Workspace ws;
        ws.apply(ws.config());
        Stages s{ws};
        ws.drop(QStringLiteral("one.json"), Workspace::order(1));
        s.ingest();
        // The very same bytes again, under another name: recorded as a duplicate file, no new order.
        ws.drop(QStringLiteral("again.json"), Workspace::order(1));
        const IngestReport second = s.ingest();
        QCOMPARE(second.files.first().status, QStringLiteral("duplicate"));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order")), 1);
        // The same order in different bytes: a new order, recognised by its fingerprint as a duplicate.
        ws.drop(QStringLiteral("reformatted.json"), QByteArray("\n  ") + Workspace::order(1));
        s.ingest();
        s.process();
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order")), 2);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = 'duplicate'")), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff\xfe garbage \x7f", 14) << QStringLiteral("Unrecognised content");
        QTest::newRow("truncated json") << QByteArray(R"({"id": 1, "items": [)") << QStringLiteral("Not valid JSON");
        QTest::newRow("wrong type") << QByteArray(R"({"id": 1, "customer": "X", "items": [{"sku": "P1", "quantity": true}]})") << QStringLiteral("items[0].quantity");
        QTest::newRow("items not array") << QByteArray(R"({"id": 1, "customer": "X", "items": {"sku": "P1"}})") << QStringLiteral("expected an array");
        QTest::newRow("missing items") << QByteArray(R"({"id": 1, "customer": "X"})") << QStringLiteral("missing");
        QTest::newRow("duplicate key") << QByteArray("{\"id\": 1, \"customer\": \"X\", \"items\": [{\"sku\": \"P1\", \"quantity\": 1, \"quantity\": 900}]}")
                                       << QStringLiteral("items[0].quantity: duplicate key 'quantity'");
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedError);
        Workspace ws;
        ws.apply(ws.config());
        Stages s{ws};
        ws.drop(QStringLiteral("bad.json"), content);
        ws.drop(QStringLiteral("good.json"), Workspace::order(42));
        const IngestReport r = s.ingest();
        QCOMPARE(r.files.size(), 2);
        // The bad file: an inbound message with a clear error, moved to error/, no order.
        auto inbound = InboundRepository(*ws.db).list(10, QStringLiteral("parse_error"));
        QCOMPARE(inbound->size(), 1);
        QVERIFY2(inbound->first().error.contains(expectedError), qPrintable(inbound->first().error));
        QVERIFY(inbound->first().error.contains(QStringLiteral("bad.json")));
        QCOMPARE(ws.files(ws.inbox + QStringLiteral("/error")), QStringList{QStringLiteral("bad.json")});
        // The good file beside it is untouched by the bad one.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order")), 1);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM order_line")), 1);
    }

    void fiftyMegabyteFileIsRefusedNotLost()
    {
        Workspace ws;
        ws.apply(ws.config());
        Stages s{ws};
        QByteArray big("{\"id\": 1, \"customer\": \"X\", \"notes\": \"");
        big.append(QByteArray(50 * 1024 * 1024, 'x'));
        big.append("\", \"items\": []}");
        ws.drop(QStringLiteral("huge.json"), big);
        const IngestReport r = s.ingest();
        QCOMPARE(r.files.first().status, QStringLiteral("parse_error"));
        QVERIFY(r.files.first().errors.first().contains(QStringLiteral("max_file_bytes")));
        QCOMPARE(QFileInfo(ws.inbox + QStringLiteral("/error/huge.json")).size(), big.size());   // kept, whole
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order")), 0);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM inbound_message WHERE content IS NULL")), 1);
    }

    void unknownSkuMakesOrderInvalidWithReason()
    {
        Workspace ws;
        QJsonObject cfg = ws.config();
        cfg.insert(QStringLiteral("products"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("sku"), QStringLiteral("P001")}}});
        ws.apply(cfg);
        Stages s{ws};
        ws.drop(QStringLiteral("x.json"), Workspace::order(5, QStringLiteral("ACME"), QStringLiteral("1"), QStringLiteral("NOPE")));
        s.ingest();
        s.process();
        auto invalid = OrderRepository(*ws.db).list(OrderFilter{OrderState::Invalid, {}, 10, 0});
        QCOMPARE(invalid->size(), 1);
        QVERIFY(invalid->first().lastError.contains(QStringLiteral("'NOPE' is not in the product catalog")));
        // Fix the catalog, revalidate: the order goes on.
        cfg.insert(QStringLiteral("products"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("sku"), QStringLiteral("NOPE")}}});
        ws.apply(cfg);
        OrderStateChanges changes;
        QVERIFY(OperatorActions(*ws.db, QStringLiteral("tester")).revalidate({invalid->first().id}, changes).first().ok);
        QCOMPARE(s.state(invalid->first().id), QStringLiteral("approved"));
    }

    void overlongOrOverflowingOrdersAreInvalidNotExported()
    {
        // A 100,000-character PO number and a line whose total does not fit an exact decimal: both orders stop at
        // validation with the reason, and nothing reaches the ERP.
        Workspace ws;
        ws.apply(ws.config());
        Stages s{ws};
        const QByteArray longPo(100000, '7');
        ws.drop(QStringLiteral("long.json"), "{\"id\": \"" + longPo + "\", \"customer\": \"ACME\", \"currency\": \"USD\", "
                                             "\"items\": [{\"sku\": \"P001\", \"quantity\": 1, \"unit_price\": 10}]}");
        ws.drop(QStringLiteral("huge.json"), R"({"id": "PO-HUGE", "customer": "ACME", "currency": "USD", "items": [
            {"sku": "P001", "quantity": "100000000000000000000", "unit_price": "100000000000000000000"},
            {"sku": "P002", "quantity": 1, "unit_price": 10}]})");
        s.ingest();
        s.process();
        QCOMPARE(s.push().delivered, 0);
        QCOMPARE(ws.files(ws.dropzone, QStringLiteral("*.json")), QStringList());
        auto invalid = OrderRepository(*ws.db).list(OrderFilter{OrderState::Invalid, {}, 10, 0});
        QCOMPARE(invalid->size(), 2);
        QStringList reasons;
        for (const OrderSummary &o : *invalid)
            reasons << o.lastError;
        reasons.sort();
        QVERIFY2(reasons.at(0).contains(QStringLiteral("Line 1: quantity 100000000000000000000 times unit price 100000000000000000000 is too large")),
                 qPrintable(reasons.at(0)));
        QVERIFY2(reasons.at(1).contains(QStringLiteral("(header.order_number) is 100000 characters long; at most 70 are allowed")),
                 qPrintable(reasons.at(1).left(300)));
        // The overflowing order has no wrong total stored: it is unknown, not the other line's 10.00.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE order_number = 'PO-HUGE' AND net_amount IS NULL")), 1);
    }

    void transientFailureRetriesThenGivesUp()
    {
        Workspace ws;
        // The dropzone directory does not exist: a transient failure (someone will create it), retried with backoff.
        QJsonObject cfg = ws.config(true, QJsonObject{{QStringLiteral("max_retries"), 2}, {QStringLiteral("breaker_threshold"), 100},
                                                      {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), ws.dir.filePath(QStringLiteral("missing"))}}}});
        ws.apply(cfg);
        Stages s{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(9));
        s.ingest();
        s.process();
        const QString id = s.ids().first();
        s.push();
        QCOMPARE(s.state(id), QStringLiteral("retry_wait"));
        auto summary = OrderRepository(*ws.db).list(OrderFilter{OrderState::RetryWait, {}, 10, 0});
        QVERIFY2(summary->first().lastError.contains(QStringLiteral("missing")), qPrintable(summary->first().lastError));
        for (int i = 0; i < 3; ++i) {
            QTest::qWait(10);
            s.push();
        }
        QCOMPARE(s.state(id), QStringLiteral("failed"));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE outcome = 'transient'")), 3);   // 3 attempts = 1 + max_retries 2
        // Every attempt of that export used one idempotency key.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(DISTINCT idempotency_key) FROM erp_push_log")), 1);
    }

    void pushNowSkipsTheBackoff()
    {
        Workspace ws;
        // A long backoff: without "push now" the order would wait an hour.
        ws.apply(ws.config(true, QJsonObject{{QStringLiteral("retry_base_ms"), 3600000}, {QStringLiteral("retry_max_ms"), 3600000},
                                             {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), ws.dir.filePath(QStringLiteral("later"))}}}}));
        Stages s{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(31));
        s.ingest();
        s.process();
        const QString id = s.ids().first();
        s.push();
        QCOMPARE(s.state(id), QStringLiteral("retry_wait"));
        QCOMPARE(s.push().attempted, 0);   // not due
        QDir().mkpath(ws.dir.filePath(QStringLiteral("later")));   // the operator fixed the dropzone
        OrderStateChanges changes;
        const auto results = OperatorActions(*ws.db, QStringLiteral("tester")).pushNow({id}, changes);
        QVERIFY(results.first().ok);
        QCOMPARE(s.push().delivered, 1);
        QCOMPARE(s.state(id), QStringLiteral("sent"));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'push_now' AND actor = 'tester'")), 1);
        // The retry reused the first attempt's export: one key, one file name.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_export")), 1);
        // An order that is already sent cannot be pushed again.
        const auto again = OperatorActions(*ws.db, QStringLiteral("tester")).pushNow({id}, changes);
        QVERIFY(!again.first().ok);
        QVERIFY(again.first().message.contains(QStringLiteral("'sent'")));
    }

    void approveRefusesAFailedOrder()
    {
        // Approving a failed order would push it again under its old idempotency key; that is retry's job.
        Workspace ws;
        ws.apply(ws.config());
        Stages s{ws};
        ws.drop(QStringLiteral("g.json"), Workspace::order(8, QStringLiteral("Globex Retail")));
        s.ingest();
        s.process();
        s.push();
        SimulatedErp erp(ws.dropzone, ws.acks);
        erp.answerNew();
        s.acks();
        const QString id = s.ids().first();
        QCOMPARE(s.state(id), QStringLiteral("failed"));
        OrderStateChanges changes;
        const auto results = OperatorActions(*ws.db, QStringLiteral("tester")).approve({id}, changes);
        QVERIFY(!results.first().ok);
        QVERIFY2(results.first().message.contains(QStringLiteral("use retry")), qPrintable(results.first().message));
        QCOMPARE(s.state(id), QStringLiteral("failed"));
    }

    void retryAfterConnectionSwapGoesToTheNewConnection()
    {
        // A dropzone is broken; the operator disables it and activates another. The waiting order must be
        // delivered, recorded and acknowledged on the new connection, not under the old one's export.
        Workspace ws;
        const QString broken = ws.dir.filePath(QStringLiteral("broken"));
        ws.apply(ws.config(true, QJsonObject{{QStringLiteral("retry_base_ms"), 3600000}, {QStringLiteral("retry_max_ms"), 3600000},
                                             {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), broken}}}}));
        Stages s{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(41));
        s.ingest();
        s.process();
        s.push();
        const QString id = s.ids().first();
        QCOMPARE(s.state(id), QStringLiteral("retry_wait"));

        QJsonObject swap = ws.config();
        QJsonArray connections = swap.value(QStringLiteral("connections")).toArray();
        QJsonObject old = connections.first().toObject();
        old.insert(QStringLiteral("status"), QStringLiteral("DISABLED"));
        old.insert(QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), broken}});
        QJsonObject fresh = connections.first().toObject();
        fresh.insert(QStringLiteral("name"), QStringLiteral("erp2"));
        swap.insert(QStringLiteral("connections"), QJsonArray{old, fresh});
        ws.apply(swap);

        OrderStateChanges changes;
        QVERIFY(OperatorActions(*ws.db, QStringLiteral("tester")).pushNow({id}, changes).first().ok);
        QCOMPARE(s.push().delivered, 1);
        SimulatedErp erp(ws.dropzone, ws.acks);
        QCOMPARE(erp.answerNew(), 1);
        s.acks();
        QCOMPARE(s.state(id), QStringLiteral("acked"));
        auto exports = ExportRepository(*ws.db).forOrder(id);
        QCOMPARE(exports->size(), 2);
        QCOMPARE(exports->at(0).status, QStringLiteral("FAILED"));
        QCOMPARE(exports->at(0).errorCode, QStringLiteral("connection_changed"));
        QCOMPARE(exports->at(1).status, QStringLiteral("ACKED"));
        // The automatic retry kept its generation's key; the push log numbers its attempts on.
        QCOMPARE(exports->at(0).idempotencyKey, exports->at(1).idempotencyKey);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(DISTINCT attempt) FROM erp_push_log")), 2);
    }

    void circuitBreakerPausesDeadConnection()
    {
        Workspace ws;
        ws.apply(ws.config(true, QJsonObject{{QStringLiteral("breaker_threshold"), 2}, {QStringLiteral("breaker_cooldown_ms"), 60000},
                                             {QStringLiteral("max_retries"), 10},
                                             {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), ws.dir.filePath(QStringLiteral("missing"))}}}}));
        Stages s{ws};
        for (int i = 0; i < 5; ++i)
            ws.drop(QStringLiteral("o%1.json").arg(i), Workspace::order(100 + i));
        s.ingest();
        s.process();
        s.push();   // all five fail → two in a row open the circuit
        auto conn = ConfigRepository(*ws.db).connections();
        QCOMPARE(conn->first().circuitState, QStringLiteral("open"));
        QTest::qWait(10);
        const PushRound paused = s.push();
        QCOMPARE(paused.attempted, 0);
        QVERIFY(paused.messages.join(QLatin1Char(' ')).contains(QStringLiteral("circuit breaker")));
    }

    void crashAfterDeliveryIsReconciledNotRewritten()
    {
        Workspace ws;
        ws.apply(ws.config());
        Stages s{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(11));
        s.ingest();
        s.process();
        const QString id = s.ids().first();
        // Simulate a crash after the file was renamed into place but before the result was recorded:
        // claim by hand, write the file under the stored name, and never record.
        {
            OrderRepository orders(*ws.db);
            QVERIFY(ws.db->transaction([&]() -> Status {
                OrderRepository::Transition t;
                t.to = OrderState::Pushing;
                t.actor = QStringLiteral("engine");
                t.action = QStringLiteral("push");
                auto c = orders.transition(id, t);
                if (!c)
                    return c.error();
                ExportRecord e;
                e.orgId = 1;
                e.orderId = id;
                e.connectionId = 1;
                e.idempotencyKey = PushService::idempotencyKey(1, id, 1);
                e.fileName = QStringLiteral("sales_order_crashed.json");
                return ExportRepository(*ws.db).create(e);
            }).ok());
            LocalFileStore fs;
            QVERIFY(fs.writeAtomic(ws.dropzone + QStringLiteral("/sales_order_crashed.json"), QByteArrayLiteral("{}"), false).ok());
        }
        auto recovered = PushService(*ws.db).recover(0);
        QVERIFY(recovered.ok());
        QCOMPARE(s.state(id), QStringLiteral("sent"));
        QCOMPARE(ws.files(ws.dropzone, QStringLiteral("sales_order_*")), QStringList{QStringLiteral("sales_order_crashed.json")});
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE outcome = 'reconciled'")), 1);
    }

    void engineOnThreadsRunsTheFlow()
    {
        Workspace ws;
        ws.apply(ws.config());
        for (int i = 0; i < 20; ++i)
            ws.drop(QStringLiteral("o%1.json").arg(i), Workspace::order(500 + i));
        EngineOptions options;
        options.databasePath = ws.dbPath;
        options.ingestIntervalMs = 50;
        options.ackIntervalMs = 50;
        Engine engine(options);
        QSignalSpy changed(&engine, &Engine::ordersChanged);
        SimulatedErp erp(ws.dropzone, ws.acks);
        erp.start(50);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = 'acked'")), 20, 20000);
        engine.stop();
        QVERIFY(changed.count() > 0);
        QCOMPARE(ws.files(ws.dropzone, QStringLiteral("sales_order_*.json")).size(), 20);
    }

    void configRefusesInlineSecrets()
    {
        Workspace ws;
        QJsonObject cfg = ws.config(true, QJsonObject{{QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), ws.dropzone}, {QStringLiteral("password"), QStringLiteral("hunter2")}}}});
        auto r = ConfigRepository(*ws.db).apply(cfg);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("password_env")));
        QVERIFY(!r.error().message.contains(QStringLiteral("hunter2")));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM org")), 0);   // nothing half-applied
    }

    void ediThroughFolderWrites997AndFlagsReusedInterchange()
    {
        Workspace ws;
        const QString outbox = ws.dir.filePath(QStringLiteral("outbox"));
        ws.apply(ws.config(true, {}, QJsonObject{{QStringLiteral("pattern"), QStringLiteral("*.x12")}, {QStringLiteral("outbound_path"), outbox}}));
        QFile sample(QStringLiteral(":/orderflow/demo/northwind-850.x12"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray x12 = sample.readAll();
        Stages s{ws};
        ws.drop(QStringLiteral("po.x12"), x12);
        s.ingest();
        s.process();
        auto orders = OrderRepository(*ws.db).list(OrderFilter{std::nullopt, {}, 10, 0});
        QCOMPARE(orders->size(), 1);
        QCOMPARE(orders->first().orderNumber, QStringLiteral("NW-77001"));
        QCOMPARE(orders->first().netAmount, QStringLiteral("1739.94"));   // 24 × 10.00 + 6 × 249.99
        // The partner gets a 997 accepting the group, written atomically to the outbound folder.
        const QStringList acks = ws.files(outbox);
        QCOMPARE(acks.size(), 1);
        QFile ack(outbox + QLatin1Char('/') + acks.first());
        QVERIFY(ack.open(QIODevice::ReadOnly));
        const QByteArray ackText = ack.readAll();
        QVERIFY2(ackText.contains("ST*997*") && ackText.contains("AK1*PO*101") && ackText.contains("AK9*A*1*1*1"), ackText.constData());
        // Another file re-using the same interchange control number (different content): stored, but flagged.
        QByteArray reused = x12;
        reused.replace("NW-77001", "NW-77002");
        ws.drop(QStringLiteral("po2.x12"), reused);
        const IngestReport second = s.ingest();
        QVERIFY2(second.files.first().errors.join(QLatin1Char(' ')).contains(QStringLiteral("reused a control number")),
                 qPrintable(second.files.first().errors.join(QLatin1Char(' '))));
        QVERIFY(second.problems.isEmpty());
        QCOMPARE(ws.files(outbox).size(), 2);   // the second file is acknowledged too, under its own name
    }

    void newerDatabaseIsRefused()
    {
        Workspace ws;
        QSqlQuery q(ws.db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 'x')")));
        auto again = Database::open(ws.dbPath, QStringLiteral("second"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("db_too_new"));
        QVERIFY(again.error().message.contains(QStringLiteral("999")));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestPipeline)
#include "test_pipeline.moc"
