// SftpSession against a real OpenSSH sshd: key authentication, host key checks (unknown, pinned, changed, trust),
// connection refused, a hung server (I/O timeout) and reconnecting afterwards.
#include "sshd/SshdFixture.h"
#include "transport/FileStore.h"
#include "transport/SftpHostKeyTrust.h"
#include "transport/SftpSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;
using orderflow::test::SshdFixture;

class TestSftpSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keyAuthentication();
    void encryptedKeyWithPassphrase();
    void wrongKeyPassphrase();
    void missingKeyFile();
    void unknownHostKeyCarriesFingerprint();
    void pinnedFingerprint();
    void wrongPinnedFingerprint();
    void scanAndTrust();
    void connectionRefused();
    void hungServerTimesOutThenReconnects();
    void changedHostKeyIsHardFailure();   // rotates the host key: keep last

private:
    SftpConfig config(QJsonObject overrides = {}) const;
    QString emptyKnownHosts();

    SshdFixture m_sshd;
    QTemporaryDir m_tmp;
    int m_counter = 0;
};

SftpConfig TestSftpSession::config(QJsonObject overrides) const
{
    QJsonObject json = m_sshd.sftpConfig();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            json.remove(it.key());
        else
            json.insert(it.key(), it.value());
    }
    Result<SftpConfig> c = SftpConfig::fromJson(json);
    if (!c)
        qFatal("bad test config: %s", qPrintable(c.error().message));
    return *c;
}

QString TestSftpSession::emptyKnownHosts()
{
    return m_tmp.filePath(QStringLiteral("known_hosts_%1").arg(++m_counter));
}

void TestSftpSession::initTestCase()
{
    QString why;
    if (!SshdFixture::available(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_tmp.isValid());
    const Status started = m_sshd.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestSftpSession::keyAuthentication()
{
    SftpSession session(config());
    const Status s = session.connect();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QVERIFY(session.isConnected());
    const SftpConnectTimings &t = session.lastConnectTimings();
    QVERIFY(t.connectMs >= 0 && t.hostKeyMs >= 0 && t.authMs >= 0 && t.sftpMs >= 0);
    QCOMPARE(session.serverHostKey().fingerprint(), m_sshd.hostKeyFingerprint());
    Result<QList<SftpEntry>> listed = session.listDirectory(m_sshd.dataDir());
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().message));
    session.disconnect();
    QVERIFY(!session.isConnected());
    // Operations reconnect on demand.
    QVERIFY(session.stat(m_sshd.dataDir()).ok());
    QVERIFY(session.isConnected());
}

void TestSftpSession::encryptedKeyWithPassphrase()
{
    qputenv("ORDERFLOW_TEST_KEY_PASSPHRASE", m_sshd.clientKeyPassphrase().toUtf8());
    SftpSession session(config({{QStringLiteral("key_file"), m_sshd.encryptedClientKeyPath()},
                                {QStringLiteral("key_passphrase_env"), QStringLiteral("ORDERFLOW_TEST_KEY_PASSPHRASE")}}));
    const Status s = session.connect();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
}

void TestSftpSession::wrongKeyPassphrase()
{
    const QByteArray secret = "Not-The-Passphrase-4711";
    qputenv("ORDERFLOW_TEST_WRONG_PASSPHRASE", secret);
    SftpSession session(config({{QStringLiteral("key_file"), m_sshd.encryptedClientKeyPath()},
                                {QStringLiteral("key_passphrase_env"), QStringLiteral("ORDERFLOW_TEST_WRONG_PASSPHRASE")}}));
    const Status s = session.connect();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, FileError::Auth);
    QVERIFY2(s.error().message.contains(m_sshd.encryptedClientKeyPath()), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QStringLiteral("ORDERFLOW_TEST_WRONG_PASSPHRASE")), qPrintable(s.error().message));
    QVERIFY(!s.error().message.contains(QString::fromLatin1(secret)));
    QVERIFY(!s.error().message.contains(m_sshd.clientKeyPassphrase()));

    // Encrypted key, no passphrase configured: says what to configure.
    SftpSession noPassphrase(config({{QStringLiteral("key_file"), m_sshd.encryptedClientKeyPath()}}));
    const Status s2 = noPassphrase.connect();
    QVERIFY(!s2.ok());
    QCOMPARE(s2.error().code, FileError::Auth);
    QVERIFY2(s2.error().message.contains(QStringLiteral("key_passphrase_env")), qPrintable(s2.error().message));
}

void TestSftpSession::missingKeyFile()
{
    SftpSession session(config({{QStringLiteral("key_file"), QStringLiteral("/nonexistent/id_ed25519")}}));
    const Status s = session.connect();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, FileError::Auth);
    QVERIFY(s.error().message.contains(QStringLiteral("/nonexistent/id_ed25519")));
    QVERIFY(!isTransientFileError(s.error()));
}

void TestSftpSession::unknownHostKeyCarriesFingerprint()
{
    const QString expected = m_sshd.hostKeyFingerprint();   // ssh-keygen -lf
    QVERIFY(expected.startsWith(QStringLiteral("SHA256:")));
    SftpSession session(config({{QStringLiteral("known_hosts"), emptyKnownHosts()}}));
    const Status s = session.connect();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, FileError::HostKey);
    QVERIFY(!isTransientFileError(s.error()));
    QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_sshd.port())), qPrintable(s.error().message));
    QCOMPARE(session.serverHostKey().fingerprint(), expected);   // what a wizard would offer to trust
    QVERIFY(!session.isConnected());
}

