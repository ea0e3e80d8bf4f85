// The exactly-once edges of the push and the ack: a crash after the rename when the ERP already took the file,
// connections that share an ack folder, and updates that must apply together or not at all. Real files, real
// SQLite; the crash point is reproduced by putting the database back where a kill would have left it.
#include "Workspace.h"

#include "connectors/AckPoller.h"
#include "demo/SimulatedErp.h"
#include "pipeline/Ingestor.h"
#include "pipeline/OperatorActions.h"
#include "pipeline/OrderProcessor.h"
#include "pipeline/PushService.h"
#include "storage/ExportRepository.h"
#include "storage/OrderRepository.h"
#include "transport/LocalFileStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace orderflow;
using orderflow::test::Workspace;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void exec(Workspace &ws, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(ws.db->sql());
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

// The hash a delivered export document states of itself.
QString statedSha(const QString &path)
{
    return readJson(path).value(QStringLiteral("meta")).toObject().value(QStringLiteral("content_sha256")).toString();
}

QString text(Workspace &ws, const QString &sql, const QString &bind)
{
    QSqlQuery q(ws.db->sql());
    q.prepare(sql);
    q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

struct Flow {
    explicit Flow(Workspace &w) : ws(w) {}

    Workspace &ws;
    LocalFileStore store;
    QHash<QString, StabilityTracker> trackers;

    void ingest(const QString &org = QStringLiteral("acme"))
    {
        auto source = ConfigRepository(*ws.db).sourceByName(org, QStringLiteral("partner"));
        QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().message));
        auto r = Ingestor(*ws.db).pollSource(*source, store, trackers[org]);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }
    void process()
    {
        auto r = OrderProcessor(*ws.db).processBatch(1000);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }
    PushRound push()
    {
        auto r = PushService(*ws.db).runRound(1000);
        if (!r)
            qFatal("push: %s", qPrintable(r.error().message));
        return *r;
    }
    AckReport acks(const QString &connectionName = QStringLiteral("erp"), const QString &ackDir = {})
    {
        auto conns = ConfigRepository(*ws.db).connections(true);
        for (const ConnectionRecord &c : *conns) {
            if (c.name == connectionName) {
                LocalFileStore ackStore;
                auto r = AckPoller(*ws.db).poll(c, ackStore, ackDir.isEmpty() ? c.config.value(QStringLiteral("ack_path")).toString() : ackDir);
                if (!r)
                    qFatal("acks: %s", qPrintable(r.error().message));
                return *r;
            }
        }
        qFatal("no connection %s", qPrintable(connectionName));
    }
    QString state(const QString &id) { return text(ws, QStringLiteral("SELECT state FROM draft_order WHERE id = ?"), id); }
    QString onlyOrder() { return text(ws, QStringLiteral("SELECT id FROM draft_order WHERE order_number <> ? LIMIT 1"), QStringLiteral("-")); }
    ExportRecord exportOf(const QString &id)
    {
        auto list = ExportRepository(*ws.db).forOrder(id);
        if (!list || list->size() != 1)
            qFatal("expected one export of %s", qPrintable(id));
        return list->first();
    }

    // An order delivered to the dropzone whose push record a kill -9 lost (see undoRecord): its id and file name.
    std::pair<QString, QString> deliveredUnrecorded(int orderNumber)
    {
        ws.drop(QStringLiteral("o.json"), Workspace::order(orderNumber));
        ingest();
        process();
        if (push().delivered != 1)
            qFatal("order %d was not delivered", orderNumber);
        const QString id = onlyOrder();
        const QString name = exportOf(id).fileName;
        undoRecord(id);
        return {id, name};
    }

    // The database as a kill -9 leaves it between the rename of the export file and the record of the push:
    // the claim committed (order `pushing`, export PENDING with its name and key; the document's hash is recorded
    // with the attempt's outcome), nothing after it.
    void undoRecord(const QString &id)
    {
        exec(ws, QStringLiteral("UPDATE draft_order SET state = 'pushing', last_error = NULL, next_attempt_at = NULL WHERE id = ?"), {id});
        exec(ws, QStringLiteral("UPDATE erp_export SET status = 'PENDING', sent_at = NULL, content_sha256 = NULL WHERE order_id = ?"), {id});
        exec(ws, QStringLiteral("DELETE FROM erp_push_log WHERE order_id = ?"), {id});
    }
};

