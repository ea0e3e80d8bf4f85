// The partner outbox over a real OpenSSH sshd: an sftp source's 997 goes to the partner's server through the source's
// own SFTP connection; permission denied there (as an ordinary user) and a server that is down keep the
// acknowledgement waiting with the reason visible, and it goes out exactly once when the cause is gone.
#include "../integration/Workspace.h"
#include "sshd/SshdFixture.h"

#include "pipeline/Ingestor.h"
#include "pipeline/OutboxSender.h"
#include "storage/OutboxRepository.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"

#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace orderflow;
using orderflow::test::SshdFixture;
using orderflow::test::Workspace;

namespace {

QByteArray demoX12()
{
    QFile f(QStringLiteral(":/orderflow/demo/northwind-850.x12"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("demo X12 file missing");
    return f.readAll();
}

QByteArray readLocal(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

OutboxRecord onlyRow(Workspace &ws)
{
    auto rows = OutboxRepository(*ws.db).list(QStringLiteral("all"), {}, 10);
    if (!rows || rows->size() != 1)
        qFatal("expected one outbox row");
    return rows->first();
}

} // namespace

class TestSftpOutbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void permissionDeniedWaitsWithTheReasonThenDeliversOnce();
    void serverDownIsRetriedThenDelivered();

private:
    // in/ and out/ below the fixture's data directory; in/ belongs to owner (0 = root).
    QString makeBase(const QString &name, uint owner, uint group);
    QJsonObject config(const QString &base, const QString &user) const;
    void ingest(Workspace &ws);

    SshdFixture m_sshd;
    SshdFixture::TestUser m_user;
    bool m_haveUser = false;
};

void TestSftpOutbox::initTestCase()
{
    QString why;
    if (!SshdFixture::available(&why))
        QSKIP(qPrintable(why));
    const Status started = m_sshd.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    if (SshdFixture::isRoot()) {
        Result<SshdFixture::TestUser> user = m_sshd.createTestUser();
        if (user) {
            m_user = *user;
            m_haveUser = true;
        } else {
            qWarning("no throwaway user (%s): the permission test skips", qPrintable(user.error().message));
        }
    }
}

void TestSftpOutbox::cleanup()
{
    if (!m_sshd.isRunning())
        QVERIFY(m_sshd.start().ok());
}

QString TestSftpOutbox::makeBase(const QString &name, uint owner, uint group)
{
    const QString base = m_sshd.dataDir() + QLatin1Char('/') + name;
    for (const char *sub : {"", "/in", "/out"}) {
        const QString d = base + QLatin1String(sub);
        QDir().mkpath(d);
        if (owner != 0 && qstrcmp(sub, "/out") != 0) {
            if (::chown(QFile::encodeName(d).constData(), owner, group) != 0)
                qWarning("chown %s failed", qPrintable(d));
        }
        ::chmod(QFile::encodeName(d).constData(), 0755);
    }
    return base;
}

QJsonObject TestSftpOutbox::config(const QString &base, const QString &user) const
{
    QJsonObject source = m_sshd.sftpConfig(user);
    source.remove(QStringLiteral("mode"));
    source.insert(QStringLiteral("path"), QString(base + QStringLiteral("/in")));
    source.insert(QStringLiteral("pattern"), QStringLiteral("*.x12"));
    source.insert(QStringLiteral("settle_ms"), 0);
    source.insert(QStringLiteral("outbound_path"), QString(base + QStringLiteral("/out")));
    source.insert(QStringLiteral("outbound_retry_base_ms"), 100);
    source.insert(QStringLiteral("outbound_retry_max_ms"), 400);
    return QJsonObject{
        {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}}}},
        {QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("partner2")},
                                                           {QStringLiteral("type"), QStringLiteral("sftp")}, {QStringLiteral("format"), QStringLiteral("auto")},
                                                           {QStringLiteral("config"), source}}}},
    };
}

void TestSftpOutbox::ingest(Workspace &ws)
{
    auto source = ConfigRepository(*ws.db).sourceByName(QStringLiteral("acme"), QStringLiteral("partner2"));
    QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().message));
    QJsonObject transport = source->config;
    transport.insert(QStringLiteral("mode"), QStringLiteral("sftp"));
    auto store = createFileStore(transport);
    QVERIFY(store.ok());
    StabilityTracker tracker;
    auto r = Ingestor(*ws.db).pollSource(*source, **store, tracker);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->files.size(), 1);
}

