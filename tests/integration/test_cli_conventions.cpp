// What scripts and operators rely on in every `orderflow` command (issue 11, items 3 and 11): listings newest first
// that say what they left out, column headers, errors as JSON under --json, exit codes that mean the same
// everywhere, push attempts in `orders show`, the reason beside a file moved to error/, a demo that says it ran before.
#include "CliRun.h"
#include "Workspace.h"

#include <QProcess>
#include <QRegularExpression>

using orderflow::test::cli;
using orderflow::test::Run;
using orderflow::test::Workspace;

namespace {

QStringList args(std::initializer_list<const char *> words, const QString &db = {})
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    if (!db.isEmpty())
        out << QStringLiteral("--db") << db;
    return out;
}

QString writeConfig(Workspace &ws, const QJsonObject &doc)
{
    const QString path = ws.dir.filePath(QStringLiteral("config.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(QJsonDocument(doc).toJson());
    return path;
}

// Ingests orders 1..n one call each (so each has its own received time) and returns their PO numbers in that order.
QStringList ingestOrders(Workspace &ws, int n)
{
    QStringList pos;
    for (int i = 1; i <= n; ++i) {
        const QString file = ws.dir.filePath(QStringLiteral("order-%1.json").arg(i));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(Workspace::order(500 + i));
        f.close();
        const Run r = cli({QStringLiteral("ingest"), file, QStringLiteral("--source"), QStringLiteral("partner"), QStringLiteral("--db"), ws.dbPath});
        if (r.code != 0)
            qWarning("ingest failed: %s", r.err.constData());
        pos << QString::number(500 + i);
        QTest::qWait(15);
    }
    return pos;
}

} // namespace

class TestCliConventions : public QObject {
    Q_OBJECT
private slots:
    void listingsAreNewestFirstAndSayWhatTheyLeaveOut()
    {
        Workspace ws;
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("apply"), writeConfig(ws, ws.config(false)), QStringLiteral("--db"), ws.dbPath}).code, 0);
        const QStringList pos = ingestOrders(ws, 5);
        QCOMPARE(pos.size(), 5);

        // Text: a header, the newest first, and the count of what was left out with how to see it.
        const Run two = cli(args({"orders", "list", "--limit", "2"}, ws.dbPath));
        QCOMPARE(two.code, 0);
        const QStringList lines = QString::fromUtf8(two.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith(QLatin1String("ID")) && lines.value(0).contains(QLatin1String("STATE")), two.out.constData());
        QVERIFY2(lines.value(1).contains(QStringLiteral("  505 ")), two.out.constData());   // PO column: the newest order
        QVERIFY2(lines.value(2).contains(QStringLiteral("  504 ")), two.out.constData());
        QVERIFY2(two.out.contains("2 of 5 orders shown (from 1); 3 more: use --offset 2 or --limit N."), two.out.constData());

        // The last page says nothing more; --oldest-first turns the order round.
        const Run last = cli(args({"orders", "list", "--limit", "2", "--offset", "4"}, ws.dbPath));
        QVERIFY2(last.out.contains("  501 ") && !last.out.contains("more:"), last.out.constData());
        const Run oldest = cli(args({"orders", "list", "--limit", "1", "--oldest-first"}, ws.dbPath));
        QVERIFY2(oldest.out.contains("  501 ") && oldest.out.contains("4 more"), oldest.out.constData());

        // JSON: stdout stays a plain array a script can parse; the note goes to stderr.
        const Run json = cli(args({"orders", "list", "--limit", "2", "--json"}, ws.dbPath));
        QCOMPARE(json.code, 0);
        QCOMPARE(json.json().array().size(), 2);
        QCOMPARE(json.json().array().first().toObject().value(QStringLiteral("order_number")).toString(), QStringLiteral("505"));
        QVERIFY2(json.err.contains("3 more"), json.err.constData());

        // Bad paging values are usage errors.
        QCOMPARE(cli(args({"orders", "list", "--limit", "0"}, ws.dbPath)).code, 2);
        QCOMPARE(cli(args({"orders", "list", "--offset", "-1"}, ws.dbPath)).code, 2);

        // The other listings: headers and the same note.
        const Run inbound = cli(args({"inbound", "list", "--limit", "3"}, ws.dbPath));
        QCOMPARE(inbound.code, 0);
        QVERIFY2(inbound.out.startsWith("    ID  STATUS") && inbound.out.contains("3 of 5 files shown (from 1); 2 more"), inbound.out.constData());
        const Run exports = cli(args({"exports", "list"}, ws.dbPath));
        QVERIFY2(exports.out.startsWith("    ID  STATUS"), exports.out.constData());
        const Run pushlog = cli(args({"pushlog"}, ws.dbPath));
        QVERIFY2(pushlog.out.startsWith("STARTED"), pushlog.out.constData());
    }

    // Order ids are time-ordered (domain/OrderId): orders made together share their first characters. An operator
    // names one by the short form the listings show (its last 8), by a longer prefix, or by the whole id; a prefix
    // they share is ambiguous (usage error, 2), never taken as the first match.
    void ordersAreNamedByTheirShortFormOrAPrefix()
    {
        Workspace ws;
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("apply"), writeConfig(ws, ws.config(true)), QStringLiteral("--db"), ws.dbPath}).code, 0);
        QCOMPARE(ingestOrders(ws, 3).size(), 3);
        const Run listed = cli(args({"orders", "list", "--json"}, ws.dbPath));
        QCOMPARE(listed.code, 0);
        QStringList ids;
        for (const QJsonValue &o : listed.json().array())
            ids << o.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids.size(), 3);
        qsizetype common = 0;   // orders made a few milliseconds apart share their first 9 or 10 characters
        while (common < 36 && ids.at(0).at(common) == ids.at(1).at(common))
            ++common;
        QVERIFY2(common >= 6, qPrintable(ids.join(QLatin1Char(' '))));

        const QString id = ids.at(1);
        for (const QString &given : {id, id.right(8), id.right(8).toUpper(), id.right(12), id.left(20)}) {
            const Run shown = cli({QStringLiteral("orders"), QStringLiteral("show"), given, QStringLiteral("--json"), QStringLiteral("--db"), ws.dbPath});
            QVERIFY2(shown.code == 0, qPrintable(given + QLatin1String(": ") + QString::fromUtf8(shown.err)));
            QVERIFY2(shown.out.contains(id.toUtf8()), shown.out.constData());
        }
        const Run shared = cli(args({"orders", "show", qPrintable(ids.at(0).left(common))}, ws.dbPath));
        QCOMPARE(shared.code, 2);
        QVERIFY2(shared.err.contains("matches several orders"), shared.err.constData());

        // The push log and the exports list show that same short form.
        QCOMPARE(cli(args({"push", qPrintable(id.right(8))}, ws.dbPath)).code, 0);
        const Run pushlog = cli(args({"pushlog"}, ws.dbPath));
        QVERIFY2(pushlog.out.contains(id.right(8).toUtf8()), pushlog.out.constData());
    }

    void errorsAreJsonUnderJsonAndExitCodesAgree()
    {
        Workspace ws;
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("apply"), writeConfig(ws, ws.config(false)), QStringLiteral("--db"), ws.dbPath}).code, 0);
        ingestOrders(ws, 1);

        const Run badState = cli(args({"orders", "list", "--state", "bogus", "--json"}, ws.dbPath));
        QCOMPARE(badState.code, 2);
        QVERIFY(badState.out.isEmpty());
        const QJsonObject e = badState.errJson().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
        QCOMPARE(e.value(QStringLiteral("exit_code")).toInt(), 2);
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QLatin1String("bogus")), badState.err.constData());

        const Run badOption = cli(args({"orders", "list", "--bogus", "--json"}, ws.dbPath));
        QCOMPARE(badOption.code, 2);
        QCOMPARE(badOption.errJson().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("usage"));

        const Run missing = cli(args({"orders", "show", "ffffffff", "--json"}, ws.dbPath));
        QCOMPARE(missing.code, 4);
        QCOMPARE(missing.errJson().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));

        const Run unknown = cli({QStringLiteral("frobnicate"), QStringLiteral("--json")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.errJson().isObject() && unknown.out.isEmpty(), unknown.err.constData());

        // Without --json the same error is one plain line.
        const Run plain = cli(args({"orders", "list", "--state", "bogus"}, ws.dbPath));
        QVERIFY2(plain.err.startsWith("orderflow: unknown state 'bogus'"), plain.err.constData());

        // An id prefix too short to name an order is the operator's usage mistake (2), as a mistyped option is.
        const Run shortId = cli(args({"orders", "show", "abc"}, ws.dbPath));
        QCOMPARE(shortId.code, 2);
        QVERIFY2(shortId.err.contains("at least its first 6 characters, or its last 8"), shortId.err.constData());

        // A file that is not there: 4 for ingest as for parse, and nothing of the other file was stored.
        const QString good = ws.dir.filePath(QStringLiteral("good.json"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(Workspace::order(900));
        g.close();
        const QString absent = ws.dir.filePath(QStringLiteral("absent.json"));
        const Run ingest = cli({QStringLiteral("ingest"), good, absent, QStringLiteral("--source"), QStringLiteral("partner"), QStringLiteral("--db"), ws.dbPath});
        QCOMPARE(ingest.code, 4);
        QVERIFY2(ingest.err.contains(absent.toUtf8()) && ingest.err.contains("nothing was ingested"), ingest.err.constData());
        QCOMPARE(cli({QStringLiteral("parse"), absent}).code, 4);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM inbound_message")), 1);   // only the one from before

        // config export takes --json (it is JSON anyway); apply --json says what it applied as JSON.
        const Run exported = cli(args({"config", "export", "--json"}, ws.dbPath));
        QCOMPARE(exported.code, 0);
        QVERIFY(exported.json().object().contains(QStringLiteral("sources")));
        const Run applied = cli({QStringLiteral("config"), QStringLiteral("apply"), writeConfig(ws, ws.config(false)), QStringLiteral("--db"), ws.dbPath, QStringLiteral("--json")});
        QCOMPARE(applied.code, 0);
        QCOMPARE(applied.json().object().value(QStringLiteral("sources")).toInt(), 1);
    }

    void ordersShowListsPushAttempts()
    {
        Workspace ws;
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("apply"), writeConfig(ws, ws.config(true)), QStringLiteral("--db"), ws.dbPath}).code, 0);
        ingestOrders(ws, 1);
        const Run listed = cli(args({"orders", "list", "--json"}, ws.dbPath));
        const QString id = listed.json().array().first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(cli(args({"push", qPrintable(id)}, ws.dbPath)).code, 0);
        const Run shown = cli(args({"orders", "show", qPrintable(id)}, ws.dbPath));
        QCOMPARE(shown.code, 0);
        QVERIFY2(QString::fromUtf8(shown.out).contains(QRegularExpression(QStringLiteral("push attempt 1 at \\S+: delivered \\(\\d+ ms\\)"))), shown.out.constData());
    }

    void aFileMovedToErrorHasItsReasonBesideItAndInTheLog()
    {
        Workspace ws;
        ws.apply(ws.config(true, {}, QJsonObject{{QStringLiteral("poll_interval_ms"), 100}}));
        ws.drop(QStringLiteral("broken.json"), QByteArrayLiteral("{\"id\": 7, \"items\": [ }"));
        ws.db.reset();
        QProcess daemon;
        daemon.start(QStringLiteral(ORDERFLOW_CLI), args({"run", "--duration", "3"}, ws.dbPath));
        QVERIFY(daemon.waitForFinished(30000));
        const QByteArray log = daemon.readAllStandardError();
        const QString errorDir = QDir(ws.inbox).filePath(QStringLiteral("error"));
        QVERIFY2(QFile::exists(QDir(errorDir).filePath(QStringLiteral("broken.json"))), log.constData());
        QFile reason(QDir(errorDir).filePath(QStringLiteral("broken.json.error.txt")));
        QVERIFY2(reason.open(QIODevice::ReadOnly), log.constData());
        const QString text = QString::fromUtf8(reason.readAll());
        QVERIFY2(text.contains(QLatin1String("File: broken.json")) && text.contains(QLatin1String("Source: partner (organisation acme)"))
                     && text.contains(QLatin1String("orderflow replay")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("broken.json:1:")), qPrintable(text));   // the parser's own words, with the place
        QVERIFY2(log.contains("broken.json gave no usable order and was moved to"), log.constData());
        QCOMPARE(log.count("broken.json gave no usable order"), 1);
    }

    void rerunningTheDemoSaysSo()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("demo"));
        const QStringList run{QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--demo-dir"), root, QStringLiteral("--duration"), QStringLiteral("0.5")};
        const Run first = cli(run);
        QCOMPARE(first.code, 0);
        QVERIFY2(!first.out.contains("ran before"), first.out.constData());
        const Run second = cli(run);
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains("This demo workspace ran before") && second.out.contains(root.toUtf8()), second.out.constData());
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestCliConventions)
#include "test_cli_conventions.moc"
