// KnownHosts, fingerprints, SftpConfig and host:port parsing, checked against OpenSSH's own tools (ssh-keygen).
#include "transport/FileStore.h"
#include "transport/KnownHosts.h"
#include "transport/SftpConfig.h"
#include "transport/SftpHostKeyTrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;

class TestSftpKnownHosts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fingerprintMatchesSshKeygen();
    void hostToken_data();
    void hostToken();
    void lookup_data();
    void lookup();
    void hashedEntriesWrittenByOpenSsh();
    void revokedKey();
    void addCreatesPrivateFile();
    void trustLeavesExistingFolderAndFilePermissions();
    void replaceKeepsOtherHosts();
    void normalizeFingerprint_data();
    void normalizeFingerprint();
    void parseHostAndPort_data();
    void parseHostAndPort();
    void configRefusesInlineSecrets();
    void configNamesMissingEnvironmentVariable();
    void configDefaults();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QString sshKeygen(const QStringList &args);

    QTemporaryDir m_dir;
    QList<HostPublicKey> m_keys;   // four generated ed25519 keys
    QStringList m_pubPaths;
};

QString TestSftpKnownHosts::sshKeygen(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"), args);
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return QString();
    return QString::fromLatin1(p.readAllStandardOutput());
}

QString TestSftpKnownHosts::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(content);
    return path;
}

void TestSftpKnownHosts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-?")}) == -2)
        QSKIP("ssh-keygen is not installed (packaging/install-deps.sh --test installs openssh-client)");
    for (int i = 0; i < 4; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("key%1").arg(i));
        QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                         QString(), QStringLiteral("-f"), path});
        QFile pub(path + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QStringList parts = QString::fromLatin1(pub.readAll()).split(QLatin1Char(' '));
        const HostPublicKey key = KnownHosts::parseKey(parts.value(0), parts.value(1));
        QVERIFY(key.isValid());
        m_keys.append(key);
        m_pubPaths.append(pub.fileName());
    }
}

void TestSftpKnownHosts::fingerprintMatchesSshKeygen()
{
    for (int i = 0; i < m_keys.size(); ++i) {
        const QString out = sshKeygen({QStringLiteral("-lf"), m_pubPaths.at(i)});
        QCOMPARE(m_keys.at(i).fingerprint(), out.section(QLatin1Char(' '), 1, 1));
    }
    // A key whose type label disagrees with its blob is rejected, not misfiled.
    QVERIFY(!KnownHosts::parseKey(QStringLiteral("ssh-rsa"), QString::fromLatin1(m_keys.at(0).blob.toBase64())).isValid());
    QVERIFY(!KnownHosts::parseKey(QStringLiteral("ssh-ed25519"), QStringLiteral("not base64!")).isValid());
}

void TestSftpKnownHosts::hostToken_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("token");
    QTest::newRow("default port") << QStringLiteral("SFTP.Example.com") << 22 << QStringLiteral("sftp.example.com");
    QTest::newRow("other port") << QStringLiteral("10.0.0.5") << 2222 << QStringLiteral("[10.0.0.5]:2222");
}

void TestSftpKnownHosts::hostToken()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, token);
    QCOMPARE(KnownHosts::hostToken(host, port), token);
}

void TestSftpKnownHosts::lookup_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("match");

    QTest::newRow("plain known") << QStringLiteral("host1") << 22 << 0 << int(KnownHosts::Match::Known);
    QTest::newRow("case-insensitive") << QStringLiteral("HOST1") << 22 << 0 << int(KnownHosts::Match::Known);
    QTest::newRow("plain changed") << QStringLiteral("host1") << 22 << 1 << int(KnownHosts::Match::Changed);
    QTest::newRow("bracketed port known") << QStringLiteral("host1") << 2222 << 1 << int(KnownHosts::Match::Known);
    QTest::newRow("port 22 entry does not cover 2222") << QStringLiteral("host2") << 2222 << 0 << int(KnownHosts::Match::Unknown);
    QTest::newRow("unknown host") << QStringLiteral("elsewhere") << 22 << 0 << int(KnownHosts::Match::Unknown);
    QTest::newRow("wildcard") << QStringLiteral("a.partners.example") << 22 << 2 << int(KnownHosts::Match::Known);
    QTest::newRow("negated") << QStringLiteral("bad.partners.example") << 22 << 2 << int(KnownHosts::Match::Unknown);
    QTest::newRow("shared line") << QStringLiteral("host3") << 22 << 3 << int(KnownHosts::Match::Known);
}

