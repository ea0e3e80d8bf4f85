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
#include "fixtures/ErpApiServer.h"
#include "secrets/EncryptedFileStore.h"
#include "storage/ConfigRepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QScopeGuard>
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
    void anEditThatDropsASecretDeletesItFromTheStore();
    void aSecretTypedForAModeGivenUpIsNotKept();
    void aFolderSourceIsPreviewedAndSaved();
    void anSftpSourceIsPreviewedFromTheServerAndSaved();
    void aRestConnectionIsTestedWithItsTokenAndSaved();

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

// Editing an SFTP dropzone into a folder one: its stored password no longer applies, so the saved connection no
// longer refers to it and the store no longer holds it (unless another entry uses it: then it is kept).
void TestSetupWizard::anEditThatDropsASecretDeletesItFromTheStore()
{
    Workspace ws;
    // One active dropzone per organisation: three organisations.
    QJsonArray orgs;
    for (const char *slug : {"acme", "beta", "gamma"})
        orgs.append(QJsonObject{{QStringLiteral("slug"), QLatin1String(slug)}, {QStringLiteral("name"), QString::fromLatin1(slug).toUpper()}});
    ws.apply(QJsonObject{{QStringLiteral("orgs"), orgs}});
    auto store = *EncryptedFileStore::create(QString::fromLocal8Bit(qgetenv("ORDERFLOW_SECRETS_FILE")), qgetenv("ENCRYPTION_MASTER_KEY"));
    const QString ref = QStringLiteral("connection/acme.erp-edit/password");
    const QString shared = QStringLiteral("connection/acme.shared/password");
    QVERIFY(test::writeSecret(store, ref, test::distinctiveSecret("edit")).ok());
    QVERIFY(test::writeSecret(store, shared, test::distinctiveSecret("shared")).ok());
    auto sftpEntry = [&](const QString &org, const QString &name, const QString &reference) {
        return QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")},
                           {QStringLiteral("config"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("sftp")}, {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                  {QStringLiteral("user"), QStringLiteral("erp")}, {QStringLiteral("path"), QString(QStringLiteral("/upload/") + name)},
                                                                  {QStringLiteral("password"), QJsonObject{{QStringLiteral("secret"), reference}}}}}};
    };
    ws.apply(QJsonObject{{QStringLiteral("connections"), QJsonArray{sftpEntry(QStringLiteral("acme"), QStringLiteral("erp-edit"), ref),
                                                                    sftpEntry(QStringLiteral("beta"), QStringLiteral("erp-one"), shared),
                                                                    sftpEntry(QStringLiteral("gamma"), QStringLiteral("erp-two"), shared)}}});

    auto connection = [&](const QString &name) {
        ConnectionRecord found;
        const auto all = ConfigRepository(*ws.db).connections();
        for (const ConnectionRecord &c : *all)
            found = c.name == name ? c : found;
        return found;
    };
    auto editToFolder = [&](const QString &name) -> QString {
        SetupWizard edit(connection(name), ws.dbPath);
        edit.show();
        edit.next();
        const QString folder = ws.dir.filePath(QStringLiteral("dropzone-") + name);   // each its own dropzone
        QDir().mkpath(folder + QStringLiteral("/ack"));
        setField(edit, QStringLiteral("mode"), QStringLiteral("filesystem"));
        setField(edit, QStringLiteral("path"), folder);
        setField(edit, QStringLiteral("ack_path"), folder + QStringLiteral("/ack"));
        edit.next();
        if (edit.findChild<QLineEdit *>(QStringLiteral("secret_password")))
            return QStringLiteral("a folder dropzone asked for a password");
        edit.next();
        if (!QTest::qWaitFor([&] { return edit.button(QWizard::FinishButton)->isEnabled(); }, 15000))
            return QStringLiteral("the folder test did not pass: ") + child<QLabel>(&edit, "verdictLabel")->text();
        QSignalSpy saved(&edit, &SetupWizard::saved);
        edit.button(QWizard::FinishButton)->click();
        if (!saved.wait(10000))
            return QStringLiteral("not saved: ") + edit.saveError();
        return edit.saveNote();
    };

    const QString note = editToFolder(QStringLiteral("erp-edit"));
    QVERIFY2(note.contains(QLatin1String("deleted from the credential store: ") + ref), qPrintable(note));
    const ConnectionRecord edited = connection(QStringLiteral("erp-edit"));
    QCOMPARE(edited.config.value(QStringLiteral("mode")).toString(), QStringLiteral("filesystem"));
    QVERIFY2(!edited.config.contains(QStringLiteral("password")), QJsonDocument(edited.config).toJson().constData());
    QVERIFY(!test::readSecret(store, ref).ok());

    // A secret another connection still uses stays until the last one lets go of it.
    QString kept = editToFolder(QStringLiteral("erp-one"));
    QVERIFY2(kept.contains(QLatin1String("Kept ") + shared), qPrintable(kept));
    QVERIFY(test::readSecret(store, shared).ok());
    kept = editToFolder(QStringLiteral("erp-two"));
    QVERIFY2(kept.contains(QLatin1String("deleted from the credential store: ") + shared), qPrintable(kept));
    QVERIFY(!test::readSecret(store, shared).ok());
}

