#include "wizards/ConnectionWizard.h"

#include "wizards/ConfigSaver.h"
#include "wizards/HostKeyDialog.h"
#include "wizards/SchemaForm.h"

#include "connectors/ErpConnector.h"
#include "transport/FileStore.h"
#include "transport/SftpConfig.h"
#include "transport/SftpHostKeyTrust.h"

#include "ui_ConnectionTestPage.h"
#include "ui_ConnectionTypePage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace orderflow::console {

namespace {

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$"));
    return re;
}

QJsonObject secretRef(const QString &reference)
{
    return QJsonObject{{QStringLiteral("secret"), reference}};
}

} // namespace

// ---- the result model ---------------------------------------------------------------------------------------

const ConfigSchema *ConnectionDraft::schema() const
{
    return ConnectorRegistry::instance().schema(type);
}

QString ConnectionDraft::secretReference(const QString &field) const
{
    return QStringLiteral("connection/%1.%2/%3").arg(org, name, field);
}

QJsonObject ConnectionDraft::configWithReferences() const
{
    QJsonObject out = config;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        out.insert(it.key(), secretRef(secretReference(it.key())));
    for (const QString &field : storedSecretFields) {
        if (!out.contains(field))
            out.insert(field, secretRef(secretReference(field)));
    }
    return out;
}

QJsonObject ConnectionDraft::document() const
{
    QJsonObject doc{{QStringLiteral("connections"),
                     QJsonArray{QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), name}, {QStringLiteral("type"), type},
                                            {QStringLiteral("config"), configWithReferences()}}}}};
    if (!existingOrg)
        doc.insert(QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), org}, {QStringLiteral("name"), org}}});
    return doc;
}

ConnectionRecord ConnectionDraft::record() const
{
    ConnectionRecord r;
    r.orgSlug = org;
    r.name = name;
    r.type = type;
    r.config = configWithReferences();
    r.status = QStringLiteral("ACTIVE");
    return r;
}

// ---- the wizard ---------------------------------------------------------------------------------------------

ConnectionWizard::ConnectionWizard(const QStringList &orgs, QString databasePath, QWidget *parent)
    : QWizard(parent), m_databasePath(std::move(databasePath))
{
    init(orgs);
}

ConnectionWizard::ConnectionWizard(const ConnectionRecord &existing, QString databasePath, QWidget *parent)
    : QWizard(parent), m_databasePath(std::move(databasePath)), m_editing(true)
{
    m_draft.org = existing.orgSlug;
    m_draft.name = existing.name;
    m_draft.type = existing.type;
    m_draft.config = existing.config;
    if (const ConfigSchema *schema = m_draft.schema()) {
        for (const QString &field : SchemaForm::storedSecretFields(*schema)) {
            if (existing.config.value(field).isObject()) {
                m_draft.storedSecretFields << field;
                m_draft.config.remove(field);
            }
        }
    }
    init({existing.orgSlug});
}

ConnectionWizard::~ConnectionWizard() = default;

void ConnectionWizard::init(const QStringList &orgs)
{
    setObjectName(QStringLiteral("connectionWizard"));
    setWindowTitle(m_editing ? tr("Edit ERP connection") : tr("New ERP connection"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(TypePageId, new ConnectionTypeWizardPage(this, orgs));
    setPage(SettingsPageId, new ConnectionSettingsWizardPage(this));
    setPage(CredentialsPageId, new ConnectionCredentialsWizardPage(this));
    setPage(TestPageId, new ConnectionTestWizardPage(this));
}

void ConnectionWizard::withCredentialStore(std::function<void(Result<CredentialStorePtr>)> done)
{
    if (m_store) {
        done(m_store);
        return;
    }
    openCredentialStore(this, [this, done = std::move(done)](Result<CredentialStorePtr> store) {
        if (store)
            m_store = *store;
        done(std::move(store));
    });
}

void ConnectionWizard::save()
{
    if (m_saving)
        return;
    m_saving = true;
    m_saveError.clear();
    button(QWizard::FinishButton)->setEnabled(false);
    saveConfigDocument(m_databasePath, m_draft.document(), this, [this](const Status &s) {
        m_saving = false;
        button(QWizard::FinishButton)->setEnabled(true);
        if (!s) {
            m_saveError = s.error().message;
            if (auto *page = qobject_cast<ConnectionTestWizardPage *>(currentPage()))
                page->findChild<QLabel *>(QStringLiteral("verdictLabel"))->setText(tr("Not saved: %1").arg(m_saveError));
            return;
        }
        m_written.clear();   // they belong to the saved connection now
        emit saved(m_draft.org, m_draft.name);
        QDialog::done(QDialog::Accepted);
    });
}

void ConnectionWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        save();   // closes the wizard when the connection is stored
        return;
    }
    // Cancelled: secrets written for a connection that was never saved go again.
    if (!m_editing && m_store) {
        for (const QString &ref : std::as_const(m_written))
            m_store->remove(ref, nullptr, [](Status) {});
    }
    m_written.clear();
    QWizard::done(result);
}

