// The New ERP connection wizard, offscreen, clicked like an admin would (issue 10): settings generated from the
// type's schema with inline validation, credentials into the credential store (never the database), the test in the
// background with every step and its latency, a failing step with its message, the host-key dialog for an unknown
// and for a changed key against the real sshd fixture, and the save — checked in the database it wrote.
#include "../integration/Workspace.h"
#include "sshd/SshdFixture.h"

#include "WizardTestSupport.h"
#include "wizards/SetupWizard.h"
#include "wizards/HostKeyDialog.h"
#include "wizards/SchemaForm.h"

#include "../secrets/SecretsTestSupport.h"
#include "secrets/EncryptedFileStore.h"
#include "storage/ConfigRepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace orderflow;
using namespace orderflow::console;
using orderflow::test::Workspace;

using orderflow::test::child;
using orderflow::test::chooseType;
using orderflow::test::setField;

namespace {


bool nextEnabled(SetupWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}


bool rowShown(SetupWizard &wizard, const QString &field)
{
    QWidget *editor = wizard.findChild<QWidget *>(QStringLiteral("field_") + field);
    return editor && editor->isVisibleTo(&wizard);
}

} // namespace

class TestSetupWizard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsComeFromTheSchemaAndAreCheckedAsTyped();
    void aFolderDropzoneIsTestedAndSaved();
    void aFailingStepShowsItsMessageAndBlocksFinish();
    void unknownAndChangedSftpHostKeys();
    void credentialsGoToTheStoreNeverTheDatabase();
    void aFolderSourceIsPreviewedAndSaved();

private:
    std::unique_ptr<SetupWizard> openWizard(Workspace &ws);

    QTemporaryDir m_tmp;
};

void TestSetupWizard::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    test::useEncryptedFileStore(m_tmp.filePath(QStringLiteral("secrets.enc")));
    qputenv("ORDERFLOW_KNOWN_HOSTS", QFile::encodeName(m_tmp.filePath(QStringLiteral("known_hosts"))));
}

std::unique_ptr<SetupWizard> TestSetupWizard::openWizard(Workspace &ws)
{
    ws.apply(QJsonObject{{QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}}}}});
    auto wizard = std::make_unique<SetupWizard>(SetupWizard::Kind::Connection, QStringList{QStringLiteral("acme")}, ws.dbPath);
    wizard->show();
    return wizard;
}

void TestSetupWizard::settingsComeFromTheSchemaAndAreCheckedAsTyped()
{
    Workspace ws;
    auto wizard = openWizard(ws);
    QVERIFY(!nextEnabled(*wizard));   // nothing chosen yet
    child<QLineEdit>(wizard->currentPage(), "nameEdit")->setText(QStringLiteral("bad name!"));
    QVERIFY(child<QLabel>(wizard->currentPage(), "nameProblem")->text().contains(QLatin1String("letters, digits")));
    chooseType(*wizard, QStringLiteral("erp"), QStringLiteral("DROPZONE_JSON_V1"));
    QVERIFY(nextEnabled(*wizard));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::SettingsPageId));

    // The dropzone's fields, SFTP ones only in SFTP mode; the required path keeps Next off until it is given.
    QVERIFY(rowShown(*wizard, QStringLiteral("path")));
    QVERIFY(!rowShown(*wizard, QStringLiteral("host")));
    QVERIFY(!nextEnabled(*wizard));
    setField(*wizard, QStringLiteral("mode"), QStringLiteral("sftp"));
    QVERIFY(rowShown(*wizard, QStringLiteral("host")) && rowShown(*wizard, QStringLiteral("port")));
    QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("field_password")));   // a stored secret: the credentials page asks
    setField(*wizard, QStringLiteral("port"), QStringLiteral("70000"));
    auto *portProblem = child<QLabel>(wizard.get(), "problem_port");
    QVERIFY(portProblem->isVisibleTo(wizard.get()));
    QVERIFY2(portProblem->text().contains(QLatin1String("65535")), qPrintable(portProblem->text()));
    setField(*wizard, QStringLiteral("port"), QStringLiteral("2222"));
    QVERIFY(!portProblem->isVisibleTo(wizard.get()));
    setField(*wizard, QStringLiteral("mode"), QStringLiteral("filesystem"));
    setField(*wizard, QStringLiteral("path"), ws.dropzone);
    QVERIFY(nextEnabled(*wizard));
    // Back on the type page, another type gives other fields.
    wizard->back();
    chooseType(*wizard, QStringLiteral("erp"), QStringLiteral("MOCK"));
    wizard->next();
    QVERIFY(rowShown(*wizard, QStringLiteral("behaviour")) && !rowShown(*wizard, QStringLiteral("path")));
    setField(*wizard, QStringLiteral("latency_ms"), QStringLiteral("-5"));
    QVERIFY(!nextEnabled(*wizard));
    QVERIFY(child<QLabel>(wizard.get(), "problem_latency_ms")->isVisibleTo(wizard.get()));
    wizard->reject();
}