void TestSftpKnownHosts::lookup()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, key);
    QFETCH(int, match);
    const QByteArray content = "# OrderFlow known hosts\n\n"
        "host1 " + m_keys.at(0).toOpenSshString().toLatin1() + " comment words\n"
        "[host1]:2222 " + m_keys.at(1).toOpenSshString().toLatin1() + "\n"
        "garbage-line-without-key\n"
        "!bad.partners.example,*.partners.example " + m_keys.at(2).toOpenSshString().toLatin1() + "\n"
        "host2,host3 " + m_keys.at(3).toOpenSshString().toLatin1() + "\n"
        "host2 " + m_keys.at(0).toOpenSshString().toLatin1() + "\n";
    KnownHosts known(writeFile(QStringLiteral("lookup_known_hosts"), content));
    QVERIFY(known.load().ok());
    const KnownHosts::Lookup result = known.lookup(host, port, m_keys.at(key));
    QCOMPARE(int(result.match), match);
    if (result.match == KnownHosts::Match::Changed) {
        QVERIFY(!result.knownKeys.isEmpty());
        QCOMPARE(result.line, 3);
    }
}

void TestSftpKnownHosts::hashedEntriesWrittenByOpenSsh()
{
    const QString path = writeFile(QStringLiteral("hashed_known_hosts"),
                                   "[127.0.0.1]:4022 " + m_keys.at(0).toOpenSshString().toLatin1() + "\nplainhost " + m_keys.at(1).toOpenSshString().toLatin1() + "\n");
    QVERIFY(!sshKeygen({QStringLiteral("-H"), QStringLiteral("-f"), path}).isNull());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray hashed = f.readAll();
    QVERIFY2(!hashed.contains("127.0.0.1") && hashed.startsWith("|1|"), hashed.constData());

    KnownHosts known(path);
    QVERIFY(known.load().ok());
    QCOMPARE(known.lookup(QStringLiteral("127.0.0.1"), 4022, m_keys.at(0)).match, KnownHosts::Match::Known);
    QCOMPARE(known.lookup(QStringLiteral("127.0.0.1"), 4022, m_keys.at(2)).match, KnownHosts::Match::Changed);
    QCOMPARE(known.lookup(QStringLiteral("127.0.0.1"), 22, m_keys.at(0)).match, KnownHosts::Match::Unknown);
    QCOMPARE(known.lookup(QStringLiteral("plainhost"), 22, m_keys.at(1)).match, KnownHosts::Match::Known);

    // Re-trusting replaces the hashed entry too.
    QVERIFY(known.replace(QStringLiteral("127.0.0.1"), 4022, m_keys.at(2)).ok());
    QCOMPARE(known.lookup(QStringLiteral("127.0.0.1"), 4022, m_keys.at(2)).match, KnownHosts::Match::Known);
    QCOMPARE(known.keysFor(QStringLiteral("127.0.0.1"), 4022).size(), 1);
    QCOMPARE(known.lookup(QStringLiteral("plainhost"), 22, m_keys.at(1)).match, KnownHosts::Match::Known);
}

void TestSftpKnownHosts::revokedKey()
{
    const QString path = writeFile(QStringLiteral("revoked_known_hosts"),
                                   "host1 " + m_keys.at(0).toOpenSshString().toLatin1() + "\n@revoked * " + m_keys.at(0).toOpenSshString().toLatin1() + "\n");
    KnownHosts known(path);
    QVERIFY(known.load().ok());
    QCOMPARE(known.lookup(QStringLiteral("host1"), 22, m_keys.at(0)).match, KnownHosts::Match::Revoked);
}

void TestSftpKnownHosts::addCreatesPrivateFile()
{
    const QString path = m_dir.filePath(QStringLiteral("new/dir/known_hosts"));
    KnownHosts known(path);
    QVERIFY(known.load().ok());   // missing file = empty
    QCOMPARE(known.lookup(QStringLiteral("h"), 2200, m_keys.at(0)).match, KnownHosts::Match::Unknown);
    QVERIFY(known.add(QStringLiteral("h"), 2200, m_keys.at(0)).ok());
    QCOMPARE(known.lookup(QStringLiteral("h"), 2200, m_keys.at(0)).match, KnownHosts::Match::Known);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("[h]:2200 " + m_keys.at(0).toOpenSshString().toLatin1() + "\n"));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::WriteOther), QFileDevice::Permissions());
    // OpenSSH reads what OrderFlow wrote.
    const QString found = sshKeygen({QStringLiteral("-F"), QStringLiteral("[h]:2200"), QStringLiteral("-f"), path});
    QVERIFY2(found.contains(m_keys.at(0).toOpenSshString()), qPrintable(found));
}

