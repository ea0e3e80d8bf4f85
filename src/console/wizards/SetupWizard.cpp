#include "wizards/SetupWizard.h"

#include "domain/EngineMessage.h"
#include "wizards/ConfigSaver.h"
#include "wizards/HostKeyDialog.h"
#include "wizards/SchemaForm.h"

#include "connectors/ErpConnector.h"
#include "secrets/SecretRemoval.h"
#include "sources/SourceRegistry.h"
#include "transport/FileStore.h"
#include "transport/SftpConfig.h"
#include "transport/SftpHostKeyTrust.h"

#include "ui_SetupTestPage.h"
#include "ui_SetupTypePage.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QTreeWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QPointer>
#include <QThread>
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

const ConfigSchema *SetupDraft::schema() const
{
    return kind == Kind::Source ? SourceRegistry::instance().schema(type) : ConnectorRegistry::instance().schema(type);
}

QStringList SetupDraft::applicableSecretFields() const
{
    const ConfigSchema *schema = this->schema();
    QStringList out;
    if (!schema)
        return out;
    for (const QString &field : SchemaForm::storedSecretFields(*schema)) {
        const FieldSpec *spec = schema->field(field);
        const QJsonValue mode = spec->when.isSet() ? schema->value(config, spec->when.field) : QJsonValue();
        if (!spec->when.isSet() || spec->when.values.contains(mode.toString()))
            out << field;
    }
    return out;
}

QString SetupDraft::secretReference(const QString &field) const
{
    const QString stored = storedSecretRefs.value(field);
    return stored.isEmpty() ? QStringLiteral("%1/%2.%3/%4").arg(kindName(), org, name, field) : stored;
}

QString SetupDraft::testReference(const QString &field) const
{
    return storedSecretRefs.contains(field) ? secretReference(field) + QStringLiteral(".pending") : secretReference(field);
}

QJsonObject SetupDraft::configWithReferences(bool forTest) const
{
    QJsonObject out = config;
    const QStringList applicable = applicableSecretFields();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (applicable.contains(it.key()))
            out.insert(it.key(), secretRef(forTest ? testReference(it.key()) : secretReference(it.key())));
    }
    for (auto it = storedSecretRefs.cbegin(); it != storedSecretRefs.cend(); ++it) {
        if (!out.contains(it.key()) && applicable.contains(it.key()))
            out.insert(it.key(), secretRef(it.value()));
    }
    return out;
}

QJsonObject SetupDraft::entry() const
{
    QJsonObject entry{{QStringLiteral("org"), org}, {QStringLiteral("name"), name}, {QStringLiteral("type"), type},
                      {QStringLiteral("config"), configWithReferences()}};
    if (kind == Kind::Source) {
        for (auto it = common.begin(); it != common.end(); ++it)
            entry.insert(it.key(), it.value());
    }
    return entry;
}

QJsonObject SetupDraft::document() const
{
    QJsonObject doc{{kind == Kind::Source ? QStringLiteral("sources") : QStringLiteral("connections"), QJsonArray{entry()}}};
    if (!existingOrg)
        doc.insert(QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), org}, {QStringLiteral("name"), org}}});
    return doc;
}

ConnectionRecord SetupDraft::connectionRecord(bool forTest) const
{
    ConnectionRecord r;
    r.orgSlug = org;
    r.name = name;
    r.type = type;
    r.config = configWithReferences(forTest);
    r.status = QStringLiteral("ACTIVE");
    return r;
}

SourceRecord SetupDraft::sourceRecord(bool forTest) const
{
    const ConfigSchema common = SourceRegistry::commonFields();
    SourceRecord r;
    r.orgSlug = org;
    r.name = name;
    r.type = type;
    r.format = common.stringValue(this->common, QStringLiteral("format"));
    r.autoApprove = common.boolValue(this->common, QStringLiteral("auto_approve"));
    r.enabled = common.boolValue(this->common, QStringLiteral("enabled"));
    r.config = configWithReferences(forTest);
    return r;
}

// ---- the wizard ---------------------------------------------------------------------------------------------

