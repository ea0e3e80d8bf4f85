// `orderflow sources|connections list|show|add|edit|disable|enable|remove` as an operator runs them: the real
// program on a real SQLite file, its answers and exit codes, the audit trail it leaves, the schema's refusals, the
// refusal to remove what orders still need, and the credential-store secrets that go with a removed entry
// (the encrypted file store, as tests/secrets use it).
#include "../secrets/SecretsTestSupport.h"
#include "TestMain.h"
#include "Workspace.h"

#include "secrets/EncryptedFileStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace orderflow;
using namespace orderflow::test;

namespace {

QJsonDocument jsonOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out);
}

QJsonObject orgOnly(const QString &slug)
{
    return QJsonObject{{QStringLiteral("slug"), slug}, {QStringLiteral("name"), slug.toUpper()}};
}

// Two credential-store references (applyBaseWithTwoSecrets stores both): the one sources share at first, and a new one.
const QString kSharedSecret = QStringLiteral("source/shared/password");
const QString kFreshSecret = QStringLiteral("source/one/password-2026");

// An SFTP source of org beta as a configuration document has it, with `credential` in its config.
QJsonObject sftpSource(const QString &name, const QJsonObject &credential, bool enabled = true)
{
    QJsonObject config{{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("user"), QStringLiteral("p")},
                       {QStringLiteral("path"), QString(QStringLiteral("/out/") + name)}};
    for (auto it = credential.begin(); it != credential.end(); ++it)
        config.insert(it.key(), it.value());
    QJsonObject entry{{QStringLiteral("org"), QStringLiteral("beta")}, {QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("sftp")},
                      {QStringLiteral("config"), config}};
    if (!enabled)
        entry.insert(QStringLiteral("enabled"), false);
    return entry;
}

QJsonObject secretField(const QString &reference)
{
    return QJsonObject{{QStringLiteral("password"), QJsonObject{{QStringLiteral("secret"), reference}}}};
}

} // namespace

class TestConfigEntities : public QObject {
    Q_OBJECT

private slots:
    void init();
    void sourceLifecycleIsAudited();
    void connectionLifecycleIsAudited();
    void schemaRefusesBadEntries();
    void catalogIdPatternMustBeARegex();
    void inlineSecretIsRefusedAndLeaksNowhere();
    void identifiersAndUsage();
    void removeRefusedWhileOrdersInFlight();
    void removeRefusedWhileSourcesNameTheConnection();
    void secretsGoWithTheConnection();
    void secretsLeftWhenStoreUnreachable();
    void sharedSecretIsKept();
    void editReplacingSecretDeletesTheOldOne();
    void configApplyReleasesSecretsNoEntryUsesAnyMore();
    void runConfigReleasesSecretsNoEntryUsesAnyMore();
    void exportRoundTripsAfterSingleEdits();
    void runningEnginePicksUpChanges();

private:
    QProcessEnvironment env() const;
    CliRun cli(const QStringList &args, const QByteArray &input = {}) const { return runCli(args + QStringList{QStringLiteral("--db"), m_ws->dbPath}, env(), input); }
    CliRun cliNoDb(const QStringList &args, const QProcessEnvironment &e, const QByteArray &input = {}) const { return runCli(args, e, input); }
    // The audit rows of one entity: action, actor, detail.
    QList<QStringList> audit(const QString &entity, qint64 id) const;
    QString secretsFile() const { return m_dir->filePath(QStringLiteral("secrets.enc")); }
    CredentialStorePtr fileStore() const;
    void applyBase(const QJsonArray &extraOrgs = {});
    // applyBase with org beta, and kSharedSecret ("old") and kFreshSecret ("new") in the credential store.
    void applyBaseWithTwoSecrets();
    // SFTP sources "one" and "two" of org beta (`sources add`), both with the password secret `reference`.
    void addSftpSourcesSharing(const QString &reference) const;
    // Writes `doc` to a file and runs `config apply` (with --json when asked) on it.
    CliRun applyDocument(const QJsonObject &doc, bool json = false) const;
    // The same file given to `orderflow run --config` (which stops by itself after a moment).
    CliRun runWithConfig(const QJsonObject &doc) const;
    QString writeDocument(const QJsonObject &doc) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    QByteArray m_key;
};

void TestConfigEntities::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = std::make_unique<Workspace>();
    m_key = randomMasterKey();
}

QProcessEnvironment TestConfigEntities::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1").arg(m_dir->filePath(QStringLiteral("no-bus"))));
    e.insert(QStringLiteral("ORDERFLOW_SECRET_STORE"), QStringLiteral("file"));
    e.insert(QStringLiteral("ORDERFLOW_SECRETS_FILE"), secretsFile());
    e.insert(QStringLiteral("ENCRYPTION_MASTER_KEY"), QString::fromLatin1(m_key));
    e.insert(QStringLiteral("USER"), QStringLiteral("carol"));
    e.remove(QStringLiteral("ORDERFLOW_DB"));
    return e;
}

