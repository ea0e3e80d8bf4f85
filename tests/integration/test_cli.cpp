// The `orderflow` program as scripts use it: exit codes, --json output, per-id results, --help everywhere.
#include "../ReadmeExample.h"
#include "CliRun.h"
#include "PartnerApi.h"
#include "Workspace.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QProcessEnvironment>
#include <QStandardPaths>

using orderflow::test::cli;
using orderflow::test::Run;
using orderflow::test::Workspace;

namespace {

// `doc` with the value at a dotted path ("connections.0.config.port") replaced, or removed when `v` is undefined.
QJsonValue withValue(const QJsonValue &node, QStringList path, const QJsonValue &v)
{
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        a[index] = withValue(a.at(index), path, v);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && v.isUndefined())
        o.remove(key);
    else
        o.insert(key, path.isEmpty() ? v : withValue(o.value(key), path, v));
    return o;
}

QJsonObject withValue(const QJsonObject &doc, const QString &path, const QJsonValue &v)
{
    return withValue(QJsonValue(doc), path.split(QLatin1Char('.')), v).toObject();
}

// A Python that has the jsonschema module (Debian: python3-jsonschema), or empty.
QString pythonWithJsonSchema()
{
    for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (candidate.isEmpty())
            continue;
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import jsonschema; jsonschema.Draft202012Validator")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return {};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

// The workspace's configuration (no auto-approve) written to config.json and applied: the exit code of `config apply`.
int applyConfig(const Workspace &ws)
{
    const QString cfgPath = ws.dir.filePath(QStringLiteral("config.json"));
    writeFile(cfgPath, QJsonDocument(ws.config(false)).toJson());
    return cli({QStringLiteral("config"), QStringLiteral("apply"), cfgPath, QStringLiteral("--db"), ws.dbPath}).code;
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

    // `functions apply` runs one function of the catalog as a mapping would; `functions list` documents each.
    void functionsApply_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("output");   // stdout for exit 0, else a part of stderr
        QTest::newRow("add") << QStringList{QStringLiteral("add"), QStringLiteral("5"), QStringLiteral("7")} << 0 << QStringLiteral("12\n");
        QTest::newRow("add exact") << QStringList{QStringLiteral("add"), QStringLiteral("0.1"), QStringLiteral("0.2")} << 0 << QStringLiteral("0.3\n");
        QTest::newRow("add negative") << QStringList{QStringLiteral("add"), QStringLiteral("-5"), QStringLiteral("2.50")} << 0 << QStringLiteral("-2.5\n");
        QTest::newRow("lower") << QStringList{QStringLiteral("lower"), QStringLiteral("HOLA")} << 0 << QStringLiteral("hola\n");
        QTest::newRow("upper") << QStringList{QStringLiteral("upper"), QStringLiteral("hola")} << 0 << QStringLiteral("HOLA\n");
        QTest::newRow("replace") << QStringList{QStringLiteral("replace"), QStringLiteral("P-001"), QStringLiteral("-"), QStringLiteral("")} << 0 << QStringLiteral("P001\n");
        QTest::newRow("lookup") << QStringList{QStringLiteral("lookup"), QStringLiteral("44"), QStringLiteral(R"({"44": "C-1001"})")} << 0 << QStringLiteral("C-1001\n");
        QTest::newRow("not a number") << QStringList{QStringLiteral("add"), QStringLiteral("five"), QStringLiteral("7")} << 3 << QStringLiteral("'five' is not a decimal number");
        QTest::newRow("missing addend") << QStringList{QStringLiteral("add"), QStringLiteral("5")} << 2 << QStringLiteral("add needs the number to add");
        QTest::newRow("too many") << QStringList{QStringLiteral("lower"), QStringLiteral("A"), QStringLiteral("B")} << 2 << QStringLiteral("lower takes 0 argument(s)");
        QTest::newRow("unknown") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("x")} << 4 << QStringLiteral("No function 'frobnicate'");
    }
    void functionsApply()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, output);
        const Run r = cli(QStringList{QStringLiteral("functions"), QStringLiteral("apply")} + args);
        QCOMPARE(r.code, code);
        if (code == 0)
            QCOMPARE(QString::fromUtf8(r.out), output);
        else
            QVERIFY2(r.err.contains(output.toUtf8()), r.err.constData());
    }
    void functionsListDocumentsEach()
    {
        const Run r = cli({QStringLiteral("functions"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        for (const char *name : {"trim", "upper", "lower", "prefix", "suffix", "replace", "default", "lookup", "add"})
            QVERIFY2(QString::fromUtf8(r.out).contains(QRegularExpression(QStringLiteral("(^|\\n)%1 +\\S").arg(QLatin1String(name)))), name);
        QVERIFY(r.out.contains("add a number"));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains("functions apply NAME VALUE"));
    }

    // DESIGN §10: the environment creates, then updates, the REST partner source, the SFTP partner source and (when
    // this OrderFlow has the REST_JSON_V1 connector) the REST ERP connection; secrets only as variable names.
    void environmentBootstrap()
    {
        Workspace ws;
        const QString db = ws.dir.filePath(QStringLiteral("boot.db"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ERP_API_URL"), QStringLiteral("http://127.0.0.1:9/erp"));
        env.insert(QStringLiteral("ERP_API_TOKEN"), QStringLiteral("erp-secret-7Q2"));
        env.insert(QStringLiteral("PARTNER1_API_URL"), QStringLiteral("http://127.0.0.1:9/orders"));
        env.insert(QStringLiteral("PARTNER1_API_TOKEN"), QStringLiteral("partner1-secret-K4w"));
        env.insert(QStringLiteral("PARTNER2_SFTP_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("PARTNER2_SFTP_PORT"), QStringLiteral("2299"));
        env.insert(QStringLiteral("PARTNER2_SFTP_USER"), QStringLiteral("partner2"));
        env.insert(QStringLiteral("PARTNER2_SFTP_PASS"), QStringLiteral("sftp-secret-Zr9"));
        env.insert(QStringLiteral("PARTNER2_SFTP_PATH"), QStringLiteral("/outbox"));
        env.insert(QStringLiteral("PARTNER2_SFTP_ARCHIVE"), QStringLiteral("/outbox/done"));
        const QStringList run{QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--quiet")};
        const Run first = cli(run, env);
        QVERIFY2(first.code == 0, first.err.constData());
        env.insert(QStringLiteral("PARTNER1_API_URL"), QStringLiteral("http://127.0.0.1:9/v2/orders"));   // changed: updated, not added
        const Run second = cli(run, env);
        QVERIFY2(second.code == 0, second.err.constData());

        const Run exported = cli({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--db"), db});
        QCOMPARE(exported.code, 0);
        const QJsonObject doc = exported.json().object();
        QCOMPARE(doc.value(QStringLiteral("orgs")).toArray().size(), 1);
        QCOMPARE(doc.value(QStringLiteral("orgs")).toArray().first().toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("default"));
        const QJsonArray sources = doc.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 2);
        QJsonObject rest, sftp;
        for (const QJsonValue &v : sources)
            (v.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("rest") ? rest : sftp) = v.toObject();
        QCOMPARE(rest.value(QStringLiteral("name")).toString(), QStringLiteral("partner1-api"));
        QCOMPARE(rest.value(QStringLiteral("config")).toObject().value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:9/v2/orders"));
        QCOMPARE(rest.value(QStringLiteral("config")).toObject().value(QStringLiteral("token_env")).toString(), QStringLiteral("PARTNER1_API_TOKEN"));
        const QJsonObject sftpConfig = sftp.value(QStringLiteral("config")).toObject();
        QCOMPARE(sftp.value(QStringLiteral("name")).toString(), QStringLiteral("partner2-sftp"));
        QCOMPARE(sftpConfig.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(sftpConfig.value(QStringLiteral("port")).toInt(), 2299);
        QCOMPARE(sftpConfig.value(QStringLiteral("user")).toString(), QStringLiteral("partner2"));
        QCOMPARE(sftpConfig.value(QStringLiteral("path")).toString(), QStringLiteral("/outbox"));
        QCOMPARE(sftpConfig.value(QStringLiteral("archive_path")).toString(), QStringLiteral("/outbox/done"));
        QCOMPARE(sftpConfig.value(QStringLiteral("password_env")).toString(), QStringLiteral("PARTNER2_SFTP_PASS"));
        const QJsonArray connections = doc.value(QStringLiteral("connections")).toArray();
        QJsonObject erp;
        for (const QJsonValue &v : connections)
            erp = v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("erp") ? v.toObject() : erp;
        const Run types = cli({QStringLiteral("config"), QStringLiteral("schema")});
        if (types.out.contains("REST_JSON_V1")) {
            QCOMPARE(erp.value(QStringLiteral("type")).toString(), QStringLiteral("REST_JSON_V1"));
            QCOMPARE(erp.value(QStringLiteral("config")).toObject().value(QStringLiteral("base_url")).toString(), QStringLiteral("http://127.0.0.1:9/erp"));
            QCOMPARE(erp.value(QStringLiteral("config")).toObject().value(QStringLiteral("token_env")).toString(), QStringLiteral("ERP_API_TOKEN"));
            QCOMPARE(rest.value(QStringLiteral("connection")).toString(), QStringLiteral("erp"));
        } else {
            // This tree has no REST ERP connector yet: the sources are set up all the same, and the operator is told.
            QVERIFY(erp.isEmpty());
            QVERIFY2(first.err.contains("no REST_JSON_V1 connector"), first.err.constData());
        }
        // No secret anywhere: database, WAL, output.
        for (const QString &name : QDir(ws.dir.path()).entryList({QStringLiteral("boot.db*")}, QDir::Files)) {
            QFile f(ws.dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const char *secret : {"erp-secret-7Q2", "partner1-secret-K4w", "sftp-secret-Zr9"})
                QVERIFY2(!bytes.contains(secret), qPrintable(name + QStringLiteral(" holds a secret")));
        }
        for (const QByteArray &output : {first.out, first.err, second.out, second.err, exported.out})
            QVERIFY(!output.contains("secret-"));
    }

    // `generate` writes valid partner JSON orders, the same for the same seed, to a folder or POSTed to an intake.
    void generateOrders()
    {
        Workspace ws;
        const QString a = ws.dir.filePath(QStringLiteral("a")), b = ws.dir.filePath(QStringLiteral("b")), c = ws.dir.filePath(QStringLiteral("c"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("25"), QStringLiteral("--to"), a, QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("25"), QStringLiteral("--to"), b, QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("25"), QStringLiteral("--to"), c, QStringLiteral("--seed"), QStringLiteral("8")}).code, 0);
        const QStringList files = QDir(a).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 25);
        QCOMPARE(QDir(b).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name), files);
        const auto bytes = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        int differ = 0;
        const QStringList other = QDir(c).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(bytes(QDir(a).filePath(files[i])), bytes(QDir(b).filePath(files[i])));   // same seed, same bytes
            differ += bytes(QDir(a).filePath(files[i])) != bytes(QDir(c).filePath(other[i])) ? 1 : 0;
        }
        QVERIFY(differ > 20);
        // Each is a valid order in the partner JSON format.
        for (const QString &name : files.mid(0, 5)) {
            const Run parsed = cli({QStringLiteral("parse"), QDir(a).filePath(name), QStringLiteral("--json")});
            QVERIFY2(parsed.code == 0, parsed.err.constData());
            QVERIFY2(parsed.out.contains("PO-7-"), parsed.out.constData());
        }
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("many"), QStringLiteral("--to"), a}).code, 2);

        orderflow::test::PartnerApi intake("intake-token-9x");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORDERFLOW_API_TOKEN"), QStringLiteral("intake-token-9x"));
        const Run posted = cli({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("30"), QStringLiteral("--to"),
                                intake.url(QStringLiteral("/api/v1/orders")), QStringLiteral("--seed"), QStringLiteral("7")}, env);
        QVERIFY2(posted.code == 0, posted.err.constData());
        QVERIFY(posted.out.contains("30 orders posted"));
        const auto received = intake.posted();
        QCOMPARE(received.size(), 30);
        QSet<QString> keys;
        for (const QJsonObject &r : received) {
            QVERIFY(r.value(QStringLiteral("auth")).toBool());
            const QJsonObject order = QJsonDocument::fromJson(r.value(QStringLiteral("body")).toString().toUtf8()).object();
            QCOMPARE(r.value(QStringLiteral("idempotency_key")).toString(), order.value(QStringLiteral("id")).toString());
            keys.insert(r.value(QStringLiteral("idempotency_key")).toString());
        }
        QCOMPARE(keys.size(), 30);
        QVERIFY(!posted.out.contains("intake-token-9x") && !posted.err.contains("intake-token-9x"));
    }

    void scriptedFlow()
    {
        Workspace ws;
        QCOMPARE(applyConfig(ws), 0);
        const QString db = ws.dbPath;
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
        const Run approved = cli({QStringLiteral("approve"), id.right(8), QStringLiteral("deadbeef"), QStringLiteral("--db"), db, QStringLiteral("--json")});
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

    // `parse` reads a mailbag one interchange at a time and prints each interchange's result as it goes: the order
    // of the second interchange comes before the third's, its error right after it (not all orders first), and the
    // error's byte offset points into the file at the value it names.
    void parseStreamsOneInterchangeAtATime()
    {
        Workspace ws;
        QFile demo(QStringLiteral(":/orderflow/demo/northwind-850.x12"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        const QByteArray x12 = demo.readAll();
        QByteArray mailbag;
        for (int n = 1; n <= 3; ++n) {
            QByteArray one = x12;
            const QByteArray control = QByteArray::number(n).rightJustified(9, '0');
            one.replace(QByteArray("*000000101*"), QByteArray("*" + control + "*"));
            one.replace(QByteArray("IEA*1*000000101"), QByteArray("IEA*1*" + (n == 2 ? QByteArray("000000777") : control)));
            one.replace(QByteArray("NW-77001"), QByteArray("NW-" + QByteArray::number(n)));
            mailbag += one;
        }
        const QString path = ws.dir.filePath(QStringLiteral("mailbag.x12"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mailbag);
        f.close();

        const Run text = cli({QStringLiteral("parse"), path});
        QCOMPARE(text.code, 1);
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith("order NW-1 ") && lines[1].startsWith("order NW-2 ") && lines[2].startsWith("error: ")
                     && lines[3].startsWith("order NW-3 "), text.out.constData());
        QVERIFY2(lines[2].contains("IEA02 '000000777'"), lines[2].constData());

        const Run json = cli({QStringLiteral("parse"), path, QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        const QJsonObject doc = json.json().object();
        QCOMPARE(doc.value(QStringLiteral("orders")).toArray().size(), 3);
        QCOMPARE(doc.value(QStringLiteral("orders")).toArray().at(2).toObject().value(QStringLiteral("header")).toObject().value(QStringLiteral("order_number")).toString(), QStringLiteral("NW-3"));
        const QJsonArray errors = doc.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const qint64 offset = qint64(errors.first().toObject().value(QStringLiteral("offset")).toDouble());
        QCOMPARE(mailbag.mid(offset, 9), QByteArray("000000777"));
    }

    // A line priced per hundred (X12 PO105 HP): `orders show` shows the price as sent, what it is for and the price of
    // one unit where it shows the price; --json has the price as sent and the basis beside unit_price.
    void ordersShowNamesThePriceBasis()
    {
        Workspace ws;
        QCOMPARE(applyConfig(ws), 0);
        const QString db = ws.dbPath;
        QFile demo(QStringLiteral(":/orderflow/demo/northwind-850.x12"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QByteArray x12 = demo.readAll();
        QVERIFY(x12.contains("PO1*1*24*EA*10.00**VP*P001"));
        x12.replace("PO1*1*24*EA*10.00**VP*P001", "PO1*1*200*EA*45*HP*VP*P001");
        const QString path = ws.dir.filePath(QStringLiteral("per-hundred.x12"));
        writeFile(path, x12);
        const Run ingested = cli({QStringLiteral("ingest"), path, QStringLiteral("--source"), QStringLiteral("partner"), QStringLiteral("--db"), db});
        QVERIFY2(ingested.code == 0, ingested.out.constData());
        const Run listed = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        const QString id = listed.json().array().first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        const Run text = cli({QStringLiteral("orders"), QStringLiteral("show"), id, QStringLiteral("--db"), db});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("  line 1: P001 × 200 @ 45.00 per 100 (HP) → 0.45 each\n"), text.out.constData());
        QVERIFY2(text.out.contains("  line 2: P002 × 6 @ 249.99\n"), text.out.constData());

        const Run json = cli({QStringLiteral("orders"), QStringLiteral("show"), id, QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(json.code, 0);
        const QJsonObject line = json.json().object().value(QStringLiteral("order")).toObject().value(QStringLiteral("lines")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("price_as_sent")).toString(), QStringLiteral("45"));
        QCOMPARE(line.value(QStringLiteral("price_basis")).toObject(), (QJsonObject{{QStringLiteral("code"), QStringLiteral("HP")}, {QStringLiteral("quantity"), QStringLiteral("100")}}));
        QCOMPARE(line.value(QStringLiteral("unit_price")).toString(), QStringLiteral("0.45"));
        QCOMPARE(line.value(QStringLiteral("line_total")).toString(), QStringLiteral("90.00"));
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

    // ---- the configuration schema ---------------------------------------------------------------------------

    // `config schema` is a JSON Schema a standard validator takes: README's example passes it, every broken variant
    // fails it — and `config apply` agrees on each.
    void configSchemaValidatesReadmeExample()
    {
        const Run schema = cli({QStringLiteral("config"), QStringLiteral("schema")});
        QCOMPARE(schema.code, 0);
        QCOMPARE(schema.json().object().value(QStringLiteral("$schema")).toString(), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
        const QJsonObject readme = orderflow::test::readmeExampleConfig();
        QVERIFY2(!readme.isEmpty(), "README.md has no ```json block under ## Configuration");

        const QList<std::pair<QString, QJsonObject>> broken{
            {QStringLiteral("port in quotes"), withValue(readme, QStringLiteral("connections.0.config.port"), QStringLiteral("22"))},
            {QStringLiteral("unknown source type"), withValue(readme, QStringLiteral("sources.0.type"), QStringLiteral("ftp"))},
            {QStringLiteral("unknown connection type"), withValue(readme, QStringLiteral("connections.0.type"), QStringLiteral("REST_JSON_V9"))},
            {QStringLiteral("misspelt setting"), withValue(readme, QStringLiteral("connections.0.config.ack_pth"), QStringLiteral("/x"))},
            {QStringLiteral("inline password"), withValue(readme, QStringLiteral("sources.1.config.password"), QStringLiteral("hunter2"))},
            {QStringLiteral("sftp without host"), withValue(readme, QStringLiteral("connections.0.config.host"), QJsonValue(QJsonValue::Undefined))},
            {QStringLiteral("no way to log in"), withValue(readme, QStringLiteral("sources.1.config.password_env"), QJsonValue(QJsonValue::Undefined))},
            {QStringLiteral("sftp settings on a local dropzone"), withValue(readme, QStringLiteral("connections.0.config.mode"), QStringLiteral("filesystem"))},
            {QStringLiteral("unknown format"), withValue(readme, QStringLiteral("sources.1.format"), QStringLiteral("x12"))},
            {QStringLiteral("negative settle time"), withValue(readme, QStringLiteral("sources.0.config.settle_ms"), -1)},
            {QStringLiteral("text for a flag"), withValue(readme, QStringLiteral("sources.0.auto_approve"), QStringLiteral("yes"))},
            {QStringLiteral("unknown top-level key"), withValue(readme, QStringLiteral("source"), QJsonArray())},
        };

        // An editor finds the schema through "$schema"; OrderFlow ignores that key.
        const QJsonObject withSchemaKey = withValue(readme, QStringLiteral("$schema"), QStringLiteral("./orderflow.schema.json"));

        // Our own validator first: README applies, each variant is refused and stores nothing.
        QTemporaryDir dir;
        for (const QJsonObject &good : {readme, withSchemaKey}) {
            const QString path = dir.filePath(QStringLiteral("good.json"));
            writeFile(path, QJsonDocument(good).toJson());
            const Run applied = cli({QStringLiteral("config"), QStringLiteral("apply"), path, QStringLiteral("--db"), dir.filePath(QStringLiteral("ok.db"))});
            QVERIFY2(applied.code == 0, applied.err.constData());
        }
        for (qsizetype i = 0; i < broken.size(); ++i) {
            const QString path = dir.filePath(QStringLiteral("broken%1.json").arg(i));
            writeFile(path, QJsonDocument(broken.at(i).second).toJson());
            const Run r = cli({QStringLiteral("config"), QStringLiteral("apply"), path, QStringLiteral("--db"), dir.filePath(QStringLiteral("broken%1.db").arg(i))});
            QVERIFY2(r.code == 3 && r.err.contains("Nothing was applied"), qPrintable(broken.at(i).first + QStringLiteral(": ") + QString::fromUtf8(r.err)));
            QVERIFY2(!r.err.contains("hunter2"), r.err.constData());
        }

        const QString python = pythonWithJsonSchema();
        if (python.isEmpty())
            QSKIP("No Python with the jsonschema module (Debian: python3-jsonschema; packaging/install-deps.sh --test installs it).");
        QJsonArray docs{readme, withSchemaKey};
        for (const auto &variant : broken)
            docs.append(variant.second);
        const QString schemaPath = dir.filePath(QStringLiteral("schema.json"));
        const QString docsPath = dir.filePath(QStringLiteral("docs.json"));
        writeFile(schemaPath, schema.out);
        writeFile(docsPath, QJsonDocument(docs).toJson());
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
docs = json.load(open(sys.argv[2]))
print(json.dumps([["/".join(map(str, e.absolute_path)) + ": " + e.message for e in validator.iter_errors(d)] for d in docs]))
)"), schemaPath, docsPath});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray results = QJsonDocument::fromJson(out).array();
        QCOMPARE(results.size(), docs.size());
        QVERIFY2(results.at(0).toArray().isEmpty(), QJsonDocument(results.at(0).toArray()).toJson().constData());
        QVERIFY2(results.at(1).toArray().isEmpty(), QJsonDocument(results.at(1).toArray()).toJson().constData());
        for (qsizetype i = 0; i < broken.size(); ++i)
            QVERIFY2(!results.at(i + 2).toArray().isEmpty(), qPrintable(broken.at(i).first + QStringLiteral(" passed the JSON Schema")));
    }

    void configApplyRefusesUnknownTypes()
    {
        Workspace ws;
        QJsonObject cfg = withValue(ws.config(), QStringLiteral("sources.0.type"), QStringLiteral("ftp"));
        cfg = withValue(cfg, QStringLiteral("connections.0.type"), QStringLiteral("REST"));
        const QString cfgPath = ws.dir.filePath(QStringLiteral("config.json"));
        writeFile(cfgPath, QJsonDocument(cfg).toJson());
        const Run r = cli({QStringLiteral("config"), QStringLiteral("apply"), cfgPath, QStringLiteral("--db"), ws.dbPath});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("source 'partner' (org 'acme'): type must be a source type this OrderFlow knows: 'folder', 'http', 'rest' or 'sftp', not \"ftp\""),
                 r.err.constData());
        QVERIFY2(r.err.contains("connection 'erp' (org 'acme'): type must be a connection type this OrderFlow knows: 'DROPZONE_JSON_V1', 'MOCK' or 'REST_JSON_V1', "
                                "not \"REST\""),
                 r.err.constData());
        // Nothing of the file was stored, not even its organisation.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM org")), 0);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM source")), 0);
    }

    void configSchemaOfOneType()
    {
        const Run sftp = cli({QStringLiteral("config"), QStringLiteral("schema"), QStringLiteral("--type"), QStringLiteral("sftp")});
        QCOMPARE(sftp.code, 0);
        const QJsonObject s = sftp.json().object();
        QCOMPARE(s.value(QStringLiteral("title")).toString(), QStringLiteral("sftp source config"));
        QCOMPARE(s.value(QStringLiteral("properties")).toObject().value(QStringLiteral("port")).toObject().value(QStringLiteral("default")).toInt(), 22);
        QVERIFY(s.value(QStringLiteral("required")).toArray().contains(QStringLiteral("host")));
        const Run unknown = cli({QStringLiteral("config"), QStringLiteral("schema"), QStringLiteral("--type"), QStringLiteral("ftp")});
        QCOMPARE(unknown.code, 4);
        QVERIFY2(unknown.err.contains("Source types: folder, http, rest, sftp; connection types: DROPZONE_JSON_V1, MOCK, REST_JSON_V1."), unknown.err.constData());
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