void TestSetupWizard::aFolderDropzoneIsTestedAndSaved()
{
    Workspace ws;
    auto wizard = openWizard(ws);
    chooseType(*wizard, QStringLiteral("erp-folder"), QStringLiteral("DROPZONE_JSON_V1"));
    wizard->next();
    setField(*wizard, QStringLiteral("path"), ws.dropzone);
    setField(*wizard, QStringLiteral("ack_path"), ws.acks);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::CredentialsPageId));
    QVERIFY(!wizard->findChild<QLineEdit *>(QStringLiteral("secret_password")));   // a folder needs none
    QVERIFY(nextEnabled(*wizard));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::TestPageId));

    // The test starts by itself in the background: every step listed with its time; then Finish saves.
    auto *steps = child<QTreeWidget>(wizard.get(), "stepsTree");
    auto *finish = wizard->button(QWizard::FinishButton);
    QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 15000);
    QVERIFY(steps->topLevelItemCount() >= 2);
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("ok"));
        QVERIFY(steps->topLevelItem(i)->text(2).endsWith(QLatin1String(" ms")));
    }
    QVERIFY(child<QLabel>(wizard.get(), "verdictLabel")->text().startsWith(QLatin1String("Every step passed")));
    QSignalSpy saved(wizard.get(), &SetupWizard::saved);
    finish->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    auto stored = ConfigRepository(*ws.db).connections();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().name, QStringLiteral("erp-folder"));
    QCOMPARE(stored->first().type, QStringLiteral("DROPZONE_JSON_V1"));
    QCOMPARE(stored->first().config.value(QStringLiteral("path")).toString(), ws.dropzone);
}

void TestSetupWizard::aFailingStepShowsItsMessageAndBlocksFinish()
{
    Workspace ws;
    auto wizard = openWizard(ws);
    chooseType(*wizard, QStringLiteral("erp-broken"), QStringLiteral("DROPZONE_JSON_V1"));
    wizard->next();
    const QString missing = ws.dir.filePath(QStringLiteral("no-such-dropzone"));
    setField(*wizard, QStringLiteral("path"), missing);
    wizard->next();
    wizard->next();
    auto *verdict = child<QLabel>(wizard.get(), "verdictLabel");
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("The test failed")), 15000);
    QVERIFY2(verdict->text().contains(missing), qPrintable(verdict->text()));
    auto *steps = child<QTreeWidget>(wizard.get(), "stepsTree");
    bool failedStep = false;
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        failedStep = failedStep || steps->topLevelItem(i)->text(1) == QLatin1String("failed");
    QVERIFY(failedStep);
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    // The admin may still save it on purpose.
    child<QCheckBox>(wizard.get(), "saveUntestedCheck")->setChecked(true);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->reject();
    QCOMPARE(ConfigRepository(*ws.db).connections()->size(), 0);   // cancelled: nothing stored
}