void TestSftpKnownHosts::trustLeavesExistingFolderAndFilePermissions()
{
    // `orderflow hostkey trust` into a folder someone else uses too (/etc/orderflow, a shared home): the folder keeps
    // its permissions; only the file OrderFlow creates is private.
    const QString shared = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    const QFileDevice::Permissions open755 = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(shared, open755));
    const QFileDevice::Permissions userBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    const QString path = shared + QStringLiteral("/known_hosts");
    QVERIFY(trustHostKey(QStringLiteral("h1"), 22, m_keys.at(0), path).ok());
    QCOMPARE(QFileInfo(shared).permissions() & ~userBits, open755);
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());

    // A known_hosts file the operator made readable for others stays readable after another key is trusted.
    const QFileDevice::Permissions open644 = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, open644));
    QVERIFY(trustHostKey(QStringLiteral("h2"), 22, m_keys.at(1), path).ok());
    QCOMPARE(QFileInfo(path).permissions() & ~userBits, open644);
    QCOMPARE(QFileInfo(shared).permissions() & ~userBits, open755);
    KnownHosts known(path);
    QVERIFY(known.load().ok());
    QCOMPARE(known.lookup(QStringLiteral("h1"), 22, m_keys.at(0)).match, KnownHosts::Match::Known);
    QCOMPARE(known.lookup(QStringLiteral("h2"), 22, m_keys.at(1)).match, KnownHosts::Match::Known);

    // A folder OrderFlow creates itself is private.
    const QString own = m_dir.filePath(QStringLiteral("own/orderflow"));
    QVERIFY(trustHostKey(QStringLiteral("h3"), 22, m_keys.at(2), own + QStringLiteral("/known_hosts")).ok());
    QCOMPARE(QFileInfo(own).permissions() & ~userBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestSftpKnownHosts::replaceKeepsOtherHosts()
{
    const QString path = writeFile(QStringLiteral("replace_known_hosts"),
                                   "# keep me\nhostA,hostB " + m_keys.at(0).toOpenSshString().toLatin1() + "\nhostC " + m_keys.at(1).toOpenSshString().toLatin1() + "\n");
    KnownHosts known(path);
    QVERIFY(known.load().ok());
    QVERIFY(trustHostKey(QStringLiteral("hostA"), 22, m_keys.at(2), path).ok());
    QVERIFY(known.load().ok());
    QCOMPARE(known.lookup(QStringLiteral("hostA"), 22, m_keys.at(2)).match, KnownHosts::Match::Known);
    QCOMPARE(known.keysFor(QStringLiteral("hostA"), 22).size(), 1);
    QCOMPARE(known.lookup(QStringLiteral("hostB"), 22, m_keys.at(0)).match, KnownHosts::Match::Known);
    QCOMPARE(known.lookup(QStringLiteral("hostC"), 22, m_keys.at(1)).match, KnownHosts::Match::Known);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("# keep me\n"));
    // Trusting the same key again changes nothing.
    QVERIFY(trustHostKey(QStringLiteral("hostA"), 22, m_keys.at(2), path).ok());
    QVERIFY(known.load().ok());
    QCOMPARE(known.keysFor(QStringLiteral("hostA"), 22).size(), 1);
}

void TestSftpKnownHosts::normalizeFingerprint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString fp = QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s");
    QTest::newRow("as printed") << fp << fp;
    QTest::newRow("lower-case prefix") << QStringLiteral("sha256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s") << fp;
    QTest::newRow("padding") << fp + QLatin1Char('=') << fp;
    QTest::newRow("bare") << QStringLiteral(" uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s ") << fp;
    QTest::newRow("md5 style") << QStringLiteral("MD5:12:34:56") << QString();
    QTest::newRow("too short") << QStringLiteral("SHA256:abc") << QString();
}

void TestSftpKnownHosts::normalizeFingerprint()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(orderflow::normalizeFingerprint(input), expected);
}

