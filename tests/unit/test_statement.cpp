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
};

ORDERFLOW_TEST_GUILESS_MAIN(TestStatement)
#include "test_statement.moc"
