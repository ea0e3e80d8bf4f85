// One default workspace for every program, and no silent creation: `orderflow` opens $ORDERFLOW_DB, else
// $XDG_DATA_HOME/orderflow/orderflow.db; a database that does not exist is an error naming it (exit 3) unless the
// command sets a workspace up (run, config apply) or --create is given; `orderflow status` names what it opened.
#include "storage/ChangeFeedRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ORDERFLOW_CLI), args);
    p.waitForFinished(60000);
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("ORDERFLOW_DB"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
        m_env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    }

    void missingDefaultDatabaseIsAnErrorNamingIt()
    {
        const QString expected = m_dir->filePath(QStringLiteral("xdg/orderflow/orderflow.db"));
        const Run r = cli({QStringLiteral("orders"), QStringLiteral("list")}, m_env);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--create")), qPrintable(r.err));
        // Nothing was created: neither the file nor its folder.
        QVERIFY(!QFileInfo::exists(expected));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg/orderflow"))));
    }

    void mistypedDbIsAnErrorNotANewDatabase()
    {
        const QString typo = m_dir->filePath(QStringLiteral("nowhere/ordreflow.db"));
        for (const QStringList &args : {QStringList{QStringLiteral("orders"), QStringLiteral("list")}, QStringList{QStringLiteral("status")},
                                        QStringList{QStringLiteral("pushlog")}, QStringList{QStringLiteral("config"), QStringLiteral("export")}}) {
            const Run r = cli(args + QStringList{QStringLiteral("--db"), typo}, m_env);
            QVERIFY2(r.code == 3, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": exit %1 ").arg(r.code) + r.err));
            QVERIFY2(r.err.contains(typo), qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists(typo));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nowhere"))));
    }

    void createAndWorkspaceCommandsCreateIt()
    {
        // --create: the default workspace, with its folder; status names it.
        const QString expected = m_dir->filePath(QStringLiteral("xdg/orderflow/orderflow.db"));
        const Run created = cli({QStringLiteral("status"), QStringLiteral("--create")}, m_env);
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains(QStringLiteral("database:       ") + expected), qPrintable(created.out));
        QVERIFY(QFileInfo::exists(expected));
        // The next command finds it without --create.
        QCOMPARE(cli({QStringLiteral("orders"), QStringLiteral("list")}, m_env).code, 0);

        // config apply sets a workspace up.
        const QString cfg = writeConfig(R"({"orgs": [{"slug": "acme", "name": "ACME Trading"}]})");
        QVERIFY(!cfg.isEmpty());
        const QString fresh = m_dir->filePath(QStringLiteral("new/ws.db"));
        const Run applied = cli({QStringLiteral("config"), QStringLiteral("apply"), cfg, QStringLiteral("--db"), fresh}, m_env);
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        QVERIFY(QFileInfo::exists(fresh));

        // $ORDERFLOW_DB wins over the data folder; status --json says so.
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("ORDERFLOW_DB"), fresh);
        const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")}, env);
        QCOMPARE(status.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("database")).toString(), QFileInfo(fresh).absoluteFilePath());
        QVERIFY(o.contains(QStringLiteral("change_seq")));
    }

    // A database at an older version's default place is not left behind for an empty new workspace: a command that
    // only reads says where it is and how to move it; a workspace-creating one moves it (refused while another
    // program has it open), says so on stderr, and the orders are there.
    void olderDefaultDatabaseIsMovedNotLeftBehind()
    {
        const QString cfg = writeConfig(R"({"orgs": [{"slug": "oldco", "name": "Old Company"}]})");
        QVERIFY(!cfg.isEmpty());
        const QString expected = m_dir->filePath(QStringLiteral("xdg/orderflow/orderflow.db"));
        const QStringList olds{m_dir->filePath(QStringLiteral("xdg/orderflow/orderflow/orderflow.db")),
                               m_dir->filePath(QStringLiteral("xdg/OrderFlow/orderflow-console/orderflow.db"))};
        for (const QString &old : olds) {
            QVERIFY(!QFileInfo::exists(expected));
            const Run made = cli({QStringLiteral("config"), QStringLiteral("apply"), cfg, QStringLiteral("--db"), old}, m_env);
            QVERIFY2(made.code == 0, qPrintable(made.err));

            // Reading: an error that names both places and the command, and nothing moves.
            const Run list = cli({QStringLiteral("orders"), QStringLiteral("list")}, m_env);
            QCOMPARE(list.code, 3);
            QVERIFY2(list.err.contains(old) && list.err.contains(expected) && list.err.contains(QLatin1String("orderflow status --create")),
                     qPrintable(list.err));
            QVERIFY(QFileInfo::exists(old));
            QVERIFY(!QFileInfo::exists(expected));

            // In use by another program (an older daemon): refused, untouched.
            {
                auto holder = Database::open(old, QStringLiteral("older-daemon"), Database::OpenMode::Existing);
                QVERIFY2(holder, qPrintable(holder ? QString() : holder.error().message));
                const Run refused = cli({QStringLiteral("status"), QStringLiteral("--create")}, m_env);
                QVERIFY2(refused.code != 0, qPrintable(refused.out));
                QVERIFY2(refused.err.contains(old) && refused.err.contains(QLatin1String("another program has it open")), qPrintable(refused.err));
                QVERIFY(QFileInfo::exists(old));
                QVERIFY(!QFileInfo::exists(expected));
            }

            // Creating: moved, said so, and the old workspace's data is what the new default shows.
            const Run moved = cli({QStringLiteral("status"), QStringLiteral("--create")}, m_env);
            QVERIFY2(moved.code == 0, qPrintable(moved.err));
            QVERIFY2(moved.err.contains(QStringLiteral("Moved the database of an older OrderFlow version from %1 to %2").arg(old, expected)),
                     qPrintable(moved.err));
            QVERIFY(!QFileInfo::exists(old));
            QVERIFY(!QFileInfo::exists(old + QStringLiteral("-wal")));
            QVERIFY(!QFileInfo::exists(old + QStringLiteral("-shm")));
            const Run exported = cli({QStringLiteral("config"), QStringLiteral("export")}, m_env);
            QVERIFY2(exported.code == 0 && exported.out.contains(QLatin1String("oldco")), qPrintable(exported.out + exported.err));
            QVERIFY(QFile::remove(expected));
            QFile::remove(expected + QStringLiteral("-wal"));
            QFile::remove(expected + QStringLiteral("-shm"));
        }

        // Both older places hold a database: no guess, an error naming both.
        for (const QString &old : olds)
            QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("apply"), cfg, QStringLiteral("--db"), old}, m_env).code, 0);
        const Run both = cli({QStringLiteral("config"), QStringLiteral("apply"), cfg}, m_env);
        QVERIFY(both.code != 0);
        QVERIFY2(both.err.contains(olds.at(0)) && both.err.contains(olds.at(1)), qPrintable(both.err));
        QVERIFY(!QFileInfo::exists(expected));
    }

    void oneRuleForEveryProgram()
    {
        // The console asks the engine library for the same path (it has no rule of its own).
        qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
        qunsetenv("ORDERFLOW_DB");
        QCOMPARE(defaultDatabasePath(), m_dir->filePath(QStringLiteral("xdg/orderflow/orderflow.db")));
        qputenv("ORDERFLOW_DB", "/somewhere/else.db");
        QCOMPARE(defaultDatabasePath(), QStringLiteral("/somewhere/else.db"));
        qunsetenv("ORDERFLOW_DB");
        auto missing = Database::open(m_dir->filePath(QStringLiteral("absent/x.db")), QStringLiteral("test"), Database::OpenMode::Existing);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("db_missing"));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("absent"))));
    }

    void changeFeedRecordsEveryOrderChangeInItsTransaction()
    {
        auto db = Database::open(m_dir->filePath(QStringLiteral("feed.db")), QStringLiteral("test"));
        QVERIFY(db);
        Database &d = **db;
        ChangeFeedRepository feed(d);
        QCOMPARE(*feed.latestSeq(), 0);
        QVERIFY(execSql(d, QStringLiteral("INSERT INTO org (slug, name, created_at) VALUES ('o', 'O', 'now')"), QStringLiteral("org")));
        QVERIFY(execSql(d, QStringLiteral("INSERT INTO source (org_id, name, type, created_at, updated_at) VALUES (1, 's', 'folder', 'now', 'now')"),
                        QStringLiteral("source")));
        // Sources and connections are in the feed too (the console's Connections and Sources views follow it).
        auto setup = feed.since(0, 100);
        QVERIFY(setup);
        QCOMPARE(setup->changes.size(), 1);
        QCOMPARE(setup->changes.first().entity, ChangeRecord::Entity::Source);
        QCOMPARE(setup->changes.first().kind, ChangeRecord::Kind::Created);
        QCOMPARE(setup->changes.first().orgId, 1);
        const qint64 start = setup->lastSeq;
        const QString insert = QStringLiteral("INSERT INTO draft_order (id, org_id, source_id, received_at, state, created_at, updated_at) "
                                              "VALUES ('%1', 1, 1, 'now', 'review', 'now', 'now')");
        QVERIFY(execSql(d, insert.arg(QStringLiteral("a")), QStringLiteral("order")));
        // A rolled-back change leaves no trace in the feed.
        QVERIFY(!d.transaction([&]() -> Status {
            if (Status s = execSql(d, insert.arg(QStringLiteral("b")), QStringLiteral("order")); !s)
                return s;
            return Error(QStringLiteral("test"), QStringLiteral("roll back"));
        }));
        QVERIFY(execSql(d, QStringLiteral("UPDATE draft_order SET state = 'approved' WHERE id = 'a'"), QStringLiteral("update")));
        QVERIFY(execSql(d, QStringLiteral("DELETE FROM draft_order WHERE id = 'a'"), QStringLiteral("delete")));
        auto batch = feed.since(start, 100);
        QVERIFY(batch);
        QCOMPARE(batch->changes.size(), 3);
        QCOMPARE(batch->changes.at(0).kind, ChangeRecord::Kind::Created);
        QCOMPARE(batch->changes.at(0).to, std::optional<OrderState>(OrderState::Review));
        QCOMPARE(batch->changes.at(1).from, std::optional<OrderState>(OrderState::Review));
        QCOMPARE(batch->changes.at(1).to, std::optional<OrderState>(OrderState::Approved));
        QCOMPARE(batch->changes.at(2).kind, ChangeRecord::Kind::Removed);
        QVERIFY(batch->changes.at(0).seq < batch->changes.at(1).seq && batch->changes.at(1).seq < batch->changes.at(2).seq);
        QCOMPARE(batch->lastSeq, *feed.latestSeq());
        // Limits page the feed; nothing new after the last one.
        auto first = feed.since(start, 2);
        QVERIFY(first && first->more && first->changes.size() == 2);
        QVERIFY(feed.since(batch->lastSeq, 100)->changes.isEmpty());
    }

private:
    // A configuration file for `config apply`; its path, empty when it could not be written.
    QString writeConfig(const QByteArray &json) const
    {
        const QString path = m_dir->filePath(QStringLiteral("cfg.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
            return {};
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
