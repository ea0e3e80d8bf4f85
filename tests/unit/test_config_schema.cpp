// The configuration schema: messages a person can act on, defaults, secrets only ever by reference, unknown types
// and fields refused; and the real schemas of the registered source and connection types.
#include "../ReadmeExample.h"

#include "config/ConfigDocumentSchema.h"
#include "connectors/ErpConnector.h"
#include "demo/DemoWorkspace.h"
#include "pipeline/Configuration.h"
#include "sources/SourceRegistry.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;

namespace {

QJsonObject objectFrom(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", json.constData());
    return doc.object();
}

// A small schema with one of everything: a condition, an either-or, every secret form, nested items.
ConfigSchema sampleSchema()
{
    const FieldCondition sftp{QStringLiteral("mode"), {QStringLiteral("sftp")}};
    auto item = std::make_shared<ConfigSchema>(QStringLiteral("a transform"));
    item->add(FieldSpec::string(QStringLiteral("field")).require());
    item->add(FieldSpec::string(QStringLiteral("function")).require().describe(QStringLiteral("The function to apply.")));
    ConfigSchema s(QStringLiteral("a sample connection"));
    s.add(FieldSpec::oneOf(QStringLiteral("mode"), {QStringLiteral("filesystem"), QStringLiteral("sftp")}, QStringLiteral("filesystem")));
    s.add(FieldSpec::path(QStringLiteral("path")).require().describe(QStringLiteral("Where files go.")));
    s.add(FieldSpec::boolean(QStringLiteral("fsync"), true));
    s.add(FieldSpec::string(QStringLiteral("host")).require().onlyWhen(sftp.field, sftp.values).describe(QStringLiteral("The server.")));
    s.add(FieldSpec::integer(QStringLiteral("port"), 22).range(1, 65535).onlyWhen(sftp.field, sftp.values));
    s.add(FieldSpec::secretRef(QStringLiteral("password_env"), {SecretForm::EnvVar}).replacesInline(QStringLiteral("password")).onlyWhen(sftp.field, sftp.values));
    s.add(FieldSpec::secretRef(QStringLiteral("key_file"), {SecretForm::File}).onlyWhen(sftp.field, sftp.values));
    s.add(FieldSpec::secretRef(QStringLiteral("api_secret"), {SecretForm::Store}));
    s.add(FieldSpec::array(QStringLiteral("transforms"), item));
    s.requireAnyOf({QStringLiteral("key_file"), QStringLiteral("password_env")}, QStringLiteral("configure one way to log in"), sftp);
    return s;
}

QStringList texts(const QList<ConfigProblem> &problems)
{
    QStringList out;
    for (const ConfigProblem &p : problems)
        out << p.toString();
    return out;
}

QJsonObject sourceEntry(const QString &type, const QJsonObject &config)
{
    return QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("in")},
                       {QStringLiteral("type"), type}, {QStringLiteral("config"), config}};
}

} // namespace

class TestConfigSchema : public QObject {
    Q_OBJECT
private slots:
    // ---- the generic schema -------------------------------------------------------------------------------

    void validation_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("expected");   // each a problem, exactly as toString() gives it
        QTest::addColumn<QString>("neverShown");     // a secret that must appear in no message