SetupWizard::SetupWizard(Kind kind, const QStringList &orgs, QString databasePath, QWidget *parent)
    : QWizard(parent), m_databasePath(std::move(databasePath))
{
    m_draft.kind = kind;
    init(orgs);
}

SetupWizard::SetupWizard(const ConnectionRecord &existing, QString databasePath, QWidget *parent)
    : SetupWizard(SetupDraft{Kind::Connection, existing.orgSlug, existing.name, existing.type, existing.config, {}, {}, {}, true}, std::move(databasePath),
                  parent)
{
}

SetupWizard::SetupWizard(const SourceRecord &existing, QString databasePath, QWidget *parent)
    : SetupWizard(SetupDraft{Kind::Source, existing.orgSlug, existing.name, existing.type, existing.config,
                             QJsonObject{{QStringLiteral("format"), existing.format}, {QStringLiteral("enabled"), existing.enabled},
                                         {QStringLiteral("auto_approve"), existing.autoApprove}},
                             {}, {}, true},
                  std::move(databasePath), parent)
{
}

// Editing: the stored entity's draft; its secrets become "stored" (never read back).
SetupWizard::SetupWizard(SetupDraft stored, QString databasePath, QWidget *parent)
    : QWizard(parent), m_draft(std::move(stored)), m_databasePath(std::move(databasePath)), m_editing(true)
{
    markStoredSecrets();
    init({m_draft.org});
}