void TestSftpSession::pinnedFingerprint()
{
    SftpSession session(config({{QStringLiteral("known_hosts"), emptyKnownHosts()}, {QStringLiteral("fingerprint"), m_sshd.hostKeyFingerprint()}}));
    const Status s = session.connect();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
}

void TestSftpSession::wrongPinnedFingerprint()
{
    const QString wrong = QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s");
    SftpSession session(config({{QStringLiteral("fingerprint"), wrong}}));   // even with a matching known_hosts
    const Status s = session.connect();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, FileError::HostKey);
    QVERIFY(s.error().message.contains(wrong));
    QVERIFY(s.error().message.contains(m_sshd.hostKeyFingerprint()));
}

void TestSftpSession::scanAndTrust()
{
    const QString kh = emptyKnownHosts();
    Result<ServerHostKeyInfo> info = SftpSession::scanHostKey(m_sshd.host(), m_sshd.port(), kh, 5000);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info->fingerprint, m_sshd.hostKeyFingerprint());
    QCOMPARE(info->match, KnownHosts::Match::Unknown);
    QVERIFY(info->serverBanner.contains(QStringLiteral("OpenSSH")));

    // Non-interactive trust refuses a fingerprint that does not match and stores nothing.
    const Result<ServerHostKeyInfo> refused =
        trustServerHostKey(m_sshd.host(), m_sshd.port(), QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"), kh, 5000);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, FileError::HostKey);
    QVERIFY(!QFile::exists(kh));

    const Result<ServerHostKeyInfo> trusted = trustServerHostKey(m_sshd.host(), m_sshd.port(), info->fingerprint, kh, 5000);
    QVERIFY2(trusted.ok(), qPrintable(trusted.ok() ? QString() : trusted.error().message));
    QFile f(kh);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(f.readAll()).trimmed(), m_sshd.knownHostsLine());

    SftpSession session(config({{QStringLiteral("known_hosts"), kh}}));
    const Status s = session.connect();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
}

void TestSftpSession::connectionRefused()
{
    SftpConfig c = config();
    c.port = 1;   // privileged, closed on a test machine
    SftpSession session(c);
    QElapsedTimer timer;
    timer.start();
    const Status s = session.connect();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, FileError::Connection);
    QVERIFY(isTransientFileError(s.error()));
    QVERIFY2(s.error().message.contains(QStringLiteral("sftp://%1@127.0.0.1:1").arg(c.user)), qPrintable(s.error().message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestSftpSession::hungServerTimesOutThenReconnects()
{
    SftpSession session(config({{QStringLiteral("io_timeout_ms"), 1000}, {QStringLiteral("connect_timeout_ms"), 1000}}));
    QVERIFY(session.connect().ok());
    QVERIFY(m_sshd.suspend().ok());
    QElapsedTimer timer;
    timer.start();
    Result<QList<SftpEntry>> listed = session.listDirectory(m_sshd.dataDir());
    const qint64 elapsed = timer.elapsed();
    QVERIFY(m_sshd.resume().ok());
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, FileError::Connection);
    QVERIFY2(listed.error().message.contains(QStringLiteral("No answer")), qPrintable(listed.error().message));
    QVERIFY2(listed.error().message.contains(m_sshd.dataDir()), qPrintable(listed.error().message));
    QVERIFY2(elapsed >= 900 && elapsed < 4000, qPrintable(QString::number(elapsed)));
    QVERIFY(!session.isConnected());

    // The server is back: the next call opens a fresh connection.
    listed = session.listDirectory(m_sshd.dataDir());
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().message));
}

void TestSftpSession::changedHostKeyIsHardFailure()
{
    const QString oldFingerprint = m_sshd.hostKeyFingerprint();
    QVERIFY(m_sshd.stop().ok());
    QVERIFY(m_sshd.rotateHostKey().ok());
    QVERIFY(m_sshd.start().ok());
    const QString newFingerprint = m_sshd.hostKeyFingerprint();
    QVERIFY(newFingerprint != oldFingerprint);

    SftpSession session(config());   // known_hosts still lists the old key
    const Status s = session.connect();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, FileError::HostKey);
    QVERIFY(!isTransientFileError(s.error()));
    QVERIFY2(s.error().message.contains(QStringLiteral("HOST KEY CHANGED")), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(newFingerprint));
    QVERIFY(s.error().message.contains(oldFingerprint));
    QVERIFY(!session.isConnected());

    // Scanning reports it as changed; re-trusting makes it work again.
    Result<ServerHostKeyInfo> info = SftpSession::scanHostKey(m_sshd.host(), m_sshd.port(), m_sshd.knownHostsPath(), 5000);
    QVERIFY(info.ok());
    QCOMPARE(info->match, KnownHosts::Match::Changed);
    QVERIFY(trustHostKey(info->host, info->port, info->key, m_sshd.knownHostsPath()).ok());
    QVERIFY(session.connect().ok());
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestSftpSession)
#include "test_sftp_session.moc"
