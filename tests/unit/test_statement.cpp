// storage/Statement binds texts straight on SQLite's handle: every text must be stored as the bytes of Qt's UTF-8
// conversion (QString::toUtf8, what Statement stored before it kept its own buffers) — whatever the text (empty,
// null, non-Latin, surrogate pairs, lone surrogates, large) and however often a cached statement is run again with
// other values. (Not what QSqlQuery stores: Qt's SQLite driver binds UTF-16 and SQLite's conversion of a lone
// surrogate joins it with the next character or writes it as a 3-byte sequence that is not UTF-8.)
#include "TestMain.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;

namespace {

QString withUnits(std::initializer_list<char16_t> units)
{
    QString s;
    for (char16_t u : units)
        s.append(QChar(u));
    return s;
}

} // namespace

class TestStatement : public QObject {
    Q_OBJECT
private slots:
    void textsAreStoredAsUtf8_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("PO-4711");
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("null") << QString();
        QTest::newRow("umlauts") << QStringLiteral("Müller GmbH, Straße 5");
        QTest::newRow("cjk") << QStringLiteral("株式会社");
        QTest::newRow("surrogate pair") << QStringLiteral("box 📦 ok");
        QTest::newRow("lone high surrogate at the end") << QStringLiteral("AB") + withUnits({0xD83D});
        QTest::newRow("lone low surrogate inside") << QStringLiteral("A") + withUnits({0xDCE6}) + QStringLiteral("B");
        QTest::newRow("lone high surrogate inside") << QStringLiteral("A") + withUnits({0xD83D}) + QStringLiteral("B");
        QTest::newRow("nul inside") << QStringLiteral("A") + QChar(0) + QStringLiteral("B");
        QTest::newRow("large") << QString(300000, QLatin1Char('x')) + QStringLiteral("é");
    }
    void textsAreStoredAsUtf8()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("statement.db")), QStringLiteral("test"));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QSqlQuery create((*db)->sql());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, how TEXT, v TEXT)")));
        // The cached statement runs first with other values, so its parameter's kept buffer has held longer and
        // shorter texts before this one.
        Statement &insert = (*db)->statement(QStringLiteral("INSERT INTO t (how, v) VALUES (?, ?)"));
        for (const QString &before : {QString(5000, QLatin1Char('y')), QStringLiteral("z")}) {
            insert.bind(0, QStringLiteral("warm-up"));
            insert.bind(1, before);
            QVERIFY(insert.exec(QStringLiteral("inserting")));
        }
        insert.bind(0, QStringLiteral("statement"));
        insert.bind(1, text);
        QVERIFY(insert.exec(QStringLiteral("inserting")));

        QSqlQuery read((*db)->sql());
        QVERIFY(read.exec(QStringLiteral("SELECT v IS NULL, hex(v), length(CAST(v AS BLOB)) FROM t WHERE how = 'statement'")));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toBool(), text.isNull());
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(read.value(2).toLongLong(), text.isNull() ? 0 : qint64(utf8.size()));
        QCOMPARE(read.value(1).toString(), QString::fromLatin1(utf8.toHex().toUpper()));
    }

    // A row's columns are read as value() asks for them; a row the statement lets go (its read snapshot released,
    // or the statement bound anew before its rows were read to the end) is kept whole first, so value() still
    // answers with that row.
    void rowsStayReadableUntilTheNextRun()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("statement.db")), QStringLiteral("test"));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QSqlQuery create((*db)->sql());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, data BLOB, n INTEGER)")));
        QVERIFY(create.exec(QStringLiteral("INSERT INTO t (name, data, n) VALUES ('one', x'00ff', 1), ('two', NULL, NULL), ('three', x'', 3)")));
        Statement &q = (*db)->statement(QStringLiteral("SELECT id, name, data, n FROM t WHERE id >= ? ORDER BY id"));
        q.bind(0, qint64(1));
        QVERIFY(q.exec(QStringLiteral("reading")));
        QVERIFY(q.hasRow());
        QCOMPARE(q.value(1).toString(), QStringLiteral("one"));
        QCOMPARE(q.value(2).toByteArray(), QByteArray::fromHex("00ff"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("one"));   // read twice: the same
        QVERIFY(!q.value(4).isValid());
        QVERIFY(!q.value(-1).isValid());
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("two"));
        QVERIFY(q.value(2).isNull());
        QVERIFY(q.value(3).isNull());
        (*db)->resetStatements();   // lets the row go: it was kept
        QCOMPARE(q.value(0).toLongLong(), qint64(2));
        QCOMPARE(q.value(1).toString(), QStringLiteral("two"));
        QVERIFY(!q.next());   // reset: no more rows from this run

        q.bind(0, qint64(3));
        QVERIFY(q.exec(QStringLiteral("reading again")));
        QVERIFY(q.hasRow());
        QCOMPARE(q.value(1).toString(), QStringLiteral("three"));
        QCOMPARE(q.value(3).toLongLong(), qint64(3));
        QVERIFY(!q.next());
        QVERIFY(!q.hasRow());
    }
};

ORDERFLOW_TEST_GUILESS_MAIN(TestStatement)
#include "test_statement.moc"