void SetupWizard::markStoredSecrets()
{
    if (const ConfigSchema *schema = m_draft.schema()) {
        for (const QString &field : SchemaForm::storedSecretFields(*schema)) {
            const QString ref = m_draft.config.value(field).toObject().value(QStringLiteral("secret")).toString();
            if (!ref.isEmpty()) {
                m_draft.storedSecretRefs.insert(field, ref);
                m_draft.config.remove(field);
            }
        }
    }
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::init(const QStringList &orgs)
{
    const bool source = m_draft.kind == Kind::Source;
    setObjectName(source ? QStringLiteral("sourceWizard") : QStringLiteral("connectionWizard"));
    if (source)
        setWindowTitle(m_editing ? tr("Edit partner source") : tr("New partner source"));
    else
        setWindowTitle(m_editing ? tr("Edit ERP connection") : tr("New ERP connection"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(TypePageId, new SetupTypeWizardPage(this, orgs));
    setPage(SettingsPageId, new SetupSettingsWizardPage(this));
    setPage(CredentialsPageId, new SetupCredentialsWizardPage(this));
    setPage(TestPageId, new SetupTestWizardPage(this));
    if (source)
        setPage(PreviewPageId, new SourcePreviewWizardPage(this));
}

void SetupWizard::withCredentialStore(std::function<void(Result<CredentialStorePtr>)> done)
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

void SetupWizard::askAboutHostKey(const HostPublicKey &key, QWidget *parent,
                                  std::function<void(HostKeyDialog::Decision, const QString &, const QString &)> decided)
{
    const QJsonObject config = m_draft.config;
    const ConfigSchema *schema = m_draft.schema();
    HostKeyQuestion q;
    q.host = schema->stringValue(config, QStringLiteral("host"));
    q.port = int(schema->intValue(config, QStringLiteral("port")));
    q.key = key;
    q.knownHostsPath = config.value(QStringLiteral("known_hosts")).toString(defaultKnownHostsPath());
    KnownHosts known(q.knownHostsPath);
    if (known.load())
        q.trustedKeys = known.keysFor(q.host, q.port);
    auto *dialog = new HostKeyDialog(q, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, parent, [dialog, decided] {
        const HostKeyQuestion &question = dialog->question();
        QString error;
        if (dialog->decision() == HostKeyDialog::Decision::Trust) {
            if (Status s = trustHostKey(question.host, question.port, question.key, question.knownHostsPath); !s)
                error = s.error().message;
        }
        decided(dialog->decision(), question.key.fingerprint(), error);
    });
    dialog->open();   // window-modal, no nested event loop
}

void SetupWizard::save()
{
    if (m_saving)
        return;
    m_saving = true;
    m_saveError.clear();
    button(QWizard::FinishButton)->setEnabled(false);
    // A secret that replaces a stored one (editing, rotating) was tested beside it; now it takes the old one's place.
    QList<QPair<QString, QByteArray>> replacing;
    for (auto it = m_draft.secrets.cbegin(); it != m_draft.secrets.cend(); ++it) {
        if (m_draft.testReference(it.key()) != m_draft.secretReference(it.key()))
            replacing.append({m_draft.secretReference(it.key()), it.value()});
    }
    if (replacing.isEmpty()) {
        storeDocument();
        return;
    }
    withCredentialStore([this, replacing](Result<CredentialStorePtr> store) {
        if (!store)
            return saveFailed(store.error().message);
        auto pending = std::make_shared<int>(int(replacing.size()));
        auto failure = std::make_shared<QString>();
        for (const auto &[ref, value] : replacing) {
            (*store)->write(ref, value, this, [this, pending, failure](Status s) {
                if (!s && failure->isEmpty())
                    *failure = s.error().message;
                if (--*pending > 0)
                    return;
                if (!failure->isEmpty())
                    return saveFailed(*failure);
                storeDocument();
            });
        }
    });
}

void SetupWizard::storeDocument()
{
    if (m_editing)
        return storeEdit();
    saveConfigDocument(m_databasePath, m_draft.document(), this, [this](const Status &s) {
        if (!s)
            return saveFailed(s.error().message);
        finishSave();
    });
}

// An edit goes through ConfigEditor (audited with the operator's name); the secrets the entry no longer refers to
// are deleted from the store, the same rule as deleting it: unless another source or connection still uses them.
void SetupWizard::storeEdit()
{
    const ConfigEntity entity = m_draft.kind == Kind::Source ? ConfigEntity::Source : ConfigEntity::Connection;
    saveConfigEdit(m_databasePath, entity, m_draft.entry(), this, [this](const Result<EditedEntity> &edited) {
        if (!edited)
            return saveFailed(edited.error().message);
        const QStringList kept = edited->sharedReferences;
        removeSecrets(edited->secretReferences, this, [this, kept](const SecretsRemoved &removed) {
            QStringList notes;
            if (!removed.deleted.isEmpty())
                notes << tr("No longer used, deleted from the credential store: %1.").arg(removed.deleted.join(QStringLiteral(", ")));
            if (!kept.isEmpty())
                notes << tr("Kept %1: another source or connection still uses it.").arg(kept.join(QStringLiteral(", ")));
            for (const auto &[reference, why] : removed.left)
                notes << tr("%1 is no longer used but still in the credential store (%2); delete it once the store can be reached: "
                            "orderflow secrets delete %1").arg(reference, why);
            m_saveNote = notes.join(QLatin1Char(' '));
            finishSave();
        });
    });
}

void SetupWizard::finishSave()
{
    m_saving = false;
    button(QWizard::FinishButton)->setEnabled(true);
    // Secrets written for a new entry belong to it now; the copies tested beside stored ones go, and so does one
    // written for a field the saved settings no longer use (a password typed before the mode became "filesystem").
    const QStringList used = secretReferences(m_draft.configWithReferences());
    for (const QString &ref : std::as_const(m_written)) {
        if ((ref.endsWith(QLatin1String(".pending")) || !used.contains(ref)) && m_store)
            m_store->remove(ref, nullptr, [](Status) {});
    }
    m_written.clear();
    emit saved(m_draft.org, m_draft.name);
    QDialog::done(QDialog::Accepted);
}

void SetupWizard::saveFailed(const QString &error)
{
    m_saving = false;
    button(QWizard::FinishButton)->setEnabled(true);
    m_saveError = error;
    // The last page's status line says why.
    for (const char *label : {"verdictLabel", "previewSummary"}) {
        if (auto *l = currentPage()->findChild<QLabel *>(QLatin1String(label)))
            l->setText(tr("Not saved: %1").arg(m_saveError));
    }
}

void SetupWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        save();   // closes the wizard when the connection is stored
        return;
    }
    // Cancelled: secrets written for a connection that was never saved go again.
    // (Editing: only the copies tested beside stored secrets were written; the stored ones are untouched.)
    if (m_store) {
        for (const QString &ref : std::as_const(m_written))
            m_store->remove(ref, nullptr, [](Status) {});
    }
    m_written.clear();
    QWizard::done(result);
}

// ---- page 1: organisation, name, type -----------------------------------------------------------------------

SetupTypeWizardPage::SetupTypeWizardPage(SetupWizard *wizard, const QStringList &orgs)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::SetupTypePage>()), m_orgs(orgs)
{
    m_ui->setupUi(this);
    const bool source = wizard->draft().kind == SetupDraft::Kind::Source;
    if (source) {
        setTitle(tr("Partner source"));
        setSubTitle(tr("Which organisation's orders it brings in, what it is called, and where the partner's files come from."));
        m_ui->nameLabel->setText(tr("Source name:"));
        m_ui->nameEdit->setPlaceholderText(tr("e.g. acme-edi"));
    } else {
        setTitle(tr("Connection"));
        setSubTitle(tr("Which organisation's orders go through it, what it is called, and how OrderFlow talks to the ERP."));
    }
    m_ui->orgCombo->addItems(orgs);
    const auto types = source ? SourceRegistry::instance().types() : ConnectorRegistry::instance().types();
    for (const auto &[type, description] : types) {
        auto *item = new QListWidgetItem(type, m_ui->typeList);
        item->setData(Qt::UserRole, type);
        item->setToolTip(QCoreApplication::translate("config", description.toUtf8().constData()));   // marked in the registries
    }
    const SetupDraft &d = wizard->draft();
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

SetupTypeWizardPage::~SetupTypeWizardPage() = default;

QString SetupTypeWizardPage::problem() const
{
    const QString org = m_ui->orgCombo->currentText().trimmed();
    const QString name = m_ui->nameEdit->text().trimmed();
    if (!org.isEmpty() && !namePattern().match(org).hasMatch())
        return tr("The organisation's short name may hold letters, digits, '-' and '_' (up to 63), starting with a letter or digit.");
    if (!name.isEmpty() && !namePattern().match(name).hasMatch())
        return tr("The name may hold letters, digits, '-' and '_' (up to 63), starting with a letter or digit.");
    return {};
}

bool SetupTypeWizardPage::isComplete() const
{
    return !m_ui->orgCombo->currentText().trimmed().isEmpty() && !m_ui->nameEdit->text().trimmed().isEmpty() && m_ui->typeList->currentItem()
        && problem().isEmpty();
}

bool SetupTypeWizardPage::validatePage()
{
    SetupDraft &d = m_wizard->draft();
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

SetupSettingsWizardPage::SetupSettingsWizardPage(SetupWizard *wizard) : m_wizard(wizard), m_common(new SchemaForm), m_form(new SchemaForm)
{
    setTitle(tr("Settings"));
    auto *contents = new QWidget;
    auto *box = new QVBoxLayout(contents);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_common);
    box->addWidget(m_form);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(contents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    connect(m_form, &SchemaForm::edited, this, &QWizardPage::completeChanged);
    connect(m_common, &SchemaForm::edited, this, &QWizardPage::completeChanged);
    m_common->setVisible(wizard->draft().kind == SetupDraft::Kind::Source);
    if (wizard->draft().kind == SetupDraft::Kind::Source) {
        static const ConfigSchema common = SourceRegistry::commonFields();
        m_common->setSchema(&common, wizard->draft().common);
    }
}

void SetupSettingsWizardPage::initializePage()
{
    const SetupDraft &d = m_wizard->draft();
    if (d.kind == SetupDraft::Kind::Source)
        setSubTitle(tr("What the partner sends (format, field mapping), how the source handles it, and where its %1 files are: "
                       "schedule, archive and error folders. Fields marked * are required; the others have the default shown.").arg(d.type));
    else
        setSubTitle(tr("How the %1 connection reaches the ERP. Fields marked * are required; the others have the default shown.").arg(d.type));
    if (m_builtFor != d.type) {
        m_form->setSchema(d.schema(), d.config);
        m_builtFor = d.type;
    }
}

bool SetupSettingsWizardPage::isComplete() const
{
    return m_form->isComplete() && (m_wizard->draft().kind != SetupDraft::Kind::Source || m_common->isComplete());
}

bool SetupSettingsWizardPage::validatePage()
{
    SetupDraft &d = m_wizard->draft();
    d.config = m_form->values();
    if (d.kind == SetupDraft::Kind::Source)
        d.common = m_common->values();
    return true;
}

// ---- page 3: credentials -------------------------------------------------------------------------------------

SetupCredentialsWizardPage::SetupCredentialsWizardPage(SetupWizard *wizard)
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

void SetupCredentialsWizardPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_edits.clear();
    const SetupDraft &d = m_wizard->draft();
    const QStringList fields = d.applicableSecretFields();
    for (const QString &field : fields) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("secret_") + field);
        edit->setEchoMode(QLineEdit::Password);
        edit->setText(QString::fromUtf8(d.secrets.value(field)));
        if (d.storedSecretRefs.contains(field))
            edit->setPlaceholderText(tr("stored — type a new value to replace it"));
        const FieldSpec &spec = *d.schema()->field(field);
        edit->setToolTip(SchemaForm::fieldHelp(spec));
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        m_form->addRow(field == QLatin1String("password")         ? tr("Password:")
                       : field == QLatin1String("key_passphrase") ? tr("Key passphrase:")
                                                                  : SchemaForm::fieldLabel(spec) + QLatin1Char(':'),
                       edit);
        m_edits.insert(field, edit);
    }
    m_note->setText(fields.isEmpty() ? tr("This connection needs no stored credentials (a key file or an environment variable from the "
                                          "settings is used, or none at all).")
                                     : tr("Leave a field empty if the connection does not use it (for example a password when a key file is set)."));
}