CredentialStorePtr TestConfigEntities::fileStore() const
{
    auto s = EncryptedFileStore::create(secretsFile(), m_key);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return *s;
}

QList<QStringList> TestConfigEntities::audit(const QString &entity, qint64 id) const
{
    QList<QStringList> rows;
    QSqlQuery q(m_ws->db->sql());
    q.prepare(QStringLiteral("SELECT action, actor, COALESCE(from_state, ''), COALESCE(to_state, ''), COALESCE(detail, '') FROM audit_event "
                             "WHERE entity = ? AND entity_id = ? ORDER BY id"));
    q.addBindValue(entity);
    q.addBindValue(QString::number(id));
    if (!q.exec())
        qFatal("audit query failed");
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    return rows;
}

void TestConfigEntities::applyBase(const QJsonArray &extraOrgs)
{
    QJsonObject doc = m_ws->config(false);
    QJsonArray orgs = doc.value(QStringLiteral("orgs")).toArray();
    for (const QJsonValue &o : extraOrgs)
        orgs.append(o);
    doc.insert(QStringLiteral("orgs"), orgs);
    const CliRun r = applyDocument(doc);
    QVERIFY2(r.code == 0, r.all().constData());
}

void TestConfigEntities::sourceLifecycleIsAudited()
{
    applyBase();
    const QString inbox2 = m_dir->filePath(QStringLiteral("inbox2"));
    QVERIFY(QDir().mkpath(inbox2));

    CliRun r = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--name"),
                    QStringLiteral("second"), QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--set"), QStringLiteral("path=") + inbox2, QStringLiteral("--set"), QStringLiteral("settle_ms=0"),
                    QStringLiteral("--set"), QStringLiteral("auto_approve=yes"), QStringLiteral("--operator"), QStringLiteral("alice")});
    QVERIFY2(r.code == 0, r.all().constData());
    QVERIFY2(r.out.contains("Added source 'second' (org 'acme') with id"), r.out.constData());

    r = cli({QStringLiteral("sources"), QStringLiteral("show"), QStringLiteral("acme/second"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject shown = jsonOf(r).object();
    const qint64 id = shown.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(shown.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
    QCOMPARE(shown.value(QStringLiteral("auto_approve")).toBool(), true);
    QCOMPARE(shown.value(QStringLiteral("config")).toObject().value(QStringLiteral("path")).toString(), inbox2);
    QCOMPARE(shown.value(QStringLiteral("config")).toObject().value(QStringLiteral("settle_ms")).toInt(), 0);   // a number, not "0"

    r = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(jsonOf(r).array().size(), 2);

    // Edit by id: a config setting, an entry field, and one setting taken away.
    r = cli({QStringLiteral("sources"), QStringLiteral("edit"), QString::number(id), QStringLiteral("--set"), QStringLiteral("pattern=*.json"),
             QStringLiteral("--set"), QStringLiteral("format=auto"), QStringLiteral("--unset"), QStringLiteral("settle_ms")});
    QVERIFY2(r.code == 0, r.all().constData());
    QVERIFY2(r.out.contains("changed config.pattern, config.settle_ms, format"), r.out.constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("show"), QStringLiteral("second")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("format: auto") && r.out.contains("pattern: *.json") && !r.out.contains("settle_ms"), r.out.constData());

    r = cli({QStringLiteral("sources"), QStringLiteral("disable"), QStringLiteral("acme/second")});
    QVERIFY2(r.code == 0 && r.out.contains("Disabled source 'second'"), r.all().constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("list")});
    QVERIFY2(r.out.contains("acme/second") && r.out.contains("disabled"), r.out.constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("disable"), QStringLiteral("acme/second")});
    QVERIFY2(r.code == 0 && r.out.contains("already disabled"), r.all().constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("enable"), QStringLiteral("acme/second")});
    QVERIFY2(r.code == 0 && r.out.contains("Enabled source 'second'"), r.all().constData());

    r = cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("acme/second")});
    QVERIFY2(r.code == 0, r.all().constData());
    QVERIFY2(r.out.contains("Removed source 'second' (org 'acme')"), r.out.constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).array().size(), 1);
    QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("show"), QStringLiteral("acme/second")}).code, 4);
    // Nothing referred to it: the row is gone, so the status table forgets it too.
    r = cli({QStringLiteral("sources"), QStringLiteral("status")});
    QVERIFY2(!r.out.contains("second"), r.out.constData());

    const QList<QStringList> rows = audit(QStringLiteral("source"), id);
    QStringList actions, actors;
    for (const QStringList &row : rows) {
        actions << row.at(0);
        actors << row.at(1);
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("remove")}));
    QCOMPARE(actors, (QStringList{QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("carol"), QStringLiteral("carol"), QStringLiteral("carol")}));
    // before and after of the edit, states of disable.
    const QJsonObject edit = QJsonDocument::fromJson(rows.at(1).at(4).toUtf8()).object();
    QCOMPARE(edit.value(QStringLiteral("before")).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("json"));
    QCOMPARE(edit.value(QStringLiteral("after")).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("auto"));
    QCOMPARE(rows.at(2).at(2), QStringLiteral("enabled"));
    QCOMPARE(rows.at(2).at(3), QStringLiteral("disabled"));
    QCOMPARE(rows.at(4).at(3), QStringLiteral("removed"));
}