// ---- page 1: organisation, name, type -----------------------------------------------------------------------

ConnectionTypeWizardPage::ConnectionTypeWizardPage(ConnectionWizard *wizard, const QStringList &orgs)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::ConnectionTypePage>()), m_orgs(orgs)
{
    m_ui->setupUi(this);
    setTitle(tr("Connection"));
    setSubTitle(tr("Which organisation's orders go through it, what it is called, and how OrderFlow talks to the ERP."));
    m_ui->orgCombo->addItems(orgs);
    for (const auto &[type, description] : ConnectorRegistry::instance().types()) {
        auto *item = new QListWidgetItem(type, m_ui->typeList);
        item->setData(Qt::UserRole, type);
        item->setToolTip(description);
    }
    const ConnectionDraft &d = wizard->draft();
    if (wizard->isEditing()) {
        m_ui->orgCombo->setCurrentText(d.org);
        m_ui->orgCombo->setEnabled(false);
        m_ui->nameEdit->setText(d.name);
        m_ui->nameEdit->setReadOnly(true);
        const auto found = m_ui->typeList->findItems(d.type, Qt::MatchExactly);
        if (!found.isEmpty())
            m_ui->typeList->setCurrentItem(found.first());
        m_ui->typeList->setEnabled(false);
    }
    auto changed = [this] {
        const QListWidgetItem *item = m_ui->typeList->currentItem();
        m_ui->typeDescription->setText(item ? item->toolTip() : QString());
        m_ui->nameProblem->setText(problem());
        emit completeChanged();
    };
    connect(m_ui->orgCombo, &QComboBox::currentTextChanged, this, changed);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->typeList, &QListWidget::currentItemChanged, this, changed);
}

ConnectionTypeWizardPage::~ConnectionTypeWizardPage() = default;

QString ConnectionTypeWizardPage::problem() const
{
    const QString org = m_ui->orgCombo->currentText().trimmed();
    const QString name = m_ui->nameEdit->text().trimmed();
    if (!org.isEmpty() && !namePattern().match(org).hasMatch())
        return tr("The organisation's short name may hold letters, digits, '-' and '_' (up to 63), starting with a letter or digit.");
    if (!name.isEmpty() && !namePattern().match(name).hasMatch())
        return tr("The connection name may hold letters, digits, '-' and '_' (up to 63), starting with a letter or digit.");
    return {};
}

bool ConnectionTypeWizardPage::isComplete() const
{
    return !m_ui->orgCombo->currentText().trimmed().isEmpty() && !m_ui->nameEdit->text().trimmed().isEmpty() && m_ui->typeList->currentItem()
        && problem().isEmpty();
}

bool ConnectionTypeWizardPage::validatePage()
{
    ConnectionDraft &d = m_wizard->draft();
    const QString type = m_ui->typeList->currentItem()->data(Qt::UserRole).toString();
    if (type != d.type)
        d.config = {};
    d.type = type;
    d.org = m_ui->orgCombo->currentText().trimmed();
    d.name = m_ui->nameEdit->text().trimmed();
    d.existingOrg = m_orgs.contains(d.org);
    return true;
}

// ---- page 2: settings from the type's schema ----------------------------------------------------------------

ConnectionSettingsWizardPage::ConnectionSettingsWizardPage(ConnectionWizard *wizard) : m_wizard(wizard), m_form(new SchemaForm)
{
    setTitle(tr("Settings"));
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    connect(m_form, &SchemaForm::edited, this, &QWizardPage::completeChanged);
}

void ConnectionSettingsWizardPage::initializePage()
{
    const ConnectionDraft &d = m_wizard->draft();
    setSubTitle(tr("How the %1 connection reaches the ERP. Fields marked * are required; the others have the default shown.").arg(d.type));
    if (m_builtFor != d.type) {
        m_form->setSchema(d.schema(), d.config);
        m_builtFor = d.type;
    }
}

bool ConnectionSettingsWizardPage::isComplete() const
{
    return m_form->isComplete();
}

bool ConnectionSettingsWizardPage::validatePage()
{
    ConnectionDraft &d = m_wizard->draft();
    d.config = m_form->values();
    return true;
}