QJsonObject SetupCredentialsWizardPage::candidateConfig() const
{
    QJsonObject config = m_wizard->draft().config;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!it.value()->text().isEmpty() || m_wizard->draft().storedSecretRefs.contains(it.key()))
            config.insert(it.key(), secretRef(m_wizard->draft().secretReference(it.key())));
    }
    return config;
}

bool SetupCredentialsWizardPage::isComplete() const
{
    // What only the whole object can say ("a key file, a password or a password variable is needed").
    QStringList problems;
    if (const ConfigSchema *schema = m_wizard->draft().schema()) {
        for (const ConfigProblem &p : schema->validate(candidateConfig()))
            problems << SchemaForm::problemText(p);
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

bool SetupCredentialsWizardPage::validatePage()
{
    SetupDraft &d = m_wizard->draft();
    d.secrets.clear();
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            d.secrets.insert(it.key(), it.value()->text().toUtf8());
    }
    return true;
}

// ---- page 4: test, then save ---------------------------------------------------------------------------------

SetupTestWizardPage::SetupTestWizardPage(SetupWizard *wizard)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::SetupTestPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Test"));
    setSubTitle(tr("OrderFlow connects the way the engine will, step by step. Finish saves the connection."));

    setFinalPage(wizard->draft().kind == SetupDraft::Kind::Connection);
    if (wizard->draft().kind == SetupDraft::Kind::Source)
        setSubTitle(tr("OrderFlow connects the way the engine will, step by step."));
    connect(m_ui->runButton, &QPushButton::clicked, this, &SetupTestWizardPage::runTest);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, &m_service, &ConnectionTestService::cancel);
    connect(m_ui->saveUntestedCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(&m_service, &ConnectionTestService::stepFinished, this, [this](const QString &step, bool ok, qint64 ms, const QString &detail) {
        const QString shownDetail = translatedEngineText(detail);
        auto *item = new QTreeWidgetItem(m_ui->stepsTree, {translatedEngineText(step), ok ? tr("ok") : tr("failed"), ms >= 0 ? tr("%1 ms").arg(ms) : QString(), shownDetail});
        item->setToolTip(3, shownDetail);
    });
    connect(&m_service, &ConnectionTestService::finished, this, &SetupTestWizardPage::onFinished);
}