void TestConfigEntities::connectionLifecycleIsAudited()
{
    applyBase();
    CliRun r = cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--name"),
                    QStringLiteral("mock"), QStringLiteral("--type"), QStringLiteral("MOCK"), QStringLiteral("--set"), QStringLiteral("behaviour=flaky"),
                    QStringLiteral("--set"), QStringLiteral("flaky_failures=2"), QStringLiteral("--set"), QStringLiteral("concurrency=2")});
    QVERIFY2(r.code == 0, r.all().constData());
    r = cli({QStringLiteral("connections"), QStringLiteral("show"), QStringLiteral("acme/mock"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject shown = jsonOf(r).object();
    const qint64 id = shown.value(QStringLiteral("id")).toInteger();
    QCOMPARE(shown.value(QStringLiteral("concurrency")).toInt(), 2);
    QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(shown.value(QStringLiteral("config")).toObject().value(QStringLiteral("flaky_failures")).toInt(), 2);

    r = cli({QStringLiteral("connections"), QStringLiteral("edit"), QStringLiteral("mock"), QStringLiteral("--set"), QStringLiteral("behaviour=fail"),
             QStringLiteral("--unset"), QStringLiteral("flaky_failures")});
    QVERIFY2(r.code == 0 && r.out.contains("changed config.behaviour, config.flaky_failures"), r.all().constData());
    r = cli({QStringLiteral("connections"), QStringLiteral("disable"), QStringLiteral("mock")});
    QVERIFY2(r.code == 0 && r.out.contains("Disabled connection 'mock'"), r.all().constData());
    r = cli({QStringLiteral("connections"), QStringLiteral("list")});
    QVERIFY2(r.out.contains("acme/mock") && r.out.contains("DISABLED"), r.out.constData());
    r = cli({QStringLiteral("connections"), QStringLiteral("enable"), QStringLiteral("mock")});
    QVERIFY2(r.code == 0, r.all().constData());

    // The source routes to the organisation's only active connection: with two, it would need to name one, so
    // the mock goes before it can take any order.
    r = cli({QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("acme/mock"), QStringLiteral("--operator"), QStringLiteral("dave")});
    QVERIFY2(r.code == 0 && r.out.contains("Removed connection 'mock' (org 'acme')"), r.all().constData());
    QCOMPARE(cli({QStringLiteral("connections"), QStringLiteral("show"), QString::number(id)}).code, 4);

    const QList<QStringList> rows = audit(QStringLiteral("connection"), id);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.last().at(0), QStringLiteral("remove"));
    QCOMPARE(rows.last().at(1), QStringLiteral("dave"));
    QCOMPARE(rows.at(2).at(3), QStringLiteral("disabled"));
}

void TestConfigEntities::schemaRefusesBadEntries()
{
    applyBase();
    const QStringList add{QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--name"),
                          QStringLiteral("bad")};
    // An unknown type names the known ones.
    CliRun r = cli(add + QStringList{QStringLiteral("--type"), QStringLiteral("ftp"), QStringLiteral("--set"), QStringLiteral("path=/tmp")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("ftp") && r.err.contains("folder") && r.err.contains("sftp"), r.err.constData());
    // A value of the wrong kind.
    r = cli(add + QStringList{QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--set"), QStringLiteral("path=/tmp"),
                              QStringLiteral("--set"), QStringLiteral("settle_ms=soon")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("config.settle_ms") && r.err.contains("whole number"), r.err.constData());
    // A misspelt setting.
    r = cli(add + QStringList{QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--set"), QStringLiteral("path=/tmp"),
                              QStringLiteral("--set"), QStringLiteral("setle_ms=5")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("setle_ms") && r.err.contains("did you mean") && r.err.contains("settle_ms"), r.err.constData());
    // A required setting missing.
    r = cli(add + QStringList{QStringLiteral("--type"), QStringLiteral("folder")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("config.path"), r.err.constData());
    // The same checks on edit: the stored entry stays as it was.
    r = cli({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("partner"), QStringLiteral("--set"), QStringLiteral("max_file_bytes=-5")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("Nothing was changed") && r.err.contains("config.max_file_bytes"), r.err.constData());
    // An organisation that does not exist.
    r = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("nobody"), QStringLiteral("--name"),
             QStringLiteral("x"), QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--set"), QStringLiteral("path=/tmp")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("nobody"), r.err.constData());
    // A second source by an existing name.
    r = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--name"),
             QStringLiteral("partner"), QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--set"), QStringLiteral("path=/tmp")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("already has a source named 'partner'"), r.err.constData());

    r = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).array().size(), 1);
    QCOMPARE(jsonOf(r).array().first().toObject().value(QStringLiteral("config")).toObject().contains(QStringLiteral("max_file_bytes")), false);
    QSqlQuery q(m_ws->db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE entity IN ('source', 'connection')")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);   // nothing refused was recorded as done
}

// A catalog's id_pattern is a regular expression: one that does not compile is refused by `config apply` (and by
// `sources add`), naming the field and what is wrong with it, instead of taking no product id from any SKU later.
void TestConfigEntities::catalogIdPatternMustBeARegex()
{
    const QJsonObject catalog{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/")}, {QStringLiteral("id_pattern"), QStringLiteral("SKU-(\\d+")}};
    const QJsonObject doc = m_ws->config(false, {}, QJsonObject{{QStringLiteral("catalog"), catalog}});
    const QString path = m_dir->filePath(QStringLiteral("bad-pattern.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(doc).toJson());
    f.close();
    CliRun r = cli({QStringLiteral("config"), QStringLiteral("apply"), path});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("config.catalog.id_pattern") && r.err.contains("regular expression") && r.err.contains("SKU-(")
                 && r.err.contains("missing closing parenthesis"),
             r.err.constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).array().size(), 0);   // nothing of the refused document was applied

    // A valid pattern is taken.
    QJsonObject good = catalog;
    good.insert(QStringLiteral("id_pattern"), QStringLiteral("SKU-(\\d+)"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(m_ws->config(false, {}, QJsonObject{{QStringLiteral("catalog"), good}})).toJson());
    f.close();
    r = cli({QStringLiteral("config"), QStringLiteral("apply"), path});
    QVERIFY2(r.code == 0, r.all().constData());
}

void TestConfigEntities::inlineSecretIsRefusedAndLeaksNowhere()
{
    applyBase({orgOnly(QStringLiteral("beta"))});
    const QByteArray secret = distinctiveSecret("inline");
    const CliRun r = cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("beta"), QStringLiteral("--name"),
                          QStringLiteral("sftp-erp"), QStringLiteral("--type"), QStringLiteral("DROPZONE_JSON_V1"), QStringLiteral("--set"),
                          QStringLiteral("mode=sftp"), QStringLiteral("--set"), QStringLiteral("host=127.0.0.1"), QStringLiteral("--set"),
                          QStringLiteral("user=erp"), QStringLiteral("--set"), QStringLiteral("path=/upload"), QStringLiteral("--set"),
                          QStringLiteral("password=") + QString::fromLatin1(secret)});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("password"), r.err.constData());
    QVERIFY2(!r.all().contains(secret), "the refused secret was echoed");
    QFile dbFile(m_ws->dbPath);
    QVERIFY(dbFile.open(QIODevice::ReadOnly));
    QVERIFY(!dbFile.readAll().contains(secret));
    QFile wal(m_ws->dbPath + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains(secret));
}

void TestConfigEntities::identifiersAndUsage()
{
    applyBase({orgOnly(QStringLiteral("beta"))});
    // The same name in two organisations: the bare name is ambiguous, ORG/NAME is not.
    CliRun r = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("beta"), QStringLiteral("--name"),
                    QStringLiteral("partner"), QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--set"), QStringLiteral("path=/tmp/x")});
    QVERIFY2(r.code == 0, r.all().constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("show"), QStringLiteral("partner")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("2 organisations have a source named 'partner'"), r.err.constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("show"), QStringLiteral("beta/partner")});
    QVERIFY2(r.code == 0 && r.out.contains("beta/partner"), r.all().constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--org"), QStringLiteral("beta"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).array().size(), 1);

    QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("show"), QStringLiteral("nope")}).code, 4);
    QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("beta/partner")}).code, 2);   // nothing to change
    r = cli({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("beta/partner"), QStringLiteral("--set"), QStringLiteral("name=other")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("cannot be changed"), r.err.constData());
    QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("beta")}).code, 2);
    QCOMPARE(cli({QStringLiteral("connections"), QStringLiteral("show")}).code, 2);
    // The whole config from standard input.
    r = cli({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("beta/partner"), QStringLiteral("--config"), QStringLiteral("-")},
            R"({"path": "/tmp/y", "pattern": "*.edi"})");
    QVERIFY2(r.code == 0, r.all().constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("show"), QStringLiteral("beta/partner"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).object().value(QStringLiteral("config")).toObject(), (QJsonObject{{QStringLiteral("path"), QStringLiteral("/tmp/y")},
                                                                                         {QStringLiteral("pattern"), QStringLiteral("*.edi")}}));
    // `sources status` is still there.
    r = cli({QStringLiteral("sources"), QStringLiteral("status")});
    QVERIFY2(r.code == 0 && r.out.contains("beta/partner"), r.all().constData());
}