// ---- page 3: credentials -------------------------------------------------------------------------------------

ConnectionCredentialsWizardPage::ConnectionCredentialsWizardPage(ConnectionWizard *wizard)
    : m_wizard(wizard), m_form(new QFormLayout), m_note(new QLabel), m_problems(new QLabel)
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("Passwords and passphrases go into the credential store (the system keychain, or OrderFlow's encrypted file); "
                   "the database keeps only where they are."));
    m_note->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("credentialsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addWidget(m_problems);
    layout->addStretch();
}

QStringList ConnectionCredentialsWizardPage::applicableSecretFields() const
{
    const ConnectionDraft &d = m_wizard->draft();
    const ConfigSchema *schema = d.schema();
    QStringList out;
    if (!schema)
        return out;
    for (const QString &field : SchemaForm::storedSecretFields(*schema)) {
        const FieldSpec *spec = schema->field(field);
        const QJsonValue mode = spec->when.isSet() ? schema->value(d.config, spec->when.field) : QJsonValue();
        if (!spec->when.isSet() || spec->when.values.contains(mode.toString()))
            out << field;
    }
    return out;
}

void ConnectionCredentialsWizardPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_edits.clear();
    const ConnectionDraft &d = m_wizard->draft();
    const QStringList fields = applicableSecretFields();
    for (const QString &field : fields) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("secret_") + field);
        edit->setEchoMode(QLineEdit::Password);
        edit->setText(QString::fromUtf8(d.secrets.value(field)));
        if (d.storedSecretFields.contains(field))
            edit->setPlaceholderText(tr("stored — type a new value to replace it"));
        edit->setToolTip(d.schema()->field(field)->help);
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        m_form->addRow(field == QLatin1String("password") ? tr("Password:") : field == QLatin1String("key_passphrase") ? tr("Key passphrase:") : field + QLatin1Char(':'),
                       edit);
        m_edits.insert(field, edit);
    }
    m_note->setText(fields.isEmpty() ? tr("This connection needs no stored credentials (a key file or an environment variable from the "
                                          "settings is used, or none at all).")
                                     : tr("Leave a field empty if the connection does not use it (for example a password when a key file is set)."));
}

QJsonObject ConnectionCredentialsWizardPage::candidateConfig() const
{
    QJsonObject config = m_wizard->draft().config;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!it.value()->text().isEmpty() || m_wizard->draft().storedSecretFields.contains(it.key()))
            config.insert(it.key(), secretRef(m_wizard->draft().secretReference(it.key())));
    }
    return config;
}

bool ConnectionCredentialsWizardPage::isComplete() const
{
    // What only the whole object can say ("a key file, a password or a password variable is needed").
    QStringList problems;
    if (const ConfigSchema *schema = m_wizard->draft().schema()) {
        for (const ConfigProblem &p : schema->validate(candidateConfig()))
            problems << p.toString();
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

bool ConnectionCredentialsWizardPage::validatePage()
{
    ConnectionDraft &d = m_wizard->draft();
    d.secrets.clear();
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            d.secrets.insert(it.key(), it.value()->text().toUtf8());
    }
    return true;
}

// ---- page 4: test, then save ---------------------------------------------------------------------------------

ConnectionTestWizardPage::ConnectionTestWizardPage(ConnectionWizard *wizard)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::ConnectionTestPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Test"));
    setSubTitle(tr("OrderFlow connects the way the engine will, step by step. Finish saves the connection."));
    setFinalPage(true);
    connect(m_ui->runButton, &QPushButton::clicked, this, &ConnectionTestWizardPage::runTest);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, &m_service, &ConnectionTestService::cancel);
    connect(m_ui->saveUntestedCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(&m_service, &ConnectionTestService::stepFinished, this, [this](const QString &step, bool ok, qint64 ms, const QString &detail) {
        auto *item = new QTreeWidgetItem(m_ui->stepsTree, {step, ok ? tr("ok") : tr("failed"), ms >= 0 ? tr("%1 ms").arg(ms) : QString(), detail});
        item->setToolTip(3, detail);
    });
    connect(&m_service, &ConnectionTestService::finished, this, &ConnectionTestWizardPage::onFinished);
}

ConnectionTestWizardPage::~ConnectionTestWizardPage() = default;

void ConnectionTestWizardPage::initializePage()
{
    m_passed = false;
    m_pinnedFingerprint.clear();
    m_ui->stepsTree->clear();
    m_ui->verdictLabel->clear();
    m_ui->saveUntestedCheck->setChecked(false);
    runTest();
}