void TestSetupWizard::unknownAndChangedSftpHostKeys()
{
    QString why;
    if (!test::SshdFixture::available(&why))
        QSKIP(qPrintable(why));
    test::SshdFixture sshd;
    QVERIFY(sshd.start().ok());
    const QString knownHosts = m_tmp.filePath(QStringLiteral("wizard_known_hosts"));
    QFile::remove(knownHosts);
    const QString base = sshd.dataDir() + QStringLiteral("/wizard");
    QVERIFY(QDir().mkpath(base + QStringLiteral("/dropzone")) && QDir().mkpath(base + QStringLiteral("/ack")));
    const QJsonObject fixture = sshd.sftpConfig();

    Workspace ws;
    auto wizard = openWizard(ws);
    chooseType(*wizard, QStringLiteral("erp-sftp"), QStringLiteral("DROPZONE_JSON_V1"));
    wizard->next();
    setField(*wizard, QStringLiteral("mode"), QStringLiteral("sftp"));
    setField(*wizard, QStringLiteral("path"), base + QStringLiteral("/dropzone"));
    setField(*wizard, QStringLiteral("ack_path"), base + QStringLiteral("/ack"));
    setField(*wizard, QStringLiteral("host"), fixture.value(QStringLiteral("host")).toString());
    setField(*wizard, QStringLiteral("port"), QString::number(fixture.value(QStringLiteral("port")).toInt()));
    setField(*wizard, QStringLiteral("user"), fixture.value(QStringLiteral("user")).toString());
    setField(*wizard, QStringLiteral("key_file"), fixture.value(QStringLiteral("key_file")).toString());
    setField(*wizard, QStringLiteral("known_hosts"), knownHosts);
    QVERIFY(nextEnabled(*wizard));
    wizard->next();
    QVERIFY(wizard->findChild<QLineEdit *>(QStringLiteral("secret_password")));   // SFTP may use a password
    wizard->next();

    // Unknown key: the dialog, with the fingerprint as ssh-keygen prints it. Trust stores it and the test goes on.
    HostKeyDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = wizard->findChild<HostKeyDialog *>()) != nullptr, 15000);
    QVERIFY(dialog->windowTitle().contains(QLatin1String("Unknown")));
    QCOMPARE(child<QLabel>(dialog, "fingerprintValue")->text(), sshd.hostKeyFingerprint());
    QCOMPARE(child<QLabel>(dialog, "typeValue")->text(), QStringLiteral("ED25519"));
    QCOMPARE(child<QLabel>(dialog, "portValue")->text(), QString::number(sshd.port()));
    QVERIFY(child<QPushButton>(dialog, "onceButton")->isVisible());
    child<QPushButton>(dialog, "trustButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    QFile kh(knownHosts);
    QVERIFY(kh.open(QIODevice::ReadOnly));
    QVERIFY(kh.readAll().contains(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(sshd.port()).toUtf8()));
    kh.close();

    // The server's key changes: a loud warning with both fingerprints; re-trust only after an explicit confirmation.
    QVERIFY(sshd.rotateHostKey().ok());
    QVERIFY(sshd.restart().ok());
    QTRY_VERIFY(!wizard->findChild<HostKeyDialog *>());
    child<QPushButton>(wizard.get(), "runButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT((dialog = wizard->findChild<HostKeyDialog *>()) != nullptr, 15000);
    QVERIFY(dialog->windowTitle().contains(QLatin1String("CHANGED")));
    QVERIFY(child<QLabel>(dialog, "warningLabel")->text().contains(QLatin1String("HAS CHANGED")));
    QCOMPARE(child<QLabel>(dialog, "fingerprintValue")->text(), sshd.hostKeyFingerprint());
    QVERIFY(!child<QLabel>(dialog, "oldValue")->text().isEmpty());
    QVERIFY(!child<QLabel>(dialog, "oldValue")->text().contains(sshd.hostKeyFingerprint()));
    QVERIFY(!child<QPushButton>(dialog, "onceButton")->isVisible());
    auto *retrust = child<QPushButton>(dialog, "trustButton");
    QVERIFY(!retrust->isEnabled());
    child<QCheckBox>(dialog, "confirmCheck")->setChecked(true);
    QVERIFY(retrust->isEnabled());
    retrust->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard.get(), "verdictLabel")->text().startsWith(QLatin1String("Every step passed")), 15000);
    wizard->reject();
}