SetupTestWizardPage::~SetupTestWizardPage() = default;

void SetupTestWizardPage::initializePage()
{
    m_passed = false;
    m_pinnedFingerprint.clear();
    m_ui->stepsTree->clear();
    m_ui->verdictLabel->clear();
    m_ui->saveUntestedCheck->setChecked(false);
    runTest();
}

void SetupTestWizardPage::cleanupPage()
{
    m_service.cancel();
}

bool SetupTestWizardPage::isComplete() const
{
    return !isTesting() && (m_passed || m_ui->saveUntestedCheck->isChecked());
}

bool SetupTestWizardPage::validatePage()
{
    return isComplete();
}

int SetupTestWizardPage::nextId() const
{
    return m_wizard->draft().kind == SetupDraft::Kind::Source ? int(SetupWizard::PreviewPageId) : -1;
}

void SetupTestWizardPage::writeSecretsThen(std::function<void(const QString &error)> next)
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
            const QString ref = m_wizard->draft().testReference(it.key());
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

void SetupTestWizardPage::runTest()
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

void SetupTestWizardPage::startService()
{
    const SetupDraft &d = m_wizard->draft();
    ConnectionTestTarget target;
    if (d.kind == SetupDraft::Kind::Source) {
        SourceRecord record = d.sourceRecord(true);
        if (!m_pinnedFingerprint.isEmpty())
            record.config.insert(QStringLiteral("fingerprint"), m_pinnedFingerprint);
        target = ConnectionTestTarget::forSource(record);
    } else {
        ConnectionRecord record = d.connectionRecord(true);
        if (!m_pinnedFingerprint.isEmpty())
            record.config.insert(QStringLiteral("fingerprint"), m_pinnedFingerprint);
        target = ConnectionTestTarget::forConnection(record);
    }
    const Status started = m_service.start(target);
    if (!started) {
        m_ui->runButton->setEnabled(true);
        m_ui->verdictLabel->setText(translatedEngineText(started.error().message));
        emit completeChanged();
        return;
    }
    m_ui->cancelTestButton->setEnabled(true);
}

