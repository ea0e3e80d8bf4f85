// SFTP as an ordinary user: password authentication, a wrong password (no secret in any message or log line),
// key authentication and permission denied. Needs root to create a throwaway user (removed afterwards); skips
// otherwise. Root's own password is never touched: password tests use the throwaway user only.
#include "sshd/SshdFixture.h"
#include "transport/FileStore.h"
#include "transport/SftpFileStore.h"
#include "transport/SftpSession.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace orderflow;
using orderflow::test::SshdFixture;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(msg);
    }
    if (g_previous)
        g_previous(type, context, msg);
}

} // namespace

class TestSftpUsers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void passwordAuthentication();
    void wrongPasswordRevealsNoSecret();
    void keyAuthenticationAsOrdinaryUser();
    void permissionDenied();

private:
    QJsonObject passwordConfig(const QByteArray &envName) const;

    SshdFixture m_sshd;
    SshdFixture::TestUser m_user;
};

QJsonObject TestSftpUsers::passwordConfig(const QByteArray &envName) const
{
    QJsonObject c = m_sshd.sftpConfig(m_user.name);
    c.remove(QStringLiteral("key_file"));
    c.insert(QStringLiteral("password_env"), QString::fromLatin1(envName));
    return c;
}

void TestSftpUsers::initTestCase()
{
    QString why;
    if (!SshdFixture::available(&why))
        QSKIP(qPrintable(why));
    if (!SshdFixture::isRoot())
        QSKIP("password and permission tests need a throwaway ordinary user, which only root can create; run the tests as root (CI does)");
    const Status started = m_sshd.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    Result<SshdFixture::TestUser> user = m_sshd.createTestUser();
    if (!user)
        QSKIP(qPrintable(QStringLiteral("cannot create a throwaway user here: %1").arg(user.error().message)));
    m_user = *user;
    g_previous = qInstallMessageHandler(captureLog);
}

void TestSftpUsers::cleanupTestCase()
{
    if (g_previous)
        qInstallMessageHandler(g_previous);
}

void TestSftpUsers::passwordAuthentication()
{
    qputenv("ORDERFLOW_TEST_SFTP_PASS", m_user.password.toUtf8());
    Result<std::unique_ptr<FileStore>> store = createFileStore(passwordConfig("ORDERFLOW_TEST_SFTP_PASS"));
    QVERIFY(store.ok());
    const Status opened = (*store)->open();
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QVERIFY((*store)->writeAtomic(m_user.home + QStringLiteral("/hello.json"), "{}", true).ok());
    QFileInfo written(m_user.home + QStringLiteral("/hello.json"));
    QCOMPARE(written.ownerId(), m_user.uid);   // really written as that user
    (*store)->close();
}

void TestSftpUsers::wrongPasswordRevealsNoSecret()
{
    const QByteArray secret = "Wr0ng-Secret-" + QByteArray::number(::getpid());
    qputenv("ORDERFLOW_TEST_SFTP_WRONG", secret);
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    Result<std::unique_ptr<FileStore>> store = createFileStore(passwordConfig("ORDERFLOW_TEST_SFTP_WRONG"));
    QVERIFY(store.ok());
    const Status opened = (*store)->open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, FileError::Auth);
    QVERIFY(!isTransientFileError(opened.error()));
    const QString msg = opened.error().message;
    QVERIFY2(msg.contains(m_user.name) && msg.contains(QStringLiteral("127.0.0.1:%1").arg(m_sshd.port())), qPrintable(msg));
    QVERIFY2(msg.contains(QStringLiteral("ORDERFLOW_TEST_SFTP_WRONG")), qPrintable(msg));   // names where the secret came from
    QVERIFY2(msg.contains(QStringLiteral("password")), qPrintable(msg));

    // Also try the operations, which reconnect and fail the same way.
    const Result<QList<FileEntry>> listed = (*store)->list(m_user.home, QString());
    QCOMPARE(listed.error().code, FileError::Auth);

    QMutexLocker lock(&g_logMutex);
    const QString everything = msg + QLatin1Char('\n') + listed.error().message + QLatin1Char('\n') + g_log.join(QLatin1Char('\n'));
    QVERIFY2(!everything.contains(QString::fromLatin1(secret)), "the wrong password leaked into a message or log line");
    QVERIFY2(!everything.contains(m_user.password), "the real password leaked into a message or log line");
}

void TestSftpUsers::keyAuthenticationAsOrdinaryUser()
{
    Result<std::unique_ptr<FileStore>> store = createFileStore(m_sshd.sftpConfig(m_user.name));
    QVERIFY(store.ok());
    const Result<QList<FileEntry>> listed = (*store)->list(m_user.home, QString());
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().message));
}

void TestSftpUsers::permissionDenied()
{
    // A root-owned directory the user may read but not write, and a file only root may read.
    const QString locked = m_sshd.dataDir() + QStringLiteral("/locked");
    QVERIFY(QDir().mkpath(locked));
    ::chmod(QFile::encodeName(locked).constData(), 0755);
    QFile order(locked + QStringLiteral("/po.edi"));
    QVERIFY(order.open(QIODevice::WriteOnly));
    order.write("ISA*...");
    order.close();
    QFile secret(locked + QStringLiteral("/private.edi"));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("x");
    secret.close();
    ::chmod(QFile::encodeName(secret.fileName()).constData(), 0600);

    Result<std::unique_ptr<FileStore>> made = createFileStore(m_sshd.sftpConfig(m_user.name));
    QVERIFY(made.ok());
    FileStore &store = **made;

    const Status write = store.writeAtomic(locked + QStringLiteral("/sales_order.json"), "{}", false);
    QCOMPARE(write.error().code, FileError::Permission);
    QVERIFY2(write.error().message.contains(m_user.name) && write.error().message.contains(locked), qPrintable(write.error().message));
    QVERIFY(!isTransientFileError(write.error()));

    // Archiving out of a directory the user cannot write: the move is refused, the file stays.
    const QString archive = m_user.home + QStringLiteral("/archive");
    QVERIFY(store.ensureDir(archive).ok());
    const Status moved = store.move(locked + QStringLiteral("/po.edi"), archive + QStringLiteral("/po.edi"));
    QCOMPARE(moved.error().code, FileError::Permission);
    QVERIFY2(moved.error().message.contains(locked), qPrintable(moved.error().message));
    QVERIFY(QFile::exists(locked + QStringLiteral("/po.edi")));

    const Result<QByteArray> read = store.read(locked + QStringLiteral("/private.edi"), 100);
    QCOMPARE(read.error().code, FileError::Permission);
    QVERIFY(read.error().message.contains(QStringLiteral("SFTP status 3")));

    const Status mkdir = store.ensureDir(locked + QStringLiteral("/sub"));
    QCOMPARE(mkdir.error().code, FileError::Permission);

    // Reading what the user may read still works on the same session.
    QCOMPARE(store.read(locked + QStringLiteral("/po.edi"), 100).value(), QByteArray("ISA*..."));
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestSftpUsers)
#include "test_sftp_users.moc"