        QTest::newRow("valid filesystem") << QByteArray(R"({"path": "/d"})") << QStringList() << QString();
        QTest::newRow("valid sftp") << QByteArray(R"({"mode": "sftp", "path": "/d", "host": "h", "password_env": "PW"})") << QStringList() << QString();
        QTest::newRow("missing") << QByteArray(R"({})") << QStringList{QStringLiteral("config.path is required: Where files go.")} << QString();
        QTest::newRow("number in quotes")
            << QByteArray(R"({"mode": "sftp", "path": "/d", "host": "h", "key_file": "/k", "port": "22"})")
            << QStringList{QStringLiteral("config.port must be a whole number from 1 to 65535 written without quotes (22, not \"22\").")} << QString();
        QTest::newRow("out of range")
            << QByteArray(R"({"mode": "sftp", "path": "/d", "host": "h", "key_file": "/k", "port": 70000})")
            << QStringList{QStringLiteral("config.port must be a whole number from 1 to 65535, not 70000.")} << QString();
        QTest::newRow("fraction")
            << QByteArray(R"({"mode": "sftp", "path": "/d", "host": "h", "key_file": "/k", "port": 22.5})")
            << QStringList{QStringLiteral("config.port must be a whole number from 1 to 65535, not 22.5.")} << QString();
        // A wrong controlling value is one problem, not one per field that depends on it.
        QTest::newRow("enum typo") << QByteArray(R"({"mode": "sftpp", "path": "/d", "host": "h"})")
                                   << QStringList{QStringLiteral("config.mode must be 'filesystem' or 'sftp', not \"sftpp\" (did you mean 'sftp'?).")} << QString();
        QTest::newRow("unknown, close") << QByteArray(R"({"path": "/d", "fsyncc": false})")
                                        << QStringList{QStringLiteral("config.fsyncc is not a setting of a sample connection; did you mean 'fsync'?")} << QString();
        QTest::newRow("unknown, far")
            << QByteArray(R"({"path": "/d", "colour": "red"})")
            << QStringList{QStringLiteral("config.colour is not a setting of a sample connection (its settings: mode, path, fsync, host, port, "
                                          "password_env, key_file, api_secret, transforms).")} << QString();
        QTest::newRow("only when") << QByteArray(R"({"path": "/d", "host": "h"})")
                                   << QStringList{QStringLiteral("config.host applies only when mode is 'sftp' (here mode is \"filesystem\", its default); remove it or set mode.")} << QString();
        QTest::newRow("required when") << QByteArray(R"({"mode": "sftp", "path": "/d", "key_file": "/k"})")
                                       << QStringList{QStringLiteral("config.host is required: The server.")} << QString();
        QTest::newRow("either-or") << QByteArray(R"({"mode": "sftp", "path": "/d", "host": "h"})")
                                   << QStringList{QStringLiteral("config needs 'key_file' or 'password_env': configure one way to log in.")} << QString();
        QTest::newRow("boolean in quotes") << QByteArray(R"({"path": "/d", "fsync": "false"})")
                                           << QStringList{QStringLiteral("config.fsync must be true or false written without quotes, not \"false\".")} << QString();
        QTest::newRow("nested items")
            << QByteArray(R"({"path": "/d", "transforms": [{"field": "lines.sku"}, 3]})")
            << QStringList{QStringLiteral("config.transforms[0].function is required: The function to apply."),
                           QStringLiteral("config.transforms[1] must be an object ({…}), not 3.")} << QString();

