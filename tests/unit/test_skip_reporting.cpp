// The test main (tests/TestMain.h) tells CTest the truth about skips: a test case skipped as a whole exits 77
// (reported as skipped), one that skipped some functions passes and lists them, a failure stays a failure. The
// executable runs itself as the fixture (ORDERFLOW_SKIP_FIXTURE=whole|partial|failing) and reads what it printed.
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

class WholeSkipFixture : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QSKIP("fixture: the corpus folder is absent"); }
    void wouldTest() { QFAIL("must not run after initTestCase skipped"); }
};

class PartialSkipFixture : public QObject {
    Q_OBJECT
private slots:
    void runs() { QVERIFY(true); }
    void skipsAlways() { QSKIP("fixture: needs root"); }
    void rows_data()
    {
        QTest::addColumn<bool>("skip");
        QTest::newRow("kept") << false;
        QTest::newRow("dropped (odd name)") << true;
    }
    void rows()
    {
        QFETCH(bool, skip);
        if (skip)
            QSKIP("fixture: this row needs sshd");
    }
};

class FailingFixture : public QObject {
    Q_OBJECT
private slots:
    void skips() { QSKIP("fixture: skipped"); }
    void fails() { QFAIL("fixture: a real failure"); }
};

struct Run {
    int exitCode = -1;
    QString out;
};

Run runFixture(const QString &mode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ORDERFLOW_SKIP_FIXTURE"), mode);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QCoreApplication::applicationFilePath(), {});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

} // namespace

class TestSkipReporting : public QObject {
    Q_OBJECT
private slots:
    void wholeSkipExits77()
    {
        const Run r = runFixture(QStringLiteral("whole"));
        QVERIFY2(r.exitCode == 77, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("SKIPPED: fixture: the corpus folder is absent")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("must not run")), qPrintable(r.out));
    }

    void partialSkipPassesAndListsWhatWasSkipped()
    {
        const Run r = runFixture(QStringLiteral("partial"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("SKIPPED:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("NOTE: 2 test function(s) or data row(s) skipped, 2 ran")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("skipped skipsAlways() (fixture: needs root)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("skipped rows(dropped (odd name)) (fixture: this row needs sshd)")), qPrintable(r.out));
    }

    void failureStaysAFailure()
    {
        const Run r = runFixture(QStringLiteral("failing"));
        QVERIFY2(r.exitCode == 1, qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("SKIPPED:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("fixture: a real failure")), qPrintable(r.out));
    }

    void everyRegisteredTestDeclaresTheSkipCode()
    {
        // CTest turns exit code 77 into "skipped" only for tests that declare it.
        QProcess ctest;
        ctest.start(QStringLiteral(ORDERFLOW_CTEST), {QStringLiteral("--test-dir"), QStringLiteral(ORDERFLOW_BINARY_DIR),
                                                      QStringLiteral("--show-only=json-v1")});
        QVERIFY(ctest.waitForFinished(60000));
        const QJsonArray tests = QJsonDocument::fromJson(ctest.readAllStandardOutput()).object().value(QStringLiteral("tests")).toArray();
        QVERIFY2(tests.size() > 5, "ctest listed no tests");
        QStringList missing;
        for (const QJsonValue &t : tests) {
            bool declared = false;
            for (const QJsonValue &p : t.toObject().value(QStringLiteral("properties")).toArray()) {
                const QJsonObject property = p.toObject();
                declared = declared
                    || (property.value(QStringLiteral("name")).toString() == QLatin1String("SKIP_RETURN_CODE")
                        && property.value(QStringLiteral("value")).toInt() == orderflow::test::kSkipExitCode);
            }
            if (!declared)
                missing << t.toObject().value(QStringLiteral("name")).toString();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no SKIP_RETURN_CODE 77: ") + missing.join(QStringLiteral(", "))));
    }
};

// Not ORDERFLOW_TEST_GUILESS_MAIN: the same executable is also the fixture it tests.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray mode = qgetenv("ORDERFLOW_SKIP_FIXTURE");
    if (mode == "whole") {
        WholeSkipFixture fixture;
        return orderflow::test::execReportingSkips(&fixture, 1, argv);
    }
    if (mode == "partial") {
        PartialSkipFixture fixture;
        return orderflow::test::execReportingSkips(&fixture, 1, argv);
    }
    if (mode == "failing") {
        FailingFixture fixture;
        return orderflow::test::execReportingSkips(&fixture, 1, argv);
    }
    TestSkipReporting tc;
    return orderflow::test::execReportingSkips(&tc, argc, argv);
}

#include "test_skip_reporting.moc"