void TestSetupWizard::credentialsGoToTheStoreNeverTheDatabase()
{
    QString why;
    if (!test::SshdFixture::available(&why))
        QSKIP(qPrintable(why));
    test::SshdFixture sshd;
    QVERIFY(sshd.start().ok());
    const QString base = sshd.dataDir() + QStringLiteral("/wizardpw");
    QVERIFY(QDir().mkpath(base + QStringLiteral("/dropzone")) && QDir().mkpath(base + QStringLiteral("/ack")));
    const QJsonObject fixture = sshd.sftpConfig();
    const QByteArray passphrase = "Wizard-S3cret-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);

    auto fill = [&](SetupWizard &wizard, const QString &name) {
        chooseType(wizard, name, QStringLiteral("DROPZONE_JSON_V1"));
        wizard.next();
        setField(wizard, QStringLiteral("mode"), QStringLiteral("sftp"));
        setField(wizard, QStringLiteral("path"), base + QStringLiteral("/dropzone"));
        setField(wizard, QStringLiteral("ack_path"), base + QStringLiteral("/ack"));
        for (const char *f : {"host", "user", "key_file", "known_hosts"})
            setField(wizard, QLatin1String(f), fixture.value(QLatin1String(f)).toString());
        setField(wizard, QStringLiteral("port"), QString::number(fixture.value(QStringLiteral("port")).toInt()));
        wizard.next();
        // A passphrase the fixture's unencrypted key does not need: stored all the same, and the key still works.
        wizard.findChild<QLineEdit *>(QStringLiteral("secret_key_passphrase"))->setText(QString::fromUtf8(passphrase));
        wizard.next();
    };
    const QString ref = QStringLiteral("connection/acme.erp-pw/key_passphrase");
    auto store = *EncryptedFileStore::create(QString::fromLocal8Bit(qgetenv("ORDERFLOW_SECRETS_FILE")), qgetenv("ENCRYPTION_MASTER_KEY"));

    // Cancelled after the test: the secret written for the test goes again.
    {
        Workspace ws;
        auto wizard = openWizard(ws);
        fill(*wizard, QStringLiteral("erp-pw"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
        QVERIFY(test::readSecret(store, ref).ok());
        wizard->reject();
        QTRY_VERIFY(!test::readSecret(store, ref).ok());
    }
    // Saved: the database holds the reference, the store the value.
    Workspace ws;
    auto wizard = openWizard(ws);
    fill(*wizard, QStringLiteral("erp-pw"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), 10000);
    auto saved = ConfigRepository(*ws.db).connections();
    QVERIFY(saved.ok() && saved->size() == 1);
    QCOMPARE(saved->first().config.value(QStringLiteral("key_passphrase")).toObject().value(QStringLiteral("secret")).toString(), ref);
    QCOMPARE(*test::readSecret(store, ref), passphrase);
    QFile db(ws.dbPath);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(passphrase));

    // Editing shows the secret as stored, never its value.
    SetupWizard edit(saved->first(), ws.dbPath);
    edit.show();
    edit.next();
    edit.next();
    auto *field = edit.findChild<QLineEdit *>(QStringLiteral("secret_key_passphrase"));
    QVERIFY(field->text().isEmpty());
    QVERIFY(field->placeholderText().contains(QLatin1String("stored")));
    edit.reject();
    QVERIFY(test::readSecret(store, ref).ok());   // editing cancelled: the stored secret stays
}

void TestSetupWizard::aFolderSourceIsPreviewedAndSaved()
{
    Workspace ws;
    ws.apply(QJsonObject{{QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}}}}});
    SetupWizard wizard(SetupWizard::Kind::Source, {QStringLiteral("acme")}, ws.dbPath);
    wizard.show();
    QCOMPARE(wizard.windowTitle(), QStringLiteral("New partner source"));
    chooseType(wizard, QStringLiteral("acme-folder"), QStringLiteral("folder"));
    wizard.next();
    // Format and handling (every source's fields) above the folder's own.
    QVERIFY(rowShown(wizard, QStringLiteral("format")) && rowShown(wizard, QStringLiteral("auto_approve")));
    QVERIFY(rowShown(wizard, QStringLiteral("path")));
    QVERIFY(!nextEnabled(wizard));
    setField(wizard, QStringLiteral("path"), ws.inbox);
    setField(wizard, QStringLiteral("format"), QStringLiteral("json"));
    setField(wizard, QStringLiteral("auto_approve"), QStringLiteral("true"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 15000);   // the folder test passed; on to the preview
    QVERIFY(child<QLabel>(&wizard, "verdictLabel")->text().startsWith(QLatin1String("Every step passed")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::PreviewPageId));

    // A good sample: the order with its lines; a problem of the order shows beside it.
    const QString sample = ws.dir.filePath(QStringLiteral("sample.json"));
    {
        QFile f(sample);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"([{"id": 4711, "customer": "Initech", "currency": "USD", "items": [{"sku": "P001", "quantity": 3, "unit_price": 10},
                    {"sku": "P002", "quantity": 1, "unit_price": 2.5}]},
                   {"id": 4712, "customer": "Initech", "currency": "XXQ", "items": [{"sku": "P003", "quantity": 1, "unit_price": 1}]}])");
    }
    auto *page = qobject_cast<SourcePreviewWizardPage *>(wizard.currentPage());
    page->previewFile(sample);
    auto *summary = child<QLabel>(&wizard, "previewSummary");
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("sample.json:")), 10000);
    QVERIFY2(summary->text().contains(QLatin1String("2 order(s), 1 of them invalid; 0 error(s)")), qPrintable(summary->text()));
    auto *tree = child<QTreeWidget>(&wizard, "previewTree");
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY(tree->topLevelItem(0)->text(0).contains(QLatin1String("4711")));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(1), QStringLiteral("P002"));
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(3), QStringLiteral("2.50"));
    QVERIFY(tree->topLevelItem(0)->text(4).isEmpty());
    QVERIFY2(tree->topLevelItem(1)->text(4).contains(QLatin1String("currency")), qPrintable(tree->topLevelItem(1)->text(4)));

    // A broken sample: its error with the place in the file.
    const QString broken = ws.dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"id\": 1,\n \"items\": [ }");
    }
    page->previewFile(broken);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("broken.json:")), 10000);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY2(tree->topLevelItem(0)->text(4).startsWith(QLatin1String("broken.json:2:")), qPrintable(tree->topLevelItem(0)->text(4)));

    // Finish: the source is stored with its format and handling.
    QSignalSpy saved(&wizard, &SetupWizard::saved);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    auto source = ConfigRepository(*ws.db).sourceByName(QStringLiteral("acme"), QStringLiteral("acme-folder"));
    QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().message));
    QCOMPARE(source->type, QStringLiteral("folder"));
    QCOMPARE(source->format, QStringLiteral("json"));
    QVERIFY(source->autoApprove);
    QCOMPARE(source->config.value(QStringLiteral("path")).toString(), ws.inbox);
}

#include "TestMain.h"
ORDERFLOW_TEST_MAIN(TestSetupWizard)
#include "test_setup_wizard.moc"