        // Secrets: refused inline, and the value is never repeated.
        QTest::newRow("inline password")
            << QByteArray(R"({"mode": "sftp", "path": "/d", "host": "h", "key_file": "/k", "password": "hunter2"})")
            << QStringList{QStringLiteral("config.password holds a secret inline. Secrets never go into configuration: put it in an environment "
                                          "variable and set 'password_env' to that variable's name instead.")} << QStringLiteral("hunter2");
        QTest::newRow("secret-like key")
            << QByteArray(R"({"path": "/d", "api_token": "tok-1234"})")
            << QStringList{QStringLiteral("config.api_token looks like a secret written inline. Secrets never go into configuration: put it in an "
                                          "environment variable and name the variable (as in 'api_token_env'). A sample connection has no "
                                          "'api_token' setting; its secret settings are 'password_env', 'key_file' and 'api_secret'.")}
            << QStringLiteral("tok-1234");
        QTest::newRow("secret in the env reference")
            << QByteArray(R"({"mode": "sftp", "path": "/d", "host": "h", "password_env": "p@ss w0rd!"})")
            << QStringList{QStringLiteral("config.password_env must say where the secret is — the name of the environment variable that holds it "
                                          "(letters, digits and _) — and never hold the secret itself.")} << QStringLiteral("p@ss");
        QTest::newRow("store reference as text")
            << QByteArray(R"({"path": "/d", "api_secret": "s3cr3t-value"})")
            << QStringList{QStringLiteral("config.api_secret must say where the secret is — {\"secret\": \"KIND/ID/FIELD\"}, an entry in OrderFlow's "
                                          "credential store — and never hold the secret itself.")} << QStringLiteral("s3cr3t");
        QTest::newRow("store reference") << QByteArray(R"({"path": "/d", "api_secret": {"secret": "connection/7/password"}})") << QStringList() << QString();
    }
    void validation()
    {
        QFETCH(QByteArray, config);
        QFETCH(QStringList, expected);
        QFETCH(QString, neverShown);
        const QStringList got = texts(sampleSchema().validate(objectFrom(config), QStringLiteral("config.")));
        QCOMPARE(got, expected);
        if (!neverShown.isEmpty())
            QVERIFY2(!got.join(QLatin1Char('\n')).contains(neverShown), qPrintable(got.join(QLatin1Char('\n'))));
    }

    void defaultsAndTypedReads()
    {
        const ConfigSchema s = sampleSchema();
        // Only the defaults that apply: no port for a local dropzone.
        QCOMPARE(s.withDefaults(objectFrom(R"({"path": "/d"})")),
                 objectFrom(R"({"path": "/d", "mode": "filesystem", "fsync": true})"));
        QCOMPARE(s.withDefaults(objectFrom(R"({"mode": "sftp", "path": "/d", "host": "h"})")).value(QStringLiteral("port")).toInt(), 22);
        QCOMPARE(s.withoutDefaults(objectFrom(R"({"path": "/d", "mode": "filesystem", "fsync": true, "port": 2222})")),
                 objectFrom(R"({"path": "/d", "port": 2222})"));

        QCOMPARE(s.intValue(QJsonObject(), QStringLiteral("port")), 22);
        QCOMPARE(s.intValue(objectFrom(R"({"port": "x"})"), QStringLiteral("port")), 22);   // wrong kind: the default
        QCOMPARE(s.intValue(objectFrom(R"({"port": 2222})"), QStringLiteral("port")), 2222);
        QCOMPARE(s.boolValue(QJsonObject(), QStringLiteral("fsync")), true);
        QCOMPARE(s.boolValue(objectFrom(R"({"fsync": false})"), QStringLiteral("fsync")), false);
        QCOMPARE(s.stringValue(QJsonObject(), QStringLiteral("mode")), QStringLiteral("filesystem"));
        QCOMPARE(s.stringValue(objectFrom(R"({"path": "/x"})"), QStringLiteral("path")), QStringLiteral("/x"));
    }

    void secretFieldsAreKnown()
    {
        QCOMPARE(sampleSchema().secretFields(), (QStringList{QStringLiteral("password_env"), QStringLiteral("key_file"), QStringLiteral("api_secret")}));
    }

    void jsonSchemaShape()
    {
        const QJsonObject schema = sampleSchema().toJsonSchema();
        QCOMPARE(schema.value(QStringLiteral("additionalProperties")), QJsonValue(false));
        QCOMPARE(schema.value(QStringLiteral("required")).toArray(), QJsonArray{QStringLiteral("path")});
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("port")).toObject().value(QStringLiteral("default")).toInt(), 22);
        QCOMPARE(properties.value(QStringLiteral("port")).toObject().value(QStringLiteral("maximum")).toInt(), 65535);
        QCOMPARE(properties.value(QStringLiteral("password_env")).toObject().value(QStringLiteral("x-orderflow-secret")), QJsonValue(true));
        QCOMPARE(properties.value(QStringLiteral("transforms")).toObject().value(QStringLiteral("items")).toObject().value(QStringLiteral("required")).toArray(),
                 (QJsonArray{QStringLiteral("field"), QStringLiteral("function")}));
        // The sftp-only fields: required under the condition, forbidden otherwise; mode must be given to be sftp.
        const QJsonObject rule = schema.value(QStringLiteral("allOf")).toArray().first().toObject();
        QCOMPARE(rule.value(QStringLiteral("if")).toObject().value(QStringLiteral("required")).toArray(), QJsonArray{QStringLiteral("mode")});
        QCOMPARE(rule.value(QStringLiteral("then")).toObject().value(QStringLiteral("required")).toArray(), QJsonArray{QStringLiteral("host")});
        QCOMPARE(rule.value(QStringLiteral("else")).toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("host")), QJsonValue(false));
    }

    void closest_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("expected");
        const QStringList keys{QStringLiteral("path"), QStringLiteral("ack_path"), QStringLiteral("fsync")};
        QTest::newRow("typo") << QStringLiteral("ack_pth") << keys << QStringLiteral("ack_path");
        QTest::newRow("case") << QStringLiteral("Path") << keys << QStringLiteral("path");
        QTest::newRow("underscore") << QStringLiteral("ackpath") << keys << QStringLiteral("ack_path");
        QTest::newRow("shortened") << QStringLiteral("x12") << QStringList{QStringLiteral("auto"), QStringLiteral("x12-850")} << QStringLiteral("x12-850");
        QTest::newRow("nothing near") << QStringLiteral("colour") << keys << QString();
    }
    void closest()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, candidates);
        QFETCH(QString, expected);
        QCOMPARE(closestMatch(word, candidates), expected);
    }

    // ---- the registered types -----------------------------------------------------------------------------

    void readmeExampleIsValid()
    {
        const QJsonObject readme = test::readmeExampleConfig();
        QVERIFY2(!readme.isEmpty(), "README.md has no ```json block under ## Configuration");
        QCOMPARE(texts(checkConfigDocument(readme)), QStringList());
    }

    void demoConfigIsValid()
    {
        QTemporaryDir dir;
        auto demo = prepareDemoWorkspace(demoPaths(dir.path()));
        QVERIFY(demo.ok());
        QCOMPARE(texts(checkConfigDocument(*demo)), QStringList());
    }

    void unknownTypesListTheKnownOnes()
    {
        const QJsonObject doc{
            {QStringLiteral("sources"), QJsonArray{sourceEntry(QStringLiteral("ftp"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/in")}})}},
            {QStringLiteral("connections"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("erp")},
                                                                   {QStringLiteral("type"), QStringLiteral("REST")}}}}};
        QCOMPARE(texts(checkConfigDocument(doc)),
                 (QStringList{QStringLiteral("connection 'erp' (org 'acme'): type must be a connection type this OrderFlow knows: "
                                             "'DROPZONE_JSON_V1', 'MOCK' or 'REST_JSON_V1', not \"REST\" (did you mean 'REST_JSON_V1'?)."),
                              QStringLiteral("source 'in' (org 'acme'): type must be a source type this OrderFlow knows: 'folder', 'http', 'rest' or 'sftp', "
                                             "not \"ftp\" (did you mean 'sftp'?).")}));
        QCOMPARE(texts(configDocumentSchema().validateSource(QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("in")}})),
                 QStringList{QStringLiteral("source 'in' (org 'acme'): type is required: What kind of source it is (folder, http, rest, sftp); its settings go in 'config'.")});
    }

    void typeProblemsNameTheEntry()
    {
        QJsonObject sftp = sourceEntry(QStringLiteral("sftp"), objectFrom(R"({"path": "/out", "host": "h", "user": "u", "password_env": "P",
                                                                              "port": 0, "settle": 5})"));
        sftp.insert(QStringLiteral("format"), QStringLiteral("x12"));
        QCOMPARE(texts(configDocumentSchema().validateSource(sftp)),
                 (QStringList{QStringLiteral("source 'in' (org 'acme'): format must be 'auto', 'json', 'x12-850' or 'edifact-orders', not \"x12\" "
                                             "(did you mean 'x12-850'?)."),
                              QStringLiteral("source 'in' (org 'acme'): config.port must be a whole number from 1 to 65535, not 0."),
                              QStringLiteral("source 'in' (org 'acme'): config.settle is not a setting of an sftp source; did you mean 'settle_ms'?")}));
        // The transform check only the engine can make names the source too.
        const QJsonObject folder = sourceEntry(QStringLiteral("folder"), objectFrom(R"({"path": "/in", "transforms": [{"field": "lines.colour", "function": "upper"}]})"));
        const QStringList got = texts(checkConfigDocument(QJsonObject{{QStringLiteral("sources"), QJsonArray{folder}}}));
        QCOMPARE(got.size(), 1);
        QVERIFY2(got.first().startsWith(QStringLiteral("source 'in' (org 'acme'): config.transforms[0]: unknown field 'lines.colour'")), qPrintable(got.first()));
    }

    void secretsAreDeclaredByEveryType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("secrets");
        const QStringList sftp{QStringLiteral("key_file"), QStringLiteral("key_passphrase"), QStringLiteral("key_passphrase_env"),
                               QStringLiteral("password"), QStringLiteral("password_env")};
        QTest::newRow("folder") << QStringLiteral("source:folder") << QStringList();
        QTest::newRow("sftp") << QStringLiteral("source:sftp") << sftp;
        QTest::newRow("DROPZONE_JSON_V1") << QStringLiteral("connection:DROPZONE_JSON_V1") << sftp;
        QTest::newRow("MOCK") << QStringLiteral("connection:MOCK") << QStringList();
    }
    void secretsAreDeclaredByEveryType()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, secrets);
        const QString name = type.section(QLatin1Char(':'), 1);
        const ConfigSchema *schema = type.startsWith(QLatin1String("source")) ? SourceRegistry::instance().schema(name) : ConnectorRegistry::instance().schema(name);
        QVERIFY(schema);
        QStringList got = schema->secretFields();
        got.sort();
        QCOMPARE(got, secrets);
        auto json = configDocumentSchema().typeJsonSchema(type);
        QVERIFY(json.ok());
        for (const QString &secret : std::as_const(secrets)) {
            QCOMPARE(json->value(QStringLiteral("properties")).toObject().value(secret).toObject().value(QStringLiteral("x-orderflow-secret")),
                     QJsonValue(true));
        }
    }

    void invalidDocumentStoresNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.db")), QStringLiteral("test"));
        QVERIFY(db.ok());
        QJsonObject doc = test::readmeExampleConfig();
        QJsonArray sources = doc.value(QStringLiteral("sources")).toArray();
        sources.append(sourceEntry(QStringLiteral("ftp"), QJsonObject()));
        doc.insert(QStringLiteral("sources"), sources);
        auto applied = applyConfigDocument(**db, doc);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code, QStringLiteral("config"));
        QVERIFY2(applied.error().message.startsWith(QStringLiteral("Nothing was applied; source 'in' (org 'acme'): type must be")),
                 qPrintable(applied.error().message));
        auto orgs = ConfigRepository(**db).orgs();
        QVERIFY(orgs.ok());
        QCOMPARE(orgs->size(), 0);
    }

    void exportThroughTheSchema()
    {
        QTemporaryDir dir;
        auto first = Database::open(dir.filePath(QStringLiteral("a.db")), QStringLiteral("test-a"));
        auto second = Database::open(dir.filePath(QStringLiteral("b.db")), QStringLiteral("test-b"));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(applyConfigDocument(**first, test::readmeExampleConfig()).ok());

        auto minimal = exportConfigDocument(**first);
        QVERIFY(minimal.ok());
        const QJsonObject connection = minimal->value(QStringLiteral("connections")).toArray().first().toObject();
        QVERIFY(!connection.contains(QStringLiteral("max_retries")));   // 3, the default
        QVERIFY(!connection.contains(QStringLiteral("status")));
        QVERIFY(!connection.value(QStringLiteral("config")).toObject().contains(QStringLiteral("port")));
        QCOMPARE(connection.value(QStringLiteral("config")).toObject().value(QStringLiteral("host")).toString(), QStringLiteral("erp.example.com"));

        // What is exported applies again and means the same.
        QCOMPARE(texts(checkConfigDocument(*minimal)), QStringList());
        QVERIFY(applyConfigDocument(**second, *minimal).ok());
        QCOMPARE(*exportConfigDocument(**second), *minimal);

        auto explicitDefaults = exportConfigDocument(**first, ExportDefaults::Explicit);
        QVERIFY(explicitDefaults.ok());
        const QJsonObject full = explicitDefaults->value(QStringLiteral("connections")).toArray().first().toObject();
        QCOMPARE(full.value(QStringLiteral("max_retries")).toInt(), 3);
        QCOMPARE(full.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(full.value(QStringLiteral("config")).toObject().value(QStringLiteral("port")).toInt(), 22);
        QCOMPARE(full.value(QStringLiteral("config")).toObject().value(QStringLiteral("fsync")).toBool(), true);
        QCOMPARE(texts(checkConfigDocument(*explicitDefaults)), QStringList());
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestConfigSchema)
#include "test_config_schema.moc"