void TestConfigEntities::removeRefusedWhileOrdersInFlight()
{
    applyBase();
    const QString file = m_dir->filePath(QStringLiteral("order.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Workspace::order(4711));
    }
    CliRun r = cli({QStringLiteral("ingest"), QStringLiteral("--source"), QStringLiteral("partner"), file});
    QVERIFY2(r.code == 0, r.all().constData());
    r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray orders = jsonOf(r).array();
    QCOMPARE(orders.size(), 1);
    const QString orderId = orders.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(orders.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("review"));

    r = cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("acme/partner")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("1 order(s) not in a final state (1 review)"), r.err.constData());
    r = cli({QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("acme/erp")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("1 order(s) in flight (1 review)"), r.err.constData());
    // No way around it for a connection.
    QCOMPARE(cli({QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("acme/erp"), QStringLiteral("--force")}).code, 2);
    QCOMPARE(jsonOf(cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")})).array().size(), 1);

    // Once the order is final, the source can go; its orders keep it under a freed name, so the name can be reused.
    QCOMPARE(cli({QStringLiteral("reject"), orderId}).code, 0);
    r = cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("acme/partner")});
    QVERIFY2(r.code == 0 && r.out.contains("keeps it as 'partner (removed #"), r.all().constData());
    r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(jsonOf(r).array().first().toObject().value(QStringLiteral("source")).toString().startsWith(QLatin1String("partner (removed #")),
             r.out.constData());
    r = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--name"),
             QStringLiteral("partner"), QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--set"), QStringLiteral("path=") + m_ws->inbox});
    QVERIFY2(r.code == 0, r.all().constData());
    QCOMPARE(jsonOf(cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")})).array().size(), 1);
}

void TestConfigEntities::removeRefusedWhileSourcesNameTheConnection()
{
    applyBase();
    CliRun r = cli({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("partner"), QStringLiteral("--set"), QStringLiteral("connection=erp")});
    QVERIFY2(r.code == 0, r.all().constData());
    r = cli({QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("erp")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("source(s) partner of organisation 'acme' send their orders to connection 'erp'"), r.err.constData());
}

void TestConfigEntities::secretsGoWithTheConnection()
{
    applyBase({orgOnly(QStringLiteral("beta"))});
    const QString ref = QStringLiteral("connection/beta-erp/password");
    const QByteArray secret = distinctiveSecret("conn");
    CliRun r = cliNoDb({QStringLiteral("secrets"), QStringLiteral("set"), ref}, env(), secret);
    QVERIFY2(r.code == 0, r.all().constData());

    r = cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("beta"), QStringLiteral("--name"),
             QStringLiteral("erp"), QStringLiteral("--type"), QStringLiteral("DROPZONE_JSON_V1"), QStringLiteral("--set"), QStringLiteral("mode=sftp"),
             QStringLiteral("--set"), QStringLiteral("host=127.0.0.1"), QStringLiteral("--set"), QStringLiteral("user=erp"), QStringLiteral("--set"),
             QStringLiteral("path=/upload"), QStringLiteral("--set"), QStringLiteral(R"(password={"secret": "%1"})").arg(ref)});
    QVERIFY2(r.code == 0, r.all().constData());
    r = cli({QStringLiteral("connections"), QStringLiteral("show"), QStringLiteral("beta/erp")});
    QVERIFY2(r.out.contains("password: secret connection/beta-erp/password (in the credential store)"), r.out.constData());
    const qint64 id = jsonOf(cli({QStringLiteral("connections"), QStringLiteral("show"), QStringLiteral("beta/erp"), QStringLiteral("--json")}))
                          .object().value(QStringLiteral("id")).toInteger();

    r = cli({QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("beta/erp")});
    QVERIFY2(r.code == 0, r.all().constData());
    QVERIFY2(r.out.contains("Deleted secret connection/beta-erp/password from"), r.out.constData());
    QVERIFY(!r.all().contains(secret));
    auto names = listSecrets(fileStore());
    QVERIFY2(names.ok(), names.ok() ? "" : qPrintable(names.error().message));
    QVERIFY(!names->contains(ref));
    // The audit trail names the reference, never the value.
    const QList<QStringList> rows = audit(QStringLiteral("connection"), id);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.first().at(4).contains(ref));
    for (const QStringList &row : rows)
        QVERIFY(!row.join(QLatin1Char(' ')).toUtf8().contains(secret));
}

void TestConfigEntities::secretsLeftWhenStoreUnreachable()
{
    applyBase({orgOnly(QStringLiteral("beta"))});
    const QString ref = QStringLiteral("connection/beta-erp/password");
    QVERIFY(writeSecret(fileStore(), ref, distinctiveSecret("left")).ok());
    CliRun r = cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("beta"), QStringLiteral("--name"),
                    QStringLiteral("erp"), QStringLiteral("--type"), QStringLiteral("DROPZONE_JSON_V1"), QStringLiteral("--set"), QStringLiteral("mode=sftp"),
                    QStringLiteral("--set"), QStringLiteral("host=127.0.0.1"), QStringLiteral("--set"), QStringLiteral("user=erp"), QStringLiteral("--set"),
                    QStringLiteral("path=/upload"), QStringLiteral("--set"), QStringLiteral(R"(password={"secret": "%1"})").arg(ref)});
    QVERIFY2(r.code == 0, r.all().constData());

    QProcessEnvironment noKey = env();
    noKey.remove(QStringLiteral("ENCRYPTION_MASTER_KEY"));
    r = cliNoDb({QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("beta/erp"), QStringLiteral("--db"), m_ws->dbPath}, noKey);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("Removed connection 'erp' (org 'beta')"), r.out.constData());
    QVERIFY2(r.err.contains("still in the credential store") && r.err.contains("ENCRYPTION_MASTER_KEY")
                 && r.err.contains("orderflow secrets delete connection/beta-erp/password"),
             r.err.constData());
    QCOMPARE(cli({QStringLiteral("connections"), QStringLiteral("show"), QStringLiteral("beta/erp")}).code, 4);
    auto names = listSecrets(fileStore());
    QVERIFY(names.ok() && names->contains(ref));   // left, as the message says
}