void TestSftpKnownHosts::parseHostAndPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host") << QStringLiteral("sftp.example.com") << true << QStringLiteral("sftp.example.com") << 22;
    QTest::newRow("host:port") << QStringLiteral("sftp.example.com:2222") << true << QStringLiteral("sftp.example.com") << 2222;
    QTest::newRow("[host]:port") << QStringLiteral("[10.0.0.5]:2200") << true << QStringLiteral("10.0.0.5") << 2200;
    QTest::newRow("[v6]:port") << QStringLiteral("[::1]:2200") << true << QStringLiteral("::1") << 2200;
    QTest::newRow("bare v6") << QStringLiteral("fe80::1") << true << QStringLiteral("fe80::1") << 22;
    QTest::newRow("bad port") << QStringLiteral("host:99999") << false << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
}

void TestSftpKnownHosts::parseHostAndPort()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QFETCH(int, port);
    const Result<HostAndPort> parsed = orderflow::parseHostAndPort(text);
    QCOMPARE(parsed.ok(), valid);
    if (valid) {
        QCOMPARE(parsed->host, host);
        QCOMPARE(parsed->port, port);
    }
}

void TestSftpKnownHosts::configRefusesInlineSecrets()
{
    const Result<SftpConfig> c = SftpConfig::fromJson(QJsonObject{{QStringLiteral("host"), QStringLiteral("h")},
                                                                 {QStringLiteral("user"), QStringLiteral("u")},
                                                                 {QStringLiteral("password"), QStringLiteral("hunter2-secret")}});
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, QStringLiteral("config"));
    QVERIFY(c.error().message.contains(QStringLiteral("password_env")));
    QVERIFY(!c.error().message.contains(QStringLiteral("hunter2-secret")));
}

void TestSftpKnownHosts::configNamesMissingEnvironmentVariable()
{
    qunsetenv("ORDERFLOW_TEST_UNSET_VAR");
    const Result<SftpConfig> c = SftpConfig::fromJson(QJsonObject{{QStringLiteral("host"), QStringLiteral("h")},
                                                                 {QStringLiteral("user"), QStringLiteral("u")},
                                                                 {QStringLiteral("password_env"), QStringLiteral("ORDERFLOW_TEST_UNSET_VAR")}});
    QVERIFY(c.ok());
    const Result<QByteArray> pw = c->password();
    QVERIFY(!pw.ok());
    QVERIFY(pw.error().message.contains(QStringLiteral("ORDERFLOW_TEST_UNSET_VAR")));
    qputenv("ORDERFLOW_TEST_UNSET_VAR", "s3cr3t");
    QCOMPARE(c->password().value(), QByteArray("s3cr3t"));
    qunsetenv("ORDERFLOW_TEST_UNSET_VAR");
}

void TestSftpKnownHosts::configDefaults()
{
    qputenv("ORDERFLOW_KNOWN_HOSTS", "/tmp/of-known-hosts-test");
    const Result<SftpConfig> c = SftpConfig::fromJson(QJsonObject{{QStringLiteral("host"), QStringLiteral("h")},
                                                                 {QStringLiteral("user"), QStringLiteral("u")},
                                                                 {QStringLiteral("key_file"), QStringLiteral("/k")}});
    QVERIFY(c.ok());
    QCOMPARE(c->port, 22);
    QCOMPARE(c->knownHostsPath, QStringLiteral("/tmp/of-known-hosts-test"));
    QCOMPARE(c->describe(), QStringLiteral("sftp://u@h:22"));
    qunsetenv("ORDERFLOW_KNOWN_HOSTS");
    QVERIFY(defaultKnownHostsPath().endsWith(QStringLiteral("/orderflow/known_hosts")));

    QVERIFY(!SftpConfig::fromJson(QJsonObject{{QStringLiteral("host"), QStringLiteral("h")}, {QStringLiteral("user"), QStringLiteral("u")}}).ok());
    QVERIFY(!SftpConfig::fromJson(QJsonObject{{QStringLiteral("host"), QStringLiteral("h")}, {QStringLiteral("user"), QStringLiteral("u")},
                                              {QStringLiteral("key_file"), QStringLiteral("/k")}, {QStringLiteral("port"), 70000}}).ok());
    QVERIFY(!SftpConfig::fromJson(QJsonObject{{QStringLiteral("host"), QStringLiteral("h")}, {QStringLiteral("user"), QStringLiteral("u")},
                                              {QStringLiteral("key_file"), QStringLiteral("/k")}, {QStringLiteral("fingerprint"), QStringLiteral("nope")}}).ok());
}

QTEST_GUILESS_MAIN(TestSftpKnownHosts)
#include "test_sftp_knownhosts.moc"
