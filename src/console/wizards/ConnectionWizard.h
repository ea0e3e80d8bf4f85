// New (or edited) ERP connection, step by step (issue 10): type → settings generated from the type's schema with
// inline validation → credentials, kept in the credential store → Test, every step with its latency, in the
// background and cancellable, with the host-key dialog when the server's key is unknown or changed → save.
// The pages are controllers over one result model, ConnectionDraft; nothing touches the database or a server on
// the GUI thread (the test runs on ConnectionTestService's thread, the save on its own).
#pragma once

#include "config/ConfigSchema.h"
#include "pipeline/ConnectionTestService.h"
#include "secrets/CredentialStore.h"

#include <QJsonObject>
#include <QMap>
#include <QWizard>
#include <QWizardPage>

#include <memory>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Ui {
class ConnectionTypePage;
class ConnectionTestPage;
}

namespace orderflow::console {

class SchemaForm;

// What the wizard builds: the connection as `config apply` takes it, and the secrets typed for it (in memory only
// until they are written to the credential store; never into the database, a file or a log).
struct ConnectionDraft {
    QString org;
    QString name;
    QString type;
    QJsonObject config;                      // settings; store-kept secrets only as {"secret": REF}
    QMap<QString, QByteArray> secrets;       // field → value typed on the credentials page
    QStringList storedSecretFields;          // fields whose secret is already stored (editing): shown as "stored"
    bool existingOrg = true;

    const ConfigSchema *schema() const;
    // "connection/ORG.NAME/FIELD": where a field's secret lives in the credential store.
    QString secretReference(const QString &field) const;
    // The config with every secret field that has (or will have) a value replaced by its reference.
    QJsonObject configWithReferences() const;
    // The document applyConfigDocument stores: the organisation when new, and this connection.
    QJsonObject document() const;
    ConnectionRecord record() const;
};

class ConnectionWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { TypePageId, SettingsPageId, CredentialsPageId, TestPageId };

    // `orgs`: the organisations to offer; `databasePath`: where the connection is saved.
    ConnectionWizard(const QStringList &orgs, QString databasePath, QWidget *parent = nullptr);
    // Editing: re-opens the wizard on a stored connection; its secrets show as "stored", never their values.
    ConnectionWizard(const ConnectionRecord &existing, QString databasePath, QWidget *parent = nullptr);
    ~ConnectionWizard() override;

    ConnectionDraft &draft() { return m_draft; }
    const QString &databasePath() const { return m_databasePath; }
    // The credential store, opened on first use; `done` gets it or the error that says how to set one up.
    void withCredentialStore(std::function<void(Result<CredentialStorePtr>)> done);
    // The references written while the wizard ran, removed again when it is cancelled (a new connection only).
    void noteWrittenSecret(const QString &reference) { m_written << reference; }
    bool isEditing() const { return m_editing; }
    // What the last save said (empty while none finished), for the caller and tests.
    const QString &saveError() const { return m_saveError; }

    void done(int result) override;

signals:
    void saved(const QString &org, const QString &name);

private:
    friend class ConnectionTestWizardPage;
    void init(const QStringList &orgs);
    void save();

    ConnectionDraft m_draft;
    QString m_databasePath;
    bool m_editing = false;
    bool m_saving = false;
    QString m_saveError;
    CredentialStorePtr m_store;
    QStringList m_written;
};

class ConnectionTypeWizardPage : public QWizardPage {
    Q_OBJECT
public:
    ConnectionTypeWizardPage(ConnectionWizard *wizard, const QStringList &orgs);
    ~ConnectionTypeWizardPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString problem() const;
    ConnectionWizard *m_wizard;
    std::unique_ptr<Ui::ConnectionTypePage> m_ui;
    QStringList m_orgs;
};

class ConnectionSettingsWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConnectionSettingsWizardPage(ConnectionWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    SchemaForm *form() const { return m_form; }

private:
    ConnectionWizard *m_wizard;
    SchemaForm *m_form;
    QString m_builtFor;
};

class ConnectionCredentialsWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConnectionCredentialsWizardPage(ConnectionWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QStringList applicableSecretFields() const;
    QJsonObject candidateConfig() const;
    ConnectionWizard *m_wizard;
    QFormLayout *m_form;
    QLabel *m_note;
    QLabel *m_problems;
    QMap<QString, QLineEdit *> m_edits;
};

class ConnectionTestWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConnectionTestWizardPage(ConnectionWizard *wizard);
    ~ConnectionTestWizardPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool passed() const { return m_passed; }
    bool isTesting() const { return m_service.isRunning() || m_preparing; }
    void runTest();

private:
    void writeSecretsThen(std::function<void(const QString &error)> next);
    void startService();
    void onFinished(const ConnectionTestReport &report);
    void askAboutHostKey(const ConnectionTestReport &report);

    ConnectionWizard *m_wizard;
    std::unique_ptr<Ui::ConnectionTestPage> m_ui;
    ConnectionTestService m_service;
    bool m_passed = false;
    bool m_preparing = false;
    QString m_pinnedFingerprint;   // "Connect once": this key for this test only
};

} // namespace orderflow::console