void TestConfigEntities::sharedSecretIsKept()
{
    applyBase({orgOnly(QStringLiteral("beta"))});
    const QString ref = QStringLiteral("connection/shared/password");
    QVERIFY(writeSecret(fileStore(), ref, distinctiveSecret("shared")).ok());
    addSftpSourcesSharing(ref);
    if (QTest::currentTestFailed())
        return;
    CliRun r = cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("beta/one")});
    QVERIFY2(r.code == 0 && r.out.contains("Kept secret connection/shared/password"), r.all().constData());
    QVERIFY(listSecrets(fileStore())->contains(ref));
    r = cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("beta/two")});
    QVERIFY2(r.code == 0 && r.out.contains("Deleted secret connection/shared/password"), r.all().constData());
    QVERIFY(!listSecrets(fileStore())->contains(ref));
}

// `edit` that points a secret field at another reference, or unsets it: the old secret goes from the store unless
// another source or connection still uses it (the rule of `remove`).
void TestConfigEntities::editReplacingSecretDeletesTheOldOne()
{
    applyBaseWithTwoSecrets();
    const QString &shared = kSharedSecret;
    const QString &fresh = kFreshSecret;
    addSftpSourcesSharing(shared);
    if (QTest::currentTestFailed())
        return;
    // One moves to a new reference: the old one is still used by "two", so it stays.
    CliRun r = cli({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("beta/one"), QStringLiteral("--set"),
                    QStringLiteral(R"(password={"secret": "%1"})").arg(fresh)});
    QVERIFY2(r.code == 0 && r.out.contains("Kept secret source/shared/password: another source or connection still uses it"), r.all().constData());
    QVERIFY(listSecrets(fileStore())->contains(shared));
    // Two drops its password for a password variable: nothing uses the old secret any more, so it is deleted.
    r = cli({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("beta/two"), QStringLiteral("--unset"), QStringLiteral("password"),
             QStringLiteral("--set"), QStringLiteral("password_env=PARTNER_SFTP_PASSWORD")});
    QVERIFY2(r.code == 0 && r.out.contains("Deleted secret source/shared/password from"), r.all().constData());
    QVERIFY(!r.all().contains(distinctiveSecret("old")));
    auto names = listSecrets(fileStore());
    QVERIFY2(names.ok(), names.ok() ? "" : qPrintable(names.error().message));
    QVERIFY(!names->contains(shared));
    QVERIFY(names->contains(fresh));   // the one in use is untouched
    // An edit that keeps the reference deletes nothing.
    r = cli({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("beta/one"), QStringLiteral("--set"), QStringLiteral("port=2222")});
    QVERIFY2(r.code == 0 && !r.out.contains("secret"), r.all().constData());
    QVERIFY(listSecrets(fileStore())->contains(fresh));
}