QJsonObject dropzoneConnection(const QString &org, const QString &name, const QJsonObject &config)
{
    return QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")},
                       {QStringLiteral("retry_base_ms"), 1}, {QStringLiteral("retry_max_ms"), 5}, {QStringLiteral("config"), config}};
}

QJsonObject twoOrgs(const QJsonArray &connections)
{
    return QJsonObject{{QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}},
                                                           QJsonObject{{QStringLiteral("slug"), QStringLiteral("globex")}, {QStringLiteral("name"), QStringLiteral("Globex")}}}},
                       {QStringLiteral("connections"), connections}};
}

} // namespace

class TestExactlyOnce : public QObject {
    Q_OBJECT
private slots:
    // ---- item 5: a crash after the rename, when the ERP already took the file --------------------------------

    void recoveryTakesTheErpsAnswerAsEvidence_data()
    {
        QTest::addColumn<QString>("evidence");   // where the ERP's trace of the file is when the daemon restarts
        QTest::addColumn<QString>("finalState");
        QTest::newRow("file still in the dropzone") << QStringLiteral("dropzone") << QStringLiteral("acked");
        QTest::newRow("ack in the ack folder") << QStringLiteral("ack_") << QStringLiteral("acked");
        QTest::newRow("error file in the ack folder") << QStringLiteral("error_") << QStringLiteral("failed");
        QTest::newRow("ack in processed/") << QStringLiteral("processed/ack_") << QStringLiteral("acked");
        QTest::newRow("error file in processed/") << QStringLiteral("processed/error_") << QStringLiteral("failed");
        QTest::newRow("ack in error/") << QStringLiteral("error/ack_") << QStringLiteral("acked");
    }
    void recoveryTakesTheErpsAnswerAsEvidence()
    {
        QFETCH(QString, evidence);
        QFETCH(QString, finalState);
        Workspace ws;
        ws.apply(ws.config());
        Flow f{ws};
        const auto [id, name] = f.deliveredUnrecorded(501);

        const QString delivered = ws.dropzone + QLatin1Char('/') + name;
        const QString deliveredSha = statedSha(delivered);
        QCOMPARE(deliveredSha.size(), 64);
        if (evidence != QLatin1String("dropzone")) {
            // The ERP took the file away at once and answered (its answer may since have been moved on).
            QDir().mkpath(ws.dir.filePath(QStringLiteral("erp")));
            QVERIFY(QFile::rename(delivered, ws.dir.filePath(QStringLiteral("erp/") + name)));
            const bool ack = evidence.endsWith(QLatin1String("ack_"));
            writeFile(ws.acks + QLatin1Char('/') + evidence + name,
                      ack ? QByteArrayLiteral(R"({"status":"ACKED","erp_order_id":"SO-501"})")
                          : QByteArrayLiteral(R"({"status":"FAILED","error_code":"CREDIT_HOLD","message":"on hold"})"));
        }

        auto recovered = PushService(*ws.db).recover(0);
        QVERIFY(recovered.ok());
        QCOMPARE(f.state(id), QStringLiteral("sent"));
        QCOMPARE(f.exportOf(id).status, QStringLiteral("SENT"));
        QCOMPARE(f.exportOf(id).contentSha256, deliveredSha);   // the hash of the document the ERP has
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE outcome = 'reconciled'")), 1);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE outcome = 'interrupted'")), 0);
        // Nothing is written again: the ERP has it.
        QCOMPARE(f.push().attempted, 0);
        QCOMPARE(ws.files(ws.dropzone, QStringLiteral("sales_order_*")),
                 evidence == QLatin1String("dropzone") ? QStringList{name} : QStringList());

        // The ack poller does the rest, wherever the answer was.
        if (evidence == QLatin1String("dropzone"))
            QCOMPARE(SimulatedErp(ws.dropzone, ws.acks).answerNew(), 1);
        const AckReport acks = f.acks();
        QCOMPARE(acks.processed, 1);
        QCOMPARE(f.state(id), finalState);
        QCOMPARE(ws.files(ws.acks, QStringLiteral("*.json")), QStringList());
    }

    void recoveryNamesTheHashOfTheDeliveredDocument_data()
    {
        QTest::addColumn<bool>("fileThere");
        QTest::newRow("file still in the dropzone") << true;
        QTest::newRow("taken by the ERP, answered") << false;
    }
    void recoveryNamesTheHashOfTheDeliveredDocument()
    {
        // kill -9 after the dropzone rename; before the restart the source was renamed, so this version would write
        // another document for the order now. The export names the hash of the document the ERP has, read from the
        // delivered file; when the ERP took the file away, a hash written again now is marked as such in the push log.
        QFETCH(bool, fileThere);
        Workspace ws;
        ws.apply(ws.config());
        Flow f{ws};
        const auto [id, name] = f.deliveredUnrecorded(511);
        exec(ws, QStringLiteral("UPDATE source SET name = 'partner-renamed'"));

        const QString delivered = ws.dropzone + QLatin1Char('/') + name;
        const QString deliveredSha = statedSha(delivered);
        QCOMPARE(deliveredSha.size(), 64);
        if (!fileThere) {
            QVERIFY(QFile::remove(delivered));
            writeFile(ws.acks + QStringLiteral("/ack_") + name, QByteArrayLiteral(R"({"status":"ACKED","erp_order_id":"SO-511"})"));
        }

        auto recovered = PushService(*ws.db).recover(0);
        QVERIFY(recovered.ok());
        QCOMPARE(f.exportOf(id).status, QStringLiteral("SENT"));
        const QString stored = f.exportOf(id).contentSha256;
        // (Written again, the document is the same: its origin is fixed on the export, not the source's new name.)
        QCOMPARE(stored, deliveredSha);
        const QString response = text(ws, QStringLiteral("SELECT response FROM erp_push_log WHERE outcome = 'reconciled' AND order_id = ?"), id);
        QVERIFY2(response.contains(stored), qPrintable(response));
        if (!fileThere)
            QVERIFY2(response.contains(QLatin1String("written again")), qPrintable(response));
    }

    void aRetryCarriesTheSameDocumentUnderItsKey()
    {
        // An attempt fails (the dropzone is not there); before the retry the source is renamed. The retry sends the
        // very bytes of the first attempt under the same key and file name (README: same key, same body).
        Workspace ws;
        const QString dropzone = ws.dir.filePath(QStringLiteral("later"));
        ws.apply(ws.config(true, QJsonObject{{QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), dropzone}, {QStringLiteral("ack_path"), ws.acks}}}}));
        Flow f{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(721));
        f.ingest();
        f.process();
        f.push();
        const QString id = f.onlyOrder();
        QCOMPARE(f.state(id), QStringLiteral("retry_wait"));
        const ExportRecord first = f.exportOf(id);
        const QString firstRequest = text(ws, QStringLiteral("SELECT request FROM erp_push_log WHERE order_id = ? AND attempt = 1"), id);
        const QString firstSha = QJsonDocument::fromJson(firstRequest.toUtf8()).object().value(QStringLiteral("content_sha256")).toString();
        QCOMPARE(firstSha.size(), 64);

        exec(ws, QStringLiteral("UPDATE source SET name = 'partner-renamed'"));
        exec(ws, QStringLiteral("UPDATE draft_order SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE id = ?"), {id});
        QVERIFY(QDir().mkpath(dropzone));
        QCOMPARE(f.push().delivered, 1);
        const ExportRecord sent = f.exportOf(id);
        QCOMPARE(sent.status, QStringLiteral("SENT"));
        QCOMPARE(sent.idempotencyKey, first.idempotencyKey);
        QFile file(dropzone + QLatin1Char('/') + sent.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("source")).toString(), QStringLiteral("partner"));
        QCOMPARE(meta.value(QStringLiteral("content_sha256")).toString(), firstSha);
        QCOMPARE(sent.contentSha256, firstSha);
    }

    void noEvidenceRedeliversUnderTheSameNameAndKey()
    {
        Workspace ws;
        ws.apply(ws.config());
        Flow f{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(502));
        f.ingest();
        f.process();
        QCOMPARE(f.push().delivered, 1);
        const QString id = f.onlyOrder();
        const ExportRecord ex = f.exportOf(id);
        const QString delivered = ws.dropzone + QLatin1Char('/') + ex.fileName;
        const QByteArray first = readBytes(delivered);
        QCOMPARE(readJson(delivered).value(QStringLiteral("meta")).toObject().value(QStringLiteral("idempotency_key")).toString(), ex.idempotencyKey);
        f.undoRecord(id);
        // The ERP took the file and has not answered yet: no trace anywhere.
        QVERIFY(QFile::remove(delivered));

        auto recovered = PushService(*ws.db).recover(0);
        QVERIFY(recovered.ok());
        QCOMPARE(f.state(id), QStringLiteral("retry_wait"));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE outcome = 'interrupted'")), 1);
        QCOMPARE(f.push().delivered, 1);
        // Delivered again: the same name, the same key, the very same document — so the ERP can deduplicate.
        QCOMPARE(ws.files(ws.dropzone, QStringLiteral("sales_order_*")), QStringList{ex.fileName});
        QCOMPARE(readBytes(delivered), first);
        QCOMPARE(f.exportOf(id).idempotencyKey, ex.idempotencyKey);
        QCOMPARE(f.state(id), QStringLiteral("sent"));
    }

    void repeatTheErpAnsweredIsNotWrittenAgain()
    {
        // The first attempt's rename happened but its result was lost (the order waits to retry); the ERP took the
        // file meanwhile and answered. The retry must not deliver it a second time.
        Workspace ws;
        ws.apply(ws.config());
        Flow f{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(503));
        f.ingest();
        f.process();
        QCOMPARE(f.push().delivered, 1);
        const QString id = f.onlyOrder();
        const QString name = f.exportOf(id).fileName;
        exec(ws, QStringLiteral("UPDATE draft_order SET state = 'retry_wait', next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE id = ?"), {id});
        exec(ws, QStringLiteral("UPDATE erp_export SET status = 'PENDING', sent_at = NULL WHERE order_id = ?"), {id});
        exec(ws, QStringLiteral("UPDATE erp_push_log SET outcome = 'transient', error = 'connection lost after the rename' WHERE order_id = ?"), {id});
        QVERIFY(QFile::remove(ws.dropzone + QLatin1Char('/') + name));
        writeFile(ws.acks + QStringLiteral("/ack_") + name, QByteArrayLiteral(R"({"status":"ACKED","erp_order_id":"SO-503"})"));

        QCOMPARE(f.push().delivered, 1);
        QCOMPARE(ws.files(ws.dropzone, QStringLiteral("sales_order_*")), QStringList());
        QCOMPARE(f.state(id), QStringLiteral("sent"));
        QCOMPARE(f.acks().processed, 1);
        QCOMPARE(f.state(id), QStringLiteral("acked"));
        QCOMPARE(f.exportOf(id).erpOrderId, QStringLiteral("SO-503"));
    }

    // ---- item 7: connections sharing a folder ---------------------------------------------------------------

    void configApplyRefusesSharedFolders_data()
    {
        QTest::addColumn<QJsonObject>("a");
        QTest::addColumn<QJsonObject>("b");
        QTest::addColumn<QString>("bStatus");
        QTest::addColumn<bool>("refused");
        const QString x = QStringLiteral("/srv/erp/x");
        const QString y = QStringLiteral("/srv/erp/y");
        auto fs = [](const QString &path, const QString &ack = {}) {
            QJsonObject o{{QStringLiteral("path"), path}};
            if (!ack.isEmpty())
                o.insert(QStringLiteral("ack_path"), ack);
            return o;
        };
        auto sftp = [](const QString &host, const QString &path, int port = 22) {
            return QJsonObject{{QStringLiteral("mode"), QStringLiteral("sftp")}, {QStringLiteral("host"), host}, {QStringLiteral("port"), port},
                               {QStringLiteral("user"), QStringLiteral("of")}, {QStringLiteral("path"), path}};
        };
        QTest::newRow("same ack folder") << fs(x, QStringLiteral("/srv/acks")) << fs(y, QStringLiteral("/srv/acks")) << "ACTIVE" << true;
        QTest::newRow("same ack folder, spelled differently") << fs(x, QStringLiteral("/srv/acks")) << fs(y, QStringLiteral("/srv//acks/")) << "ACTIVE" << true;
        QTest::newRow("same dropzone") << fs(x) << fs(x) << "ACTIVE" << true;
        QTest::newRow("dropzone inside another") << fs(x) << fs(x + QStringLiteral("/b")) << "ACTIVE" << true;
        QTest::newRow("ack folder is another's dropzone") << fs(x) << fs(y, x) << "ACTIVE" << true;
        QTest::newRow("default ack folder is another's dropzone") << fs(x) << fs(x + QStringLiteral("/ack")) << "ACTIVE" << true;
        QTest::newRow("same sftp server and path") << sftp(QStringLiteral("erp.example"), x) << sftp(QStringLiteral("erp.example"), x) << "ACTIVE" << true;
        QTest::newRow("separate folders") << fs(x) << fs(y) << "ACTIVE" << false;
        QTest::newRow("common prefix is not nesting") << fs(x) << fs(x + QStringLiteral("2")) << "ACTIVE" << false;
        QTest::newRow("other sftp server") << sftp(QStringLiteral("erp.example"), x) << sftp(QStringLiteral("erp2.example"), x) << "ACTIVE" << false;
        QTest::newRow("other sftp port") << sftp(QStringLiteral("erp.example"), x) << sftp(QStringLiteral("erp.example"), x, 2222) << "ACTIVE" << false;
        QTest::newRow("local and remote") << fs(x) << sftp(QStringLiteral("erp.example"), x) << "ACTIVE" << false;
        QTest::newRow("disabled connection") << fs(x) << fs(x) << "DISABLED" << false;
    }
    void configApplyRefusesSharedFolders()
    {
        QFETCH(QJsonObject, a);
        QFETCH(QJsonObject, b);
        QFETCH(QString, bStatus);
        QFETCH(bool, refused);
        Workspace ws;
        QJsonObject second = dropzoneConnection(QStringLiteral("globex"), QStringLiteral("erp-g"), b);
        second.insert(QStringLiteral("status"), bStatus);
        // Applied one after the other, as a second organisation is usually added later.
        QVERIFY(ConfigRepository(*ws.db).apply(twoOrgs({dropzoneConnection(QStringLiteral("acme"), QStringLiteral("erp-a"), a)})).ok());
        auto r = ConfigRepository(*ws.db).apply(twoOrgs({second}));
        QCOMPARE(!r.ok(), refused);
        if (refused) {
            const QString message = r.error().message;
            for (const char *part : {"'erp-a'", "'acme'", "'erp-g'", "'globex'"})
                QVERIFY2(message.contains(QLatin1String(part)), qPrintable(message));
            QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_connection")), 1);   // nothing applied
        }
        // Re-applying a connection never conflicts with itself, nor does its own ack folder inside its dropzone.
        QVERIFY(ConfigRepository(*ws.db).apply(twoOrgs({dropzoneConnection(QStringLiteral("acme"), QStringLiteral("erp-a"), a)})).ok());
    }

    void ackOfAnotherConnectionIsLeftForIt()
    {
        // Two organisations whose ERP answers in one shared folder (set up before `config apply` refused that):
        // each connection takes its own answers and leaves the other's where they are.
        Workspace ws;
        const QString globexDropzone = ws.dir.filePath(QStringLiteral("dropzone-globex"));
        const QString globexInbox = ws.dir.filePath(QStringLiteral("inbox-globex"));
        QDir().mkpath(globexInbox);
        QDir().mkpath(globexDropzone);
        QJsonObject doc = ws.config();
        QJsonArray orgs = doc.value(QStringLiteral("orgs")).toArray();
        orgs.append(QJsonObject{{QStringLiteral("slug"), QStringLiteral("globex")}, {QStringLiteral("name"), QStringLiteral("Globex")}});
        doc.insert(QStringLiteral("orgs"), orgs);
        QJsonArray connections = doc.value(QStringLiteral("connections")).toArray();
        connections.append(dropzoneConnection(QStringLiteral("globex"), QStringLiteral("erp-g"),
                                              QJsonObject{{QStringLiteral("path"), globexDropzone},
                                                          {QStringLiteral("ack_path"), ws.dir.filePath(QStringLiteral("acks-globex"))}}));
        doc.insert(QStringLiteral("connections"), connections);
        QJsonArray sources = doc.value(QStringLiteral("sources")).toArray();
        QJsonObject globexSource = sources.first().toObject();
        globexSource.insert(QStringLiteral("org"), QStringLiteral("globex"));
        globexSource.insert(QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), globexInbox}, {QStringLiteral("settle_ms"), 0}});
        sources.append(globexSource);
        doc.insert(QStringLiteral("sources"), sources);
        ws.apply(doc);
        exec(ws, QStringLiteral("UPDATE erp_connection SET config = ? WHERE name = 'erp-g'"),
             {QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("path"), globexDropzone}, {QStringLiteral("ack_path"), ws.acks}}).toJson())});

        Flow f{ws};
        writeFile(globexInbox + QStringLiteral("/g.json"), Workspace::order(601, QStringLiteral("Initech")));
        f.ingest(QStringLiteral("globex"));
        f.process();
        QCOMPARE(f.push().delivered, 1);
        const QString id = f.onlyOrder();
        QCOMPARE(SimulatedErp(globexDropzone, ws.acks).answerNew(), 1);
        const QStringList answer = ws.files(ws.acks, QStringLiteral("ack_*.json"));
        QCOMPARE(answer.size(), 1);

        const AckReport acme = f.acks(QStringLiteral("erp"), ws.acks);
        QCOMPARE(acme.rejected, 0);
        QCOMPARE(acme.processed, 0);
        QCOMPARE(ws.files(ws.acks, QStringLiteral("ack_*.json")), answer);
        QCOMPARE(ws.files(ws.acks + QStringLiteral("/error")), QStringList());
        QCOMPARE(f.state(id), QStringLiteral("sent"));

        const AckReport globex = f.acks(QStringLiteral("erp-g"), ws.acks);
        QCOMPARE(globex.processed, 1);
        QCOMPARE(f.state(id), QStringLiteral("acked"));

        // An answer no connection knows still goes to error/, and the reason names the organisation.
        writeFile(ws.acks + QStringLiteral("/ack_sales_order_nobody.json"), QByteArrayLiteral(R"({"status":"ACKED"})"));
        QCOMPARE(f.acks(QStringLiteral("erp"), ws.acks).rejected, 1);
        const QString reason = text(ws, QStringLiteral("SELECT detail FROM audit_event WHERE action = 'ack_rejected' AND entity_id = ?"),
                                    QStringLiteral("ack_sales_order_nobody.json"));
        QVERIFY2(reason.contains(QLatin1String("'erp'")) && reason.contains(QLatin1String("'acme'")), qPrintable(reason));
    }

    // ---- item 12: updates that apply together, and checked ------------------------------------------------

    void repositoryUpdatesCheckTheRowsTheyChange()
    {
        Workspace ws;
        ws.apply(ws.config());
        Flow f{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(701));
        f.ingest();
        f.process();
        const QString id = f.onlyOrder();
        ExportRepository exports(*ws.db);
        ExportRecord e;
        e.orgId = 1;
        e.orderId = id;
        e.connectionId = 1;
        e.idempotencyKey = PushService::idempotencyKey(1, id, 1);
        e.fileName = QStringLiteral("sales_order_checked.json");
        QVERIFY(exports.create(e).ok());
        QVERIFY(exports.markSent(e.id).ok());
        const Status twice = exports.markSent(e.id);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(QString::number(e.id)) && twice.error().message.contains(QLatin1String("SENT")), qPrintable(twice.error().message));
        QVERIFY(exports.markAcked(e.id, QStringLiteral("SO-1"), QStringLiteral("ack_x.json")).ok());
        QVERIFY(!exports.markFailed(e.id, QStringLiteral("X"), QStringLiteral("late"), QString()).ok());
        QVERIFY(!exports.markAcked(e.id, QStringLiteral("SO-2"), QString()).ok());
        QCOMPARE(exports.get(e.id)->erpOrderId, QStringLiteral("SO-1"));
        QVERIFY(!exports.markAcked(987654, QString(), QString()).ok());

        auto order = OrderRepository(*ws.db).load(id);
        QVERIFY(order.ok());
        order->id = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(!OrderRepository(*ws.db).saveProcessing(*order, OrderTotals{}, {}).ok());
    }

    void ackAppliesExportAndOrderTogether()
    {
        // The export update does not apply (another process changed the row meanwhile; a trigger stands in for
        // it): the order must not move either, and the answer stays for the next poll.
        Workspace ws;
        ws.apply(ws.config());
        Flow f{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(702));
        f.ingest();
        f.process();
        f.push();
        const QString id = f.onlyOrder();
        QCOMPARE(SimulatedErp(ws.dropzone, ws.acks).answerNew(), 1);
        exec(ws, QStringLiteral("CREATE TRIGGER lost_update BEFORE UPDATE ON erp_export BEGIN SELECT RAISE(IGNORE); END"));
        const AckReport blocked = f.acks();
        QCOMPARE(blocked.processed, 0);
        QVERIFY(!blocked.problems.isEmpty());
        QCOMPARE(f.state(id), QStringLiteral("sent"));
        QCOMPARE(f.exportOf(id).status, QStringLiteral("SENT"));
        QCOMPARE(ws.files(ws.acks, QStringLiteral("ack_*.json")).size(), 1);

        exec(ws, QStringLiteral("DROP TRIGGER lost_update"));
        QCOMPARE(f.acks().processed, 1);
        QCOMPARE(f.state(id), QStringLiteral("acked"));
        QCOMPARE(f.exportOf(id).status, QStringLiteral("ACKED"));
    }

    void ackForAnOrderThatMovedOnChangesNothing()
    {
        // The order is no longer `sent` (changed by another process): the export is not marked either.
        Workspace ws;
        ws.apply(ws.config());
        Flow f{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(703));
        f.ingest();
        f.process();
        f.push();
        const QString id = f.onlyOrder();
        QCOMPARE(SimulatedErp(ws.dropzone, ws.acks).answerNew(), 1);
        exec(ws, QStringLiteral("UPDATE draft_order SET state = 'failed' WHERE id = ?"), {id});
        const AckReport r = f.acks();
        QCOMPARE(r.rejected, 1);
        QCOMPARE(f.exportOf(id).status, QStringLiteral("SENT"));
        QCOMPARE(f.state(id), QStringLiteral("failed"));
        QCOMPARE(ws.files(ws.acks + QStringLiteral("/error"), QStringLiteral("ack_*.json")).size(), 1);
    }

    void rejectClosesThePendingExport_data()
    {
        QTest::addColumn<QString>("stateBefore");
        QTest::newRow("retry_wait") << QStringLiteral("retry_wait");
        QTest::newRow("approved with a pending export") << QStringLiteral("approved");
    }
    void rejectClosesThePendingExport()
    {
        QFETCH(QString, stateBefore);
        Workspace ws;
        ws.apply(ws.config(true, QJsonObject{{QStringLiteral("retry_base_ms"), 3600000}, {QStringLiteral("retry_max_ms"), 3600000},
                                             {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), ws.dir.filePath(QStringLiteral("missing"))}}}}));
        Flow f{ws};
        ws.drop(QStringLiteral("o.json"), Workspace::order(704));
        f.ingest();
        f.process();
        f.push();
        const QString id = f.onlyOrder();
        QCOMPARE(f.state(id), QStringLiteral("retry_wait"));
        QCOMPARE(f.exportOf(id).status, QStringLiteral("PENDING"));
        if (stateBefore != QLatin1String("retry_wait"))
            exec(ws, QStringLiteral("UPDATE draft_order SET state = ? WHERE id = ?"), {stateBefore, id});

        OrderStateChanges changes;
        const QList<ActionResult> results = OperatorActions(*ws.db, QStringLiteral("tester")).reject({id}, QStringLiteral("customer cancelled"), changes);
        QVERIFY2(results.first().ok, qPrintable(results.first().message));
        QCOMPARE(f.state(id), QStringLiteral("rejected"));
        const ExportRecord closed = f.exportOf(id);
        QCOMPARE(closed.status, QStringLiteral("FAILED"));
        QCOMPARE(closed.errorCode, QStringLiteral("cancelled"));
        QVERIFY2(closed.errorMessage.contains(QLatin1String("customer cancelled")) && closed.errorMessage.contains(QLatin1String("tester")),
                 qPrintable(closed.errorMessage));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_export WHERE status = 'PENDING'")), 0);
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestExactlyOnce)
#include "test_exactly_once.moc"