void SetupTestWizardPage::onFinished(const ConnectionTestReport &report)
{
    m_ui->runButton->setEnabled(true);
    m_ui->cancelTestButton->setEnabled(false);
    m_passed = report.ok;
    if (report.ok)
        m_ui->verdictLabel->setText(tr("Every step passed in %1 ms.").arg(report.totalMs));
    else if (report.cancelled)
        m_ui->verdictLabel->setText(tr("Test cancelled."));
    else
        m_ui->verdictLabel->setText(tr("The test failed: %1").arg(translatedEngineText(report.firstError.message)));
    emit completeChanged();
    if (!report.ok && !report.cancelled && report.firstError.code == FileError::HostKey && report.hostKey.isValid())
        askAboutHostKey(report);
}

void SetupTestWizardPage::askAboutHostKey(const ConnectionTestReport &report)
{
    m_wizard->askAboutHostKey(report.hostKey, this, [this](HostKeyDialog::Decision decision, const QString &fingerprint, const QString &error) {
        if (!error.isEmpty()) {
            m_ui->verdictLabel->setText(tr("The key could not be stored: %1").arg(error));
            return;
        }
        if (decision == HostKeyDialog::Decision::ConnectOnce)
            m_pinnedFingerprint = fingerprint;
        if (decision != HostKeyDialog::Decision::Cancel)
            runTest();
    });
}

// ---- page 5 (sources): preview ------------------------------------------------------------------------------