void TestConfigEntities::applyBaseWithTwoSecrets()
{
    applyBase({orgOnly(QStringLiteral("beta"))});
    QVERIFY(writeSecret(fileStore(), kSharedSecret, distinctiveSecret("old")).ok());
    QVERIFY(writeSecret(fileStore(), kFreshSecret, distinctiveSecret("new")).ok());
}

void TestConfigEntities::addSftpSourcesSharing(const QString &reference) const
{
    for (const QString &name : {QStringLiteral("one"), QStringLiteral("two")}) {
        const CliRun r = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("beta"), QStringLiteral("--name"),
                              name, QStringLiteral("--type"), QStringLiteral("sftp"), QStringLiteral("--set"), QStringLiteral("host=127.0.0.1"),
                              QStringLiteral("--set"), QStringLiteral("user=p"), QStringLiteral("--set"), QStringLiteral("path=/out/") + name,
                              QStringLiteral("--set"), QStringLiteral(R"(password={"secret": "%1"})").arg(reference)});
        QVERIFY2(r.code == 0, r.all().constData());
    }
}

QString TestConfigEntities::writeDocument(const QJsonObject &doc) const
{
    const QString path = m_dir->filePath(QStringLiteral("apply.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(doc).toJson());
    return path;
}

CliRun TestConfigEntities::applyDocument(const QJsonObject &doc, bool json) const
{
    QStringList args{QStringLiteral("config"), QStringLiteral("apply"), writeDocument(doc)};
    if (json)
        args << QStringLiteral("--json");
    return cli(args);
}

CliRun TestConfigEntities::runWithConfig(const QJsonObject &doc) const
{
    return cli({QStringLiteral("run"), QStringLiteral("--config"), writeDocument(doc), QStringLiteral("--duration"), QStringLiteral("0.3"),
                QStringLiteral("--listen"), QStringLiteral("off"), QStringLiteral("--quiet")});
}

void TestConfigEntities::configApplyReleasesSecretsNoEntryUsesAnyMore()
{
    applyBaseWithTwoSecrets();
    const QString &shared = kSharedSecret;
    const QString &fresh = kFreshSecret;
    const auto sources = [](std::initializer_list<QJsonObject> entries) {
        QJsonArray a;
        for (const QJsonObject &e : entries)
            a.append(e);
        return QJsonObject{{QStringLiteral("sources"), a}};
    };
    CliRun r = applyDocument(sources({sftpSource(QStringLiteral("one"), secretField(shared)), sftpSource(QStringLiteral("two"), secretField(shared))}));
    QVERIFY2(r.code == 0 && !r.out.contains("secret"), r.all().constData());

    // One moves to a new reference: the old one is still used by "two", so it stays, and the apply says so.
    r = applyDocument(sources({sftpSource(QStringLiteral("one"), secretField(fresh))}));
    QVERIFY2(r.code == 0 && r.out.contains("Kept secret source/shared/password: another source or connection still uses it"), r.all().constData());
    QVERIFY(listSecrets(fileStore())->contains(shared));
    QVERIFY(listSecrets(fileStore())->contains(fresh));

    // Two moves to a password variable: nothing uses the old secret any more, so it is deleted from the store.
    r = applyDocument(sources({sftpSource(QStringLiteral("two"), QJsonObject{{QStringLiteral("password_env"), QStringLiteral("PARTNER_SFTP_PASSWORD")}})}), true);
    QVERIFY2(r.code == 0 && r.err.contains("Deleted secret source/shared/password from"), r.all().constData());
    QVERIFY2(QJsonDocument::fromJson(r.out).isObject(), r.out.constData());   // --json output stays JSON; the report goes to stderr
    QVERIFY(!r.all().contains(distinctiveSecret("old")));
    auto names = listSecrets(fileStore());
    QVERIFY2(names.ok(), names.ok() ? "" : qPrintable(names.error().message));
    QVERIFY(!names->contains(shared));
    QVERIFY(names->contains(fresh));   // the one in use is untouched

    // Applying the same document again lets go of nothing.
    r = applyDocument(sources({sftpSource(QStringLiteral("one"), secretField(fresh))}));
    QVERIFY2(r.code == 0 && !r.out.contains("secret"), r.all().constData());
    QVERIFY(listSecrets(fileStore())->contains(fresh));
}

// `run --config FILE` applies the file as `config apply` does: the secrets its entries let go of leave the store.
void TestConfigEntities::runConfigReleasesSecretsNoEntryUsesAnyMore()
{
    applyBaseWithTwoSecrets();
    const QString &shared = kSharedSecret;
    const QString &fresh = kFreshSecret;
    addSftpSourcesSharing(shared);
    // Disabled, so the engine does not try the server meanwhile.
    const auto source = [](const QString &name, const QJsonObject &credential) { return sftpSource(name, credential, false); };
    const QJsonObject byVariable{{QStringLiteral("password_env"), QStringLiteral("PARTNER_SFTP_PASSWORD")}};
    const QJsonObject bySecret = secretField(fresh);

    // One moves to a new reference: "two" still uses the old one, so it stays, and the daemon says so.
    CliRun r = runWithConfig(QJsonObject{{QStringLiteral("sources"), QJsonArray{source(QStringLiteral("one"), bySecret)}}});
    QVERIFY2(r.code == 0 && r.out.contains("Kept secret source/shared/password: another source or connection still uses it"), r.all().constData());
    QVERIFY(listSecrets(fileStore())->contains(shared));

    // Two moves to a password variable: nothing uses the old secret any more; it leaves the store, and the engine runs.
    r = runWithConfig(QJsonObject{{QStringLiteral("sources"), QJsonArray{source(QStringLiteral("two"), byVariable)}}});
    QVERIFY2(r.code == 0 && r.out.contains("Deleted secret source/shared/password from"), r.all().constData());
    QVERIFY2(r.out.contains("orderflow: stopped."), r.all().constData());
    QVERIFY(!r.all().contains(distinctiveSecret("old")));
    auto names = listSecrets(fileStore());
    QVERIFY2(names.ok(), names.ok() ? "" : qPrintable(names.error().message));
    QVERIFY(!names->contains(shared));
    QVERIFY(names->contains(fresh));
}

void TestConfigEntities::exportRoundTripsAfterSingleEdits()
{
    applyBase({orgOnly(QStringLiteral("beta"))});
    QVERIFY(cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("beta"), QStringLiteral("--name"),
                 QStringLiteral("mock"), QStringLiteral("--type"), QStringLiteral("MOCK"), QStringLiteral("--set"), QStringLiteral("latency_ms=5")}).code == 0);
    QVERIFY(cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("beta"), QStringLiteral("--name"),
                 QStringLiteral("drop"), QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--set"), QStringLiteral("path=/tmp/drop"),
                 QStringLiteral("--set"), QStringLiteral("connection=mock"), QStringLiteral("--set"), QStringLiteral("mapping.customer_name=buyer.name")}).code == 0);
    QVERIFY(cli({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("acme/partner"), QStringLiteral("--set"), QStringLiteral("poll_interval_ms=250")}).code == 0);
    QVERIFY(cli({QStringLiteral("connections"), QStringLiteral("disable"), QStringLiteral("acme/erp")}).code == 0);

    const CliRun exported = cli({QStringLiteral("config"), QStringLiteral("export")});
    QCOMPARE(exported.code, 0);
    const QJsonObject first = jsonOf(exported).object();
    QCOMPARE(first.value(QStringLiteral("sources")).toArray().size(), 2);
    const QString file = m_dir->filePath(QStringLiteral("exported.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exported.out);
    }
    const QString otherDb = m_dir->filePath(QStringLiteral("other.db"));
    CliRun r = cliNoDb({QStringLiteral("config"), QStringLiteral("apply"), file, QStringLiteral("--db"), otherDb}, env());
    QVERIFY2(r.code == 0, r.all().constData());
    r = cliNoDb({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--db"), otherDb}, env());
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), first);
    // And what the edits set is in it.
    const QJsonArray sources = first.value(QStringLiteral("sources")).toArray();
    bool sawDrop = false;
    for (const QJsonValue &v : sources) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("name")).toString() == QLatin1String("drop")) {
            sawDrop = true;
            QCOMPARE(s.value(QStringLiteral("connection")).toString(), QStringLiteral("mock"));
            QCOMPARE(s.value(QStringLiteral("config")).toObject().value(QStringLiteral("mapping")).toObject().value(QStringLiteral("customer_name")).toString(),
                     QStringLiteral("buyer.name"));
        }
    }
    QVERIFY(sawDrop);
}