// A new connection: a password typed (and written to the store for the test) for SFTP, then the admin switches to a
// folder dropzone and saves: the saved connection needs no password, and the store keeps none for it.
void TestSetupWizard::aSecretTypedForAModeGivenUpIsNotKept()
{
    Workspace ws;
    auto wizard = openWizard(ws);
    chooseType(*wizard, QStringLiteral("erp-switch"), QStringLiteral("DROPZONE_JSON_V1"));
    wizard->next();
    setField(*wizard, QStringLiteral("mode"), QStringLiteral("sftp"));
    setField(*wizard, QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    setField(*wizard, QStringLiteral("port"), QStringLiteral("1"));   // nothing listens: the test fails at once
    setField(*wizard, QStringLiteral("user"), QStringLiteral("erp"));
    setField(*wizard, QStringLiteral("path"), QStringLiteral("/upload"));
    wizard->next();
    wizard->findChild<QLineEdit *>(QStringLiteral("secret_password"))->setText(QStringLiteral("Switch-Pw-1"));
    wizard->next();
    auto *verdict = child<QLabel>(wizard.get(), "verdictLabel");
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("The test failed")), 15000);
    const QString ref = QStringLiteral("connection/acme.erp-switch/password");
    auto store = *EncryptedFileStore::create(QString::fromLocal8Bit(qgetenv("ORDERFLOW_SECRETS_FILE")), qgetenv("ENCRYPTION_MASTER_KEY"));
    QVERIFY(test::readSecret(store, ref).ok());   // written for the test

    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(SetupWizard::SettingsPageId));
    setField(*wizard, QStringLiteral("mode"), QStringLiteral("filesystem"));
    setField(*wizard, QStringLiteral("path"), ws.dropzone);
    setField(*wizard, QStringLiteral("ack_path"), ws.acks);
    wizard->next();
    QVERIFY(!wizard->findChild<QLineEdit *>(QStringLiteral("secret_password")));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    QSignalSpy saved(wizard.get(), &SetupWizard::saved);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    auto stored = ConfigRepository(*ws.db).connections();
    QVERIFY(stored.ok() && stored->size() == 1);
    QVERIFY(!stored->first().config.contains(QStringLiteral("password")));
    QTRY_VERIFY(!test::readSecret(store, ref).ok());
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

    // The partner's folder is listed the way the source reads it, and one of its files previewed in place.
    ws.drop(QStringLiteral("partner-1.json"), Workspace::order(4700));
    child<QPushButton>(&wizard, "listRemoteButton")->click();
    auto *files = child<QTreeWidget>(&wizard, "remoteFilesTree");
    QTRY_COMPARE_WITH_TIMEOUT(files->topLevelItemCount(), 1, 10000);
    QCOMPARE(files->topLevelItem(0)->text(0), QStringLiteral("partner-1.json"));
    files->setCurrentItem(files->topLevelItem(0));
    child<QPushButton>(&wizard, "previewRemoteButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&wizard, "previewSummary")->text().startsWith(QLatin1String("partner-1.json: 1 order(s)")), 10000);
    QVERIFY(QFile::exists(QDir(ws.inbox).filePath(QStringLiteral("partner-1.json"))));   // left where it was

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

namespace {

// The database file and its WAL, for "no secret in the database" checks.
QByteArray databaseBytes(const Workspace &ws)
{
    QByteArray all;
    for (const QString &path : {ws.dbPath, QString(ws.dbPath + QStringLiteral("-wal"))}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

// The SFTP source wizard end to end against the real sshd: settings, the key's passphrase into the store, the
// unknown-key dialog on the test, the test; then the preview lists the partner's folder ON THE SERVER (after the
// server's key changed: the changed-key dialog again), downloads one file and shows its orders and errors, refuses a
// file beyond the size limit with a clear message, and a listing blocked on a hung server is cancelled at once.
// Nothing on the server is moved; the source is saved with only the reference to its passphrase.
void TestSetupWizard::anSftpSourceIsPreviewedFromTheServerAndSaved()
{
    QString why;
    if (!test::SshdFixture::available(&why))
        QSKIP(qPrintable(why));
    test::SshdFixture sshd;
    QVERIFY(sshd.start().ok());
    const QString knownHosts = m_tmp.filePath(QStringLiteral("source_known_hosts"));
    QFile::remove(knownHosts);
    const QString inbound = sshd.dataDir() + QStringLiteral("/wizsource/in");
    QVERIFY(QDir().mkpath(inbound));
    writeFile(inbound + QStringLiteral("/orders.json"),
              R"([{"id": 5101, "customer": "Initech", "currency": "USD", "items": [{"sku": "P001", "quantity": 3, "unit_price": 10},
                   {"sku": "P002", "quantity": 1, "unit_price": 2.5}]},
                  {"id": 5102, "customer": "Initech", "currency": "XXQ", "items": [{"sku": "P003", "quantity": 1, "unit_price": 1}]}])");
    writeFile(inbound + QStringLiteral("/broken.json"), "{\"id\": 1,\n \"items\": [ }");
    writeFile(inbound + QStringLiteral("/huge.json"), QByteArray(SourceSampleService::kDefaultMaxBytes + 1, ' '));
    const QJsonObject fixture = sshd.sftpConfig();
    const QByteArray passphrase = sshd.clientKeyPassphrase().toUtf8();

    Workspace ws;
    ws.apply(QJsonObject{{QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}}}}});
    SetupWizard wizard(SetupWizard::Kind::Source, {QStringLiteral("acme")}, ws.dbPath);
    wizard.show();
    chooseType(wizard, QStringLiteral("acme-sftp"), QStringLiteral("sftp"));
    wizard.next();
    setField(wizard, QStringLiteral("format"), QStringLiteral("json"));
    setField(wizard, QStringLiteral("path"), inbound);
    setField(wizard, QStringLiteral("host"), fixture.value(QStringLiteral("host")).toString());
    setField(wizard, QStringLiteral("port"), QString::number(fixture.value(QStringLiteral("port")).toInt()));
    setField(wizard, QStringLiteral("user"), fixture.value(QStringLiteral("user")).toString());
    setField(wizard, QStringLiteral("key_file"), sshd.encryptedClientKeyPath());
    setField(wizard, QStringLiteral("known_hosts"), knownHosts);
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
    auto *passphraseEdit = wizard.findChild<QLineEdit *>(QStringLiteral("secret_key_passphrase"));
    QVERIFY(passphraseEdit);
    passphraseEdit->setText(QString::fromUtf8(passphrase));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::TestPageId));

    // The test meets the unknown key: Trust, and the test passes.
    HostKeyDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = wizard.findChild<HostKeyDialog *>()) != nullptr, 15000);
    QVERIFY(dialog->windowTitle().contains(QLatin1String("Unknown")));
    QCOMPARE(child<QLabel>(dialog, "fingerprintValue")->text(), sshd.hostKeyFingerprint());
    child<QPushButton>(dialog, "trustButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 15000);
    QVERIFY2(child<QLabel>(&wizard, "verdictLabel")->text().startsWith(QLatin1String("Every step passed")), qPrintable(child<QLabel>(&wizard, "verdictLabel")->text()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::PreviewPageId));

    // Meanwhile the server's key changed: listing its files shows the changed-key dialog; re-trusted, they are listed.
    QVERIFY(sshd.rotateHostKey().ok());
    QVERIFY(sshd.restart().ok());
    QTRY_VERIFY(!wizard.findChild<HostKeyDialog *>());
    auto *list = child<QPushButton>(&wizard, "listRemoteButton");
    QVERIFY(list->isVisible());
    list->click();
    QTRY_VERIFY_WITH_TIMEOUT((dialog = wizard.findChild<HostKeyDialog *>()) != nullptr, 15000);
    QVERIFY(dialog->windowTitle().contains(QLatin1String("CHANGED")));
    QCOMPARE(child<QLabel>(dialog, "fingerprintValue")->text(), sshd.hostKeyFingerprint());
    child<QCheckBox>(dialog, "confirmCheck")->setChecked(true);
    child<QPushButton>(dialog, "trustButton")->click();
    auto *files = child<QTreeWidget>(&wizard, "remoteFilesTree");
    auto *summary = child<QLabel>(&wizard, "previewSummary");
    QTRY_COMPARE_WITH_TIMEOUT(files->topLevelItemCount(), 3, 15000);
    QVERIFY(files->isVisible());
    QCOMPARE(files->topLevelItem(0)->text(0), QStringLiteral("broken.json"));
    QCOMPARE(files->topLevelItem(2)->text(0), QStringLiteral("orders.json"));
    QVERIFY2(summary->text().contains(inbound), qPrintable(summary->text()));

    // One file from the server: its orders with their lines, the invalid one's problem.
    auto *previewButton = child<QPushButton>(&wizard, "previewRemoteButton");
    auto *tree = child<QTreeWidget>(&wizard, "previewTree");
    files->setCurrentItem(files->topLevelItem(2));
    QVERIFY(previewButton->isEnabled());
    previewButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("orders.json:")), 15000);
    QVERIFY2(summary->text().contains(QLatin1String("2 order(s), 1 of them invalid; 0 error(s)")), qPrintable(summary->text()));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY(tree->topLevelItem(0)->text(0).contains(QLatin1String("5101")));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(1), QStringLiteral("P002"));
    QVERIFY2(tree->topLevelItem(1)->text(4).contains(QLatin1String("currency")), qPrintable(tree->topLevelItem(1)->text(4)));

    // A broken one: its error with the place in the file.
    files->setCurrentItem(files->topLevelItem(0));
    previewButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("broken.json:")), 15000);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY2(tree->topLevelItem(0)->text(4).startsWith(QLatin1String("broken.json:2:")), qPrintable(tree->topLevelItem(0)->text(4)));

    // One beyond the limit: not downloaded, and the message says why and what to do.
    files->setCurrentItem(files->topLevelItem(1));
    previewButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("too large")), 15000);
    QVERIFY2(summary->text().startsWith(QLatin1String("huge.json")) && summary->text().contains(QLatin1String("16 MB"))
                 && summary->text().contains(QLatin1String("smaller")),
             qPrintable(summary->text()));
    QCOMPARE(tree->topLevelItemCount(), 0);

    // A server that hangs: the listing waits in the background and Cancel stops it at once.
    QVERIFY(sshd.suspend().ok());
    auto resume = qScopeGuard([&] { sshd.resume(); });
    list->click();
    auto *cancel = child<QPushButton>(&wizard, "cancelRemoteButton");
    QVERIFY(cancel->isEnabled() && !list->isEnabled());
    QTest::qWait(300);
    QVERIFY(wizard.isVisible());   // the GUI thread keeps running meanwhile
    QElapsedTimer cancelled;
    cancelled.start();
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Cancelled")), 5000);
    QVERIFY2(cancelled.elapsed() < 3000, qPrintable(QString::number(cancelled.elapsed())));
    QVERIFY(list->isEnabled());
    QVERIFY(sshd.resume().ok());
    resume.dismiss();

    // Nothing on the server was moved or written.
    QCOMPARE(QDir(inbound).entryList(QDir::Files, QDir::Name), (QStringList{QStringLiteral("broken.json"), QStringLiteral("huge.json"), QStringLiteral("orders.json")}));

    // Finish: the source with the reference to its passphrase; the value only in the store.
    QSignalSpy saved(&wizard, &SetupWizard::saved);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    auto source = ConfigRepository(*ws.db).sourceByName(QStringLiteral("acme"), QStringLiteral("acme-sftp"));
    QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().message));
    QCOMPARE(source->type, QStringLiteral("sftp"));
    QCOMPARE(source->config.value(QStringLiteral("path")).toString(), inbound);
    const QString ref = QStringLiteral("source/acme.acme-sftp/key_passphrase");
    QCOMPARE(source->config.value(QStringLiteral("key_passphrase")).toObject().value(QStringLiteral("secret")).toString(), ref);
    auto store = *EncryptedFileStore::create(QString::fromLocal8Bit(qgetenv("ORDERFLOW_SECRETS_FILE")), qgetenv("ENCRYPTION_MASTER_KEY"));
    QCOMPARE(*test::readSecret(store, ref), passphrase);
    QVERIFY(!databaseBytes(ws).contains(passphrase));
}