void ConnectionTestWizardPage::cleanupPage()
{
    m_service.cancel();
}

bool ConnectionTestWizardPage::isComplete() const
{
    return !isTesting() && (m_passed || m_ui->saveUntestedCheck->isChecked());
}

bool ConnectionTestWizardPage::validatePage()
{
    return isComplete();
}

void ConnectionTestWizardPage::writeSecretsThen(std::function<void(const QString &error)> next)
{
    const QMap<QString, QByteArray> secrets = m_wizard->draft().secrets;
    if (secrets.isEmpty()) {
        next({});
        return;
    }
    m_wizard->withCredentialStore([this, secrets, next](Result<CredentialStorePtr> store) {
        if (!store) {
            next(store.error().message);
            return;
        }
        auto pending = std::make_shared<int>(int(secrets.size()));
        auto failure = std::make_shared<QString>();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            const QString ref = m_wizard->draft().secretReference(it.key());
            (*store)->write(ref, it.value(), this, [this, ref, pending, failure, next](Status s) {
                if (s)
                    m_wizard->noteWrittenSecret(ref);
                else if (failure->isEmpty())
                    *failure = s.error().message;
                if (--*pending == 0)
                    next(*failure);
            });
        }
    });
}

void ConnectionTestWizardPage::runTest()
{
    if (isTesting())
        return;
    m_passed = false;
    m_preparing = true;
    m_ui->stepsTree->clear();
    m_ui->verdictLabel->setText(tr("Testing…"));
    m_ui->runButton->setEnabled(false);
    emit completeChanged();
    writeSecretsThen([this](const QString &error) {
        m_preparing = false;
        if (!error.isEmpty()) {
            m_ui->runButton->setEnabled(true);
            m_ui->verdictLabel->setText(tr("The credentials could not be stored: %1").arg(error));
            emit completeChanged();
            return;
        }
        startService();
    });
}

void ConnectionTestWizardPage::startService()
{
    ConnectionRecord record = m_wizard->draft().record();
    if (!m_pinnedFingerprint.isEmpty())
        record.config.insert(QStringLiteral("fingerprint"), m_pinnedFingerprint);
    const Status started = m_service.start(ConnectionTestTarget::forConnection(record));
    if (!started) {
        m_ui->runButton->setEnabled(true);
        m_ui->verdictLabel->setText(started.error().message);
        emit completeChanged();
        return;
    }
    m_ui->cancelTestButton->setEnabled(true);
}

void ConnectionTestWizardPage::onFinished(const ConnectionTestReport &report)
{
    m_ui->runButton->setEnabled(true);
    m_ui->cancelTestButton->setEnabled(false);
    m_passed = report.ok;
    if (report.ok)
        m_ui->verdictLabel->setText(tr("Every step passed in %1 ms.").arg(report.totalMs));
    else if (report.cancelled)
        m_ui->verdictLabel->setText(tr("Test cancelled."));
    else
        m_ui->verdictLabel->setText(tr("The test failed: %1").arg(report.firstError.message));
    emit completeChanged();
    if (!report.ok && !report.cancelled && report.firstError.code == FileError::HostKey && report.hostKey.isValid())
        askAboutHostKey(report);
}

void ConnectionTestWizardPage::askAboutHostKey(const ConnectionTestReport &report)
{
    const QJsonObject config = m_wizard->draft().config;
    const ConfigSchema *schema = m_wizard->draft().schema();
    HostKeyQuestion q;
    q.host = schema->stringValue(config, QStringLiteral("host"));
    q.port = int(schema->intValue(config, QStringLiteral("port")));
    q.key = report.hostKey;
    q.knownHostsPath = config.value(QStringLiteral("known_hosts")).toString(defaultKnownHostsPath());
    KnownHosts known(q.knownHostsPath);
    if (known.load())
        q.trustedKeys = known.keysFor(q.host, q.port);
    auto *dialog = new HostKeyDialog(q, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        const HostKeyQuestion &question = dialog->question();
        switch (dialog->decision()) {
        case HostKeyDialog::Decision::Trust:
            if (Status s = trustHostKey(question.host, question.port, question.key, question.knownHostsPath); !s) {
                m_ui->verdictLabel->setText(tr("The key could not be stored: %1").arg(s.error().message));
                return;
            }
            runTest();
            break;
        case HostKeyDialog::Decision::ConnectOnce:
            m_pinnedFingerprint = question.key.fingerprint();
            runTest();
            break;
        case HostKeyDialog::Decision::Cancel:
            break;
        }
    });
    dialog->open();   // window-modal, no nested event loop
}

} // namespace orderflow::console