void TestSftpOutbox::permissionDeniedWaitsWithTheReasonThenDeliversOnce()
{
    if (!m_haveUser)
        QSKIP("needs a throwaway ordinary user (run as root)");
    Workspace ws;
    const QString base = makeBase(QStringLiteral("denied"), m_user.uid, m_user.gid);
    const QString out = base + QStringLiteral("/out");   // root's, 0755: the partner's user may not write there
    ws.apply(config(base, m_user.name));
    QFile po(base + QStringLiteral("/in/po.x12"));
    QVERIFY(po.open(QIODevice::WriteOnly));
    po.write(demoX12());
    po.close();
    ingest(ws);

    OutboxSender sender(*ws.db);
    QDateTime at = QDateTime::currentDateTimeUtc();
    for (int attempt = 1; attempt <= 3; ++attempt) {
        auto round = sender.runRound(10, at);
        QVERIFY(round.ok());
        QCOMPARE(round->failed, 1);
        const OutboxRecord row = onlyRow(ws);
        QCOMPARE(row.status, QStringLiteral("failed"));
        QCOMPARE(row.attempts, attempt);
        QVERIFY2(row.lastError.contains(QStringLiteral("ermission")) && row.lastError.contains(out)
                     && row.lastError.contains(QStringLiteral("997_NORTHWIND_000000101.x12")) && row.lastError.contains(QStringLiteral("needs a person")),
                 qPrintable(row.lastError));
        at = timeFromText(row.nextAttemptAt);
        if (attempt == 3)
            qInfo("what the operator reads: %s", qPrintable(row.lastError));
    }
    QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());

    // The partner's administrator fixes the folder; the next attempt delivers, once.
    ::chown(QFile::encodeName(out).constData(), m_user.uid, m_user.gid);
    auto round = sender.runRound(10, at);
    QCOMPARE(round->sent, 1);
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("997_NORTHWIND_000000101.x12")});
    QVERIFY(readLocal(out + QStringLiteral("/997_NORTHWIND_000000101.x12")).contains("AK1*PO*101"));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(out + QStringLiteral("/997_NORTHWIND_000000101.x12")).constData(), &st), 0);
    QCOMPARE(uint(st.st_uid), m_user.uid);   // written through the partner's SFTP account, not locally
    const OutboxRecord sent = onlyRow(ws);
    QCOMPARE(sent.status, QStringLiteral("sent"));
    QVERIFY2(sent.sentTo.startsWith(QStringLiteral("sftp://")) && sent.sentTo.endsWith(QStringLiteral("/out/997_NORTHWIND_000000101.x12")), qPrintable(sent.sentTo));
    QCOMPARE(sender.runRound(10, at.addSecs(3600))->attempted, 0);
}

void TestSftpOutbox::serverDownIsRetriedThenDelivered()
{
    Workspace ws;
    const QString base = makeBase(QStringLiteral("down"), 0, 0);
    const QString out = base + QStringLiteral("/out");
    ws.apply(config(base, {}));
    QFile po(base + QStringLiteral("/in/po.x12"));
    QVERIFY(po.open(QIODevice::WriteOnly));
    po.write(demoX12());
    po.close();
    ingest(ws);

    QVERIFY(m_sshd.stop().ok());
    OutboxSender sender(*ws.db);
    auto round = sender.runRound(10);
    QVERIFY(round.ok());
    QCOMPARE(round->failed, 1);
    const OutboxRecord row = onlyRow(ws);
    QCOMPARE(row.status, QStringLiteral("failed"));
    QVERIFY2(row.lastError.contains(QStringLiteral("keeps retrying")), qPrintable(row.lastError));

    QVERIFY(m_sshd.start().ok());
    round = sender.runRound(10, timeFromText(row.nextAttemptAt));
    QCOMPARE(round->sent, 1);
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("997_NORTHWIND_000000101.x12")});
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestSftpOutbox)
#include "test_sftp_outbox.moc"