SourcePreviewWizardPage::SourcePreviewWizardPage(SetupWizard *wizard)
    : m_wizard(wizard), m_tree(new QTreeWidget), m_summary(new QLabel), m_files(new QTreeWidget), m_listButton(new QPushButton),
      m_previewRemoteButton(new QPushButton), m_cancelButton(new QPushButton)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Pick a sample file — one the partner sent, or any local one — to see the orders this source would make of it, "
                   "before the first real order arrives. Finish saves the source."));
    setFinalPage(true);
    auto *pick = new QPushButton(tr("Choose sample file…"));
    pick->setObjectName(QStringLiteral("chooseSampleButton"));
    m_listButton->setText(tr("List the partner's files"));
    m_listButton->setObjectName(QStringLiteral("listRemoteButton"));
    m_listButton->setToolTip(tr("Connect the way the source will and list its inbound folder, in the background"));
    m_previewRemoteButton->setText(tr("Preview selected file"));
    m_previewRemoteButton->setObjectName(QStringLiteral("previewRemoteButton"));
    m_previewRemoteButton->setToolTip(tr("Download the selected file into memory (at most %1 MB) and preview it; nothing is moved or stored")
                                          .arg(SourceSampleService::kDefaultMaxBytes / (1024 * 1024)));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelRemoteButton"));
    m_files->setObjectName(QStringLiteral("remoteFilesTree"));
    m_files->setColumnCount(3);
    m_files->setHeaderLabels({tr("File at the partner"), tr("Size"), tr("Modified")});
    m_files->setRootIsDecorated(false);
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->setMaximumHeight(140);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Order / line"), tr("SKU"), tr("Quantity"), tr("Unit price"), tr("Problems")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(pick);
    buttons->addWidget(m_listButton);
    buttons->addWidget(m_previewRemoteButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_files);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    connect(pick, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Sample file"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        const QString folder = m_wizard->draft().config.value(QStringLiteral("path")).toString();
        if (m_wizard->draft().type == QLatin1String("folder") && !folder.isEmpty())
            dialog->setDirectory(folder);   // the partner's folder: pick one of its files
        connect(dialog, &QFileDialog::fileSelected, this, &SourcePreviewWizardPage::previewFile);
        dialog->open();
    });
    connect(m_listButton, &QPushButton::clicked, this, &SourcePreviewWizardPage::listRemoteFiles);
    connect(m_previewRemoteButton, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_files->currentItem())
            previewRemoteFile(item->text(0));
    });
    connect(m_files, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { previewRemoteFile(item->text(0)); });
    connect(m_files, &QTreeWidget::currentItemChanged, this, &SourcePreviewWizardPage::updateButtons);
    connect(m_cancelButton, &QPushButton::clicked, &m_samples, &SourceSampleService::cancel);
    connect(&m_samples, &SourceSampleService::listed, this, &SourcePreviewWizardPage::showListing);
    connect(&m_samples, &SourceSampleService::fetched, this, [this](const SourceSample &sample) {
        updateButtons();
        if (!sample.ok())
            return show({}, sample.error.message);
        show(sample.preview, {});
    });
}

SourcePreviewWizardPage::~SourcePreviewWizardPage() = default;

void SourcePreviewWizardPage::initializePage()
{
    // SFTP: the partner's files are on the server; a folder source can list its folder the same way.
    const bool remote = m_wizard->draft().type == QLatin1String("sftp") || m_wizard->draft().type == QLatin1String("folder");
    m_listButton->setVisible(remote);
    m_previewRemoteButton->setVisible(remote);
    m_cancelButton->setVisible(remote);
    m_files->setVisible(false);
    m_files->clear();
    m_pinnedFingerprint.clear();
    updateButtons();
}

void SourcePreviewWizardPage::cleanupPage()
{
    m_samples.cancel();
}

bool SourcePreviewWizardPage::isBusy() const
{
    return m_busy || m_samples.isRunning();
}

// The source as the engine would poll it, with the secrets written for the test and a key pinned with "Connect once".
SourceRecord SourcePreviewWizardPage::remoteSource() const
{
    SourceRecord record = m_wizard->draft().sourceRecord(true);
    if (!m_pinnedFingerprint.isEmpty())
        record.config.insert(QStringLiteral("fingerprint"), m_pinnedFingerprint);
    return record;
}

void SourcePreviewWizardPage::updateButtons()
{
    const bool running = m_samples.isRunning();
    m_listButton->setEnabled(!running);
    m_previewRemoteButton->setEnabled(!running && m_files->currentItem());
    m_cancelButton->setEnabled(running);
}

void SourcePreviewWizardPage::listRemoteFiles()
{
    if (Status started = m_samples.list(remoteSource()); !started) {
        m_summary->setText(started.error().message);
        return;
    }
    m_files->clear();
    m_summary->setText(tr("Listing the partner's files…"));
    updateButtons();
}

void SourcePreviewWizardPage::previewRemoteFile(const QString &name)
{
    if (Status started = m_samples.fetch(remoteSource(), name); !started) {
        m_summary->setText(started.error().message);
        return;
    }
    m_tree->clear();
    m_summary->setText(tr("Downloading %1…").arg(name));
    updateButtons();
}

