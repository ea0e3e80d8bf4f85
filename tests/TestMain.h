// The main() of every Qt Test executable: like QTEST_MAIN / QTEST_GUILESS_MAIN, but a skip tells the truth.
//
// Qt Test exits 0 when initTestCase() calls QSKIP (corpus folder absent, sshd missing, not root), so CTest would
// count a test that tested nothing as passed. Here the run also writes a TAP report to a temporary file and reads
// it back:
//   - nothing passed or failed and something was skipped: "SKIPPED: <reason>" and exit code 77, which
//     orderflow_add_test declares as SKIP_RETURN_CODE, so CTest reports the test as skipped;
//   - some test functions skipped, others ran: the exit code stays Qt's, and a summary lists what was skipped.
// Arguments pass through unchanged (-functions, -o file,format, -v2 …); without an -o of its own the run logs to
// stdout as usual.
#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace orderflow::test {

inline constexpr int kSkipExitCode = 77;

inline int execReportingSkips(QObject *testObject, int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // Only the "-o name,format" form can be combined with a second logger; "-o name" with a format flag cannot.
    bool ownOutput = false;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("-o")) {
            if (!args.at(i + 1).contains(QLatin1Char(',')))
                return QTest::qExec(testObject, args);
            ownOutput = true;
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return QTest::qExec(testObject, args);
    const QString tap = dir.filePath(QStringLiteral("results.tap"));
    if (!ownOutput)
        args << QStringLiteral("-o") << QStringLiteral("-,txt");
    args << QStringLiteral("-o") << tap + QStringLiteral(",tap");
    const int status = QTest::qExec(testObject, args);

    QFile report(tap);
    if (!report.open(QIODevice::ReadOnly))
        return status;
    // "ok 3 - name(row) # SKIP reason", "not ok 4 - name()"; initTestCase/cleanupTestCase are not tests of their own.
    static const QRegularExpression result(QStringLiteral("^(not )?ok \\d+ - ([^\\s(]+)(\\(.*?\\))?(?: # (SKIP|TODO)\\b ?(.*))?$"));
    int ran = 0;
    int failed = 0;
    QStringList skipped;
    QString wholeSkipReason;
    while (!report.atEnd()) {
        const QString line = QString::fromUtf8(report.readLine()).trimmed();
        const QRegularExpressionMatch m = result.match(line);
        if (!m.hasMatch())
            continue;
        const QString function = m.captured(2);
        const bool fixture = function == QLatin1String("initTestCase") || function == QLatin1String("cleanupTestCase");
        if (m.captured(4) == QLatin1String("SKIP")) {
            if (function == QLatin1String("initTestCase"))
                wholeSkipReason = m.captured(5);
            else
                skipped << QStringLiteral("%1%2 (%3)").arg(function, m.captured(3), m.captured(5));
        } else if (m.captured(1).isEmpty() || m.captured(4) == QLatin1String("TODO")) {
            ran += fixture ? 0 : 1;
        } else {
            ++failed;
        }
    }
    if (status != 0 || failed > 0)
        return status;
    if (ran == 0 && (!wholeSkipReason.isEmpty() || !skipped.isEmpty())) {
        std::printf("SKIPPED: %s\n", qPrintable(!wholeSkipReason.isEmpty() ? wholeSkipReason : skipped.join(QStringLiteral("; "))));
        std::fflush(stdout);
        return kSkipExitCode;
    }
    if (!skipped.isEmpty()) {
        std::printf("NOTE: %lld test function(s) or data row(s) skipped, %d ran:\n", qint64(skipped.size()), ran);
        for (const QString &s : std::as_const(skipped))
            std::printf("  skipped %s\n", qPrintable(s));
        std::fflush(stdout);
    }
    return status;
}

} // namespace orderflow::test

#define ORDERFLOW_TEST_MAIN_WRAPPER(TestObject, ...) \
    int main(int argc, char *argv[]) \
    { \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>(); \
        __VA_ARGS__ \
        TestObject tc; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return orderflow::test::execReportingSkips(&tc, argc, argv); \
    }

// Instead of QTEST_MAIN (QApplication for widget tests, QGuiApplication or QCoreApplication otherwise).
#define ORDERFLOW_TEST_MAIN(TestObject) ORDERFLOW_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
// Instead of QTEST_GUILESS_MAIN.
#define ORDERFLOW_TEST_GUILESS_MAIN(TestObject) \
    ORDERFLOW_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
