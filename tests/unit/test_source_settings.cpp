// Settings read through the schemas: a source's and an SFTP server's settings come out typed, with the schema's
// defaults when unset or of the wrong kind, the same for every type of source (files given to `orderflow ingest`
// read as a folder source's).
#include "TestMain.h"

#include "sources/SourceRegistry.h"
#include "sources/SourceSettings.h"
#include "transport/SftpConfig.h"
#include "transport/SftpConfigSchema.h"

#include <QJsonArray>

using namespace orderflow;

class TestSourceSettings : public QObject {
    Q_OBJECT

private slots:
    void defaultsComeFromTheSchema_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("folder") << QStringLiteral("folder");
        QTest::newRow("sftp") << QStringLiteral("sftp");
        QTest::newRow("cli (no schema)") << QStringLiteral("cli");
    }
    void defaultsComeFromTheSchema()
    {
        QFETCH(QString, type);
        SourceRecord s;
        s.type = type;
        s.config = QJsonObject{{SourceKey::Path, QStringLiteral("/in")}, {SourceKey::SettleMs, QStringLiteral("soon")}};
        const SourceSettings settings(s);
        const ConfigSchema &folder = *SourceRegistry::instance().schema(QStringLiteral("folder"));
        QCOMPARE(settings.integer(SourceKey::SettleMs), folder.field(SourceKey::SettleMs)->defaultValue.toInteger());   // wrong kind: the default
        QCOMPARE(settings.integer(SourceKey::MaxFilesPerPoll), folder.field(SourceKey::MaxFilesPerPoll)->defaultValue.toInteger());
        QCOMPARE(settings.integer(SourceKey::MaxFileBytes), 16 * 1024 * 1024);
        QCOMPARE(settings.string(SourceKey::Pattern), QStringLiteral("*"));
        QCOMPARE(settings.flag(SourceKey::SkipLeadingJunk), false);
        QCOMPARE(settings.archivePath(), QStringLiteral("/in/archive"));
        QCOMPARE(settings.errorPath(), QStringLiteral("/in/error"));
        QVERIFY(settings.array(SourceKey::Transforms).isEmpty());
    }

    void setValuesWin()
    {
        SourceRecord s;
        s.type = QStringLiteral("folder");
        s.config = QJsonObject{{SourceKey::Path, QStringLiteral("/in")}, {SourceKey::SettleMs, 0}, {SourceKey::ArchivePath, QStringLiteral("/done")},
                               {SourceKey::Transforms, QJsonArray{QJsonObject{}}}, {SourceKey::RequireUnitPrice, true}};
        const SourceSettings settings(s);
        QCOMPARE(settings.integer(SourceKey::SettleMs), 0);
        QCOMPARE(settings.archivePath(), QStringLiteral("/done"));
        QCOMPARE(settings.errorPath(), QStringLiteral("/in/error"));
        QCOMPARE(settings.array(SourceKey::Transforms).size(), 1);
        QCOMPARE(settings.flag(SourceKey::RequireUnitPrice), true);
    }

    void sftpSettingsReadThroughTheSchema()
    {
        const ConfigSchema &schema = sftpSettingsSchema();
        auto c = SftpConfig::fromJson(QJsonObject{{SftpKey::Host, QStringLiteral(" sftp.example.com ")}, {SftpKey::Username, QStringLiteral("erp")},
                                                  {SftpKey::KeyFile, QStringLiteral("/k")}, {SftpKey::IoTimeoutMs, QStringLiteral("fast")}});
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->host, QStringLiteral("sftp.example.com"));
        QCOMPARE(c->user, QStringLiteral("erp"));
        QCOMPARE(c->port, int(schema.field(SftpKey::Port)->defaultValue.toInteger()));
        QCOMPARE(c->connectTimeoutMs, int(schema.field(SftpKey::ConnectTimeoutMs)->defaultValue.toInteger()));
        QCOMPARE(c->ioTimeoutMs, int(schema.field(SftpKey::IoTimeoutMs)->defaultValue.toInteger()));
        // A port written as text is still taken.
        c = SftpConfig::fromJson(QJsonObject{{SftpKey::Host, QStringLiteral("h")}, {SftpKey::User, QStringLiteral("u")}, {SftpKey::Port, QStringLiteral("2222")},
                                             {SftpKey::KeyFile, QStringLiteral("/k")}});
        QVERIFY(c.ok());
        QCOMPARE(c->port, 2222);
        c = SftpConfig::fromJson(QJsonObject{{SftpKey::Host, QStringLiteral("h")}, {SftpKey::User, QStringLiteral("u")}, {SftpKey::Port, 70000},
                                             {SftpKey::KeyFile, QStringLiteral("/k")}});
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QStringLiteral("between 1 and 65535")));
    }
};

ORDERFLOW_TEST_GUILESS_MAIN(TestSourceSettings)
#include "test_source_settings.moc"
