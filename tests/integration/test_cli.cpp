// The `orderflow` program as scripts use it: exit codes, --json output, per-id results, --help everywhere.
#include "Workspace.h"

#include <QProcess>
#include <QProcessEnvironment>

using orderflow::test::Workspace;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ORDERFLOW_CLI), args);
    p.waitForFinished(60000);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpEverywhere_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"run", "config", "ingest", "parse", "orders", "approve", "push", "retry", "reject", "revalidate", "replay",
                              "exports", "pushlog", "inbound", "functions", "test-connection"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void helpEverywhere()
    {
        QFETCH(QString, command);
        const Run r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--db"));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(cli({}).code, 2);
    }

    void scriptedFlow()
    {
        Workspace ws;
        const QString cfgPath = ws.dir.filePath(QStringLiteral("config.json"));
        {
            QFile f(cfgPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(ws.config(false)).toJson());
        }
        const QString db = ws.dbPath;
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("apply"), cfgPath, QStringLiteral("--db"), db}).code, 0);
        const Run exported = cli({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--db"), db});
        QCOMPARE(exported.code, 0);
        QCOMPARE(exported.json().object().value(QStringLiteral("sources")).toArray().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("partner"));

        const QString good = ws.dir.filePath(QStringLiteral("good.json"));
        const QString bad = ws.dir.filePath(QStringLiteral("bad.json"));
        QFile g(good), b(bad);
        QVERIFY(g.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
        g.write(Workspace::order(77));
        b.write("{\"id\": 1,");
        g.close();
        b.close();

        // parse: the DESIGN §4 output shape, nothing stored.
        const Run parsed = cli({QStringLiteral("parse"), good, QStringLiteral("--json")});
        QCOMPARE(parsed.code, 0);
        const QJsonObject p = parsed.json().object();
        QCOMPARE(p.value(QStringLiteral("orders")).toArray().size(), 1);
        QCOMPARE(p.value(QStringLiteral("orders")).toArray().first().toObject().value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("unit_price")).toString(), QStringLiteral("10.00"));
        QVERIFY(!p.value(QStringLiteral("orders")).toArray().first().toObject().contains(QStringLiteral("draft_order_id")));
        const Run parsedBad = cli({QStringLiteral("parse"), bad, QStringLiteral("--json")});
        QCOMPARE(parsedBad.code, 1);
        const QJsonObject e = parsedBad.json().object().value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("file")).toString(), QStringLiteral("bad.json"));
        QVERIFY(e.contains(QStringLiteral("offset")));

        // ingest: per-file result; the bad file is reported and exit code says so.
        const Run ingested = cli({QStringLiteral("ingest"), good, bad, QStringLiteral("--source"), QStringLiteral("partner"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(ingested.code, 1);
        const QJsonArray rows = ingested.json().array();
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("parsed"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("parse_error"));

        // The order waits for review (source does not auto-approve).
        const Run listed = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("review"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(listed.code, 0);
        const QString id = listed.json().array().first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        // approve: per-id results, one unknown id does not stop the other.
        const Run approved = cli({QStringLiteral("approve"), id.left(8), QStringLiteral("deadbeef"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(approved.code, 1);
        QCOMPARE(approved.json().array().at(0).toObject().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(approved.json().array().at(1).toObject().value(QStringLiteral("ok")).toBool(), false);

        // push now, then the push log and the export.
        const Run pushed = cli({QStringLiteral("push"), id, QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(pushed.code, 0);
        QCOMPARE(ws.files(ws.dropzone, QStringLiteral("sales_order_*.json")).size(), 1);
        const Run log = cli({QStringLiteral("pushlog"), id, QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(log.json().array().first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("delivered"));
        const Run exports = cli({QStringLiteral("exports"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(exports.json().array().first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("SENT"));
        const Run shown = cli({QStringLiteral("orders"), QStringLiteral("show"), id, QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(shown.json().object().value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QVERIFY(shown.json().object().value(QStringLiteral("audit")).toArray().size() >= 4);

        // retry refuses an order that is not failed, with the reason.
        const Run retried = cli({QStringLiteral("retry"), id, QStringLiteral("--db"), db});
        QCOMPARE(retried.code, 1);
        QVERIFY(retried.out.contains("only failed orders can be retried"));

        QCOMPARE(cli({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("ffffffff"), QStringLiteral("--db"), db}).code, 4);
        const Run fns = cli({QStringLiteral("functions"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(fns.code, 0);
        QVERIFY(fns.out.contains("\"lookup\""));
        const Run test = cli({QStringLiteral("test-connection"), QStringLiteral("erp"), QStringLiteral("--db"), db});
        QCOMPARE(test.code, 0);
    }

    void secretsNeverEchoed()
    {
        Workspace ws;
        const QString cfgPath = ws.dir.filePath(QStringLiteral("config.json"));
        QJsonObject cfg = ws.config(true, QJsonObject{{QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), ws.dropzone}, {QStringLiteral("token"), QStringLiteral("s3cr3t-t0ken-value")}}}});
        QFile f(cfgPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(cfg).toJson());
        f.close();
        const Run r = cli({QStringLiteral("config"), QStringLiteral("apply"), cfgPath, QStringLiteral("--db"), ws.dbPath});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("token_env"));
        QVERIFY(!r.err.contains("s3cr3t") && !r.out.contains("s3cr3t"));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