void SourcePreviewWizardPage::showListing(const SourceSampleListing &listing)
{
    updateButtons();
    if (!listing.ok()) {
        m_summary->setText(tr("Cannot list the partner's files: %1").arg(listing.error.message));
        if (listing.error.code == FileError::HostKey && listing.hostKey.isValid()) {
            m_wizard->askAboutHostKey(listing.hostKey, this, [this](HostKeyDialog::Decision decision, const QString &fingerprint, const QString &error) {
                if (!error.isEmpty())
                    return m_summary->setText(tr("The key could not be stored: %1").arg(error));
                if (decision == HostKeyDialog::Decision::ConnectOnce)
                    m_pinnedFingerprint = fingerprint;
                if (decision != HostKeyDialog::Decision::Cancel)
                    listRemoteFiles();
            });
        }
        return;
    }
    for (const FileEntry &f : listing.files) {
        auto *item = new QTreeWidgetItem(m_files, {f.name, QLocale().formattedDataSize(f.size), QLocale().toString(f.modified.toLocalTime(), QLocale::ShortFormat)});
        item->setData(1, Qt::UserRole, f.size);
    }
    m_files->setVisible(true);
    m_summary->setText(listing.files.isEmpty() ? tr("No files waiting in %1.").arg(listing.where)
                                               : tr("%n file(s) in %1: pick one to preview.", nullptr, int(listing.files.size())).arg(listing.where));
}

void SourcePreviewWizardPage::previewFile(const QString &path)
{
    m_busy = true;
    m_tree->clear();
    m_summary->setText(tr("Reading %1…").arg(path));
    const SourceRecord source = m_wizard->draft().sourceRecord();
    QPointer<SourcePreviewWizardPage> self(this);
    QThread *thread = QThread::create([self, source, path] {
        QFile f(path);
        SourcePreview preview;
        QString error;
        if (!f.open(QIODevice::ReadOnly))
            error = tr("Cannot read %1: %2").arg(path, f.errorString());
        else if (f.size() > 64 * 1024 * 1024)
            error = tr("%1 is larger than 64 MB; pick a smaller sample.").arg(path);
        else
            preview = previewDocument(source, QFileInfo(path).fileName(), f.readAll());
        if (self)
            QMetaObject::invokeMethod(self, [self, preview, error] { if (self) self->show(preview, error); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void SourcePreviewWizardPage::show(const SourcePreview &preview, const QString &error)
{
    m_busy = false;
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    int invalid = 0;
    for (const PreviewOrder &p : preview.orders) {
        invalid += p.problems.isEmpty() ? 0 : 1;
        const Order &o = p.order;
        QStringList problems;
        for (const ValidationProblem &v : p.problems)
            problems << QStringLiteral("%1: %2").arg(v.field, translatedEngineText(v.message));
        auto *header = new QTreeWidgetItem(m_tree, {tr("PO %1 — %2").arg(o.orderNumber, o.customer.name), QString(), QString(),
                                                    o.currency, problems.join(QLatin1String("; "))});
        for (const OrderLine &l : o.lines) {
            new QTreeWidgetItem(header, {tr("line %1").arg(l.lineNo), l.sku, l.quantity ? l.quantity->toString() : QStringLiteral("?"),
                                         l.unitPrice ? l.unitPrice->toString(2) : QStringLiteral("?"), QString()});
        }
        header->setExpanded(true);
    }
    for (const ParseError &e : preview.errors) {
        auto *item = new QTreeWidgetItem(m_tree, {tr("error"), QString(), QString(), QString(), translatedEngineText(e.toString())});
        item->setForeground(4, QColor(0xb0, 0x00, 0x20));
    }
    for (const QString &t : preview.transformErrors)
        new QTreeWidgetItem(m_tree, {tr("transformation"), QString(), QString(), QString(), t});
    m_summary->setText(tr("%1: %n order(s), %2 of them invalid; %3 error(s) in the file.", nullptr, int(preview.orders.size()))
                           .arg(preview.fileName)
                           .arg(invalid)
                           .arg(preview.errors.size()));
}

} // namespace orderflow::console