// `orderflow run` is running while an operator adds a source and then disables it from another shell.
void TestConfigEntities::runningEnginePicksUpChanges()
{
    applyBase();
    const QString second = m_dir->filePath(QStringLiteral("second"));
    QVERIFY(QDir().mkpath(second));
    QProcess daemon;
    daemon.setProcessEnvironment(env());
    daemon.start(QStringLiteral(ORDERFLOW_CLI), {QStringLiteral("run"), QStringLiteral("--db"), m_ws->dbPath, QStringLiteral("--quiet")});
    QVERIFY(daemon.waitForStarted(5000));
    const auto stop = qScopeGuard([&daemon] {
        daemon.terminate();
        if (!daemon.waitForFinished(10000)) {
            daemon.kill();
            daemon.waitForFinished(5000);
        }
    });
    const auto stored = [this](const QString &name) {
        QSqlQuery q(m_ws->db->sql());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM inbound_message WHERE remote_name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    const auto drop = [&second](const QString &name, int id) {
        QFile f(QDir(second).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Workspace::order(id));
    };

    CliRun r = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--name"),
                    QStringLiteral("second"), QStringLiteral("--type"), QStringLiteral("folder"), QStringLiteral("--set"), QStringLiteral("path=") + second,
                    QStringLiteral("--set"), QStringLiteral("settle_ms=0"), QStringLiteral("--set"), QStringLiteral("poll_interval_ms=50")});
    QVERIFY2(r.code == 0, r.all().constData());
    drop(QStringLiteral("b.json"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(stored(QStringLiteral("b.json")), 1, 15000);

    r = cli({QStringLiteral("sources"), QStringLiteral("disable"), QStringLiteral("acme/second")});
    QVERIFY2(r.code == 0, r.all().constData());
    QTest::qWait(2500);   // the engine re-reads its sources every ingest interval (500 ms by default)
    drop(QStringLiteral("c.json"), 3);
    QTest::qWait(1500);
    QCOMPARE(stored(QStringLiteral("c.json")), 0);
    QVERIFY(QFileInfo::exists(QDir(second).filePath(QStringLiteral("c.json"))));
    QVERIFY2(daemon.state() == QProcess::Running, daemon.readAllStandardError().constData());
}

ORDERFLOW_TEST_GUILESS_MAIN(TestConfigEntities)
#include "test_config_entities.moc"