// A REST connection: the bearer token typed on the credentials page goes to the store; a wrong one fails the test
// with the ERP's refusal shown, the right one passes, and only the reference reaches the database.
void TestSetupWizard::aRestConnectionIsTestedWithItsTokenAndSaved()
{
    const QByteArray token = "Rest-Wizard-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const QByteArray wrong = "Wrong-Token-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    test::ErpApiServer erp(QString::fromLatin1(token));
    QVERIFY2(erp.ok(), qPrintable(erp.error()));

    Workspace ws;
    auto wizard = openWizard(ws);
    chooseType(*wizard, QStringLiteral("erp-rest"), QStringLiteral("REST_JSON_V1"));
    wizard->next();
    QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("field_token")));   // a stored secret: the credentials page asks
    setField(*wizard, QStringLiteral("base_url"), erp.baseUrl());
    setField(*wizard, QStringLiteral("connect_timeout_ms"), QStringLiteral("2000"));
    setField(*wizard, QStringLiteral("response_timeout_ms"), QStringLiteral("3000"));
    QVERIFY(nextEnabled(*wizard));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::CredentialsPageId));
    auto *tokenEdit = wizard->findChild<QLineEdit *>(QStringLiteral("secret_token"));
    QVERIFY(tokenEdit);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!nextEnabled(*wizard));   // a token (or a variable) is needed
    QVERIFY(!child<QLabel>(wizard.get(), "credentialsProblems")->text().isEmpty());

    // A wrong token: the test fails with the ERP's refusal, and Finish stays off.
    tokenEdit->setText(QString::fromLatin1(wrong));
    QVERIFY(nextEnabled(*wizard));
    wizard->next();
    auto *verdict = child<QLabel>(wizard.get(), "verdictLabel");
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("The test failed")), 15000);
    QVERIFY2(verdict->text().contains(QLatin1String("HTTP 401")) && verdict->text().contains(QLatin1String("refused")), qPrintable(verdict->text()));
    QVERIFY(!verdict->text().contains(QString::fromLatin1(wrong)));
    auto *steps = child<QTreeWidget>(wizard.get(), "stepsTree");
    bool failedAuth = false;
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        failedAuth = failedAuth || (steps->topLevelItem(i)->text(0).startsWith(QLatin1String("authenticate")) && steps->topLevelItem(i)->text(1) == QLatin1String("failed"));
    QVERIFY(failedAuth);
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());

    // Back, the right token: every step passes (resolve, connect, authenticate), then Finish saves.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(SetupWizard::CredentialsPageId));
    tokenEdit->setText(QString::fromLatin1(token));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("Every step passed")), 15000);
    QVERIFY(steps->topLevelItemCount() >= 3);
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("ok"));
    QSignalSpy saved(wizard.get(), &SetupWizard::saved);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);

    auto stored = ConfigRepository(*ws.db).connections();
    QVERIFY(stored.ok() && stored->size() == 1);
    const QString ref = QStringLiteral("connection/acme.erp-rest/token");
    QCOMPARE(stored->first().type, QStringLiteral("REST_JSON_V1"));
    QCOMPARE(stored->first().config.value(QStringLiteral("token")).toObject().value(QStringLiteral("secret")).toString(), ref);
    auto store = *EncryptedFileStore::create(QString::fromLocal8Bit(qgetenv("ORDERFLOW_SECRETS_FILE")), qgetenv("ENCRYPTION_MASTER_KEY"));
    QCOMPARE(*test::readSecret(store, ref), token);
    const QByteArray db = databaseBytes(ws);
    QVERIFY(!db.contains(token));
    QVERIFY(!db.contains(wrong));
}

#include "TestMain.h"
ORDERFLOW_TEST_MAIN(TestSetupWizard)
#include "test_setup_wizard.moc"
