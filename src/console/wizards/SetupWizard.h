// New (or edited) ERP connection or partner source, step by step (issue 10): type → settings generated from the
// type's schema with inline validation (for a source also format, mapping and handling) → credentials, kept in the
// credential store → Test, every step with its latency, in the background and cancellable, with the host-key
// dialog when the server's key is unknown or changed → for a source, a preview of what a sample file gives → save.
// The pages are controllers over one result model, SetupDraft; nothing touches the database, a file or a server
// on the GUI thread (the test runs on ConnectionTestService's thread, the preview and the save on their own).
#pragma once

#include "config/ConfigSchema.h"
#include "pipeline/ConnectionTestService.h"
#include "pipeline/SourcePreview.h"
#include "pipeline/SourceSamples.h"
#include "wizards/HostKeyDialog.h"
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
class QPushButton;
class QTreeWidget;

namespace Ui {
class SetupTypePage;
class SetupTestPage;
}

namespace orderflow::console {

class SchemaForm;

// What the wizard builds: the connection as `config apply` takes it, and the secrets typed for it (in memory only
// until they are written to the credential store; never into the database, a file or a log).
struct SetupDraft {
    enum class Kind { Connection, Source };
    Kind kind = Kind::Connection;
    QString org;
    QString name;
    QString type;
    QJsonObject config;                      // settings; store-kept secrets only as {"secret": REF}
    QJsonObject common;                      // a source's format, enabled, auto_approve, connection
    QMap<QString, QByteArray> secrets;       // field → value typed on the credentials page
    QMap<QString, QString> storedSecretRefs; // field → the reference its stored secret has (editing): shown as "stored";
                                             // a new value replaces the secret under that same reference (rotation)
    bool existingOrg = true;

    const ConfigSchema *schema() const;
    // The store-kept secret fields that apply to the settings (SFTP ones only with mode sftp, …). A stored secret of a
    // field that no longer applies is left out of the saved config, and deleted from the store unless still used.
    QStringList applicableSecretFields() const;
    QString kindName() const { return kind == Kind::Source ? QStringLiteral("source") : QStringLiteral("connection"); }
    // Where a field's secret lives in the credential store: the reference it already has, else
    // "connection/ORG.NAME/FIELD" or "source/ORG.NAME/FIELD".
    QString secretReference(const QString &field) const;
    // The config with every secret field that has (or will have) a value replaced by its reference.
    // Where a newly typed secret is kept while it is tested: for a field that already has a stored secret, beside it
    // ("REF.pending", so cancelling keeps the old one); otherwise its own reference.
    QString testReference(const QString &field) const;
    // The config with every secret field that has (or will have) a value replaced by its reference; forTest: the
    // references the test reads (testReference).
    QJsonObject configWithReferences(bool forTest = false) const;
    // The connection or source as a configuration document's entry has it.
    QJsonObject entry() const;
    // The document applyConfigDocument stores: the organisation when new, and this connection or source.
    QJsonObject document() const;
    ConnectionRecord connectionRecord(bool forTest = false) const;
    SourceRecord sourceRecord(bool forTest = false) const;
};

class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { TypePageId, SettingsPageId, CredentialsPageId, TestPageId, PreviewPageId };
    using Kind = SetupDraft::Kind;

    // `orgs`: the organisations to offer; `databasePath`: where the connection or source is saved.
    SetupWizard(Kind kind, const QStringList &orgs, QString databasePath, QWidget *parent = nullptr);
    // Editing: re-opens the wizard on a stored connection or source; its secrets show as "stored", never their values.
    SetupWizard(const ConnectionRecord &existing, QString databasePath, QWidget *parent = nullptr);
    SetupWizard(const SourceRecord &existing, QString databasePath, QWidget *parent = nullptr);
    ~SetupWizard() override;

    SetupDraft &draft() { return m_draft; }
    const QString &databasePath() const { return m_databasePath; }
    // The credential store, opened on first use; `done` gets it or the error that says how to set one up.
    void withCredentialStore(std::function<void(Result<CredentialStorePtr>)> done);
    // The references written while the wizard ran, removed again when it is cancelled (a new connection only).
    void noteWrittenSecret(const QString &reference) { m_written << reference; }
    bool isEditing() const { return m_editing; }
    // What the last save said (empty while none finished), for the caller and tests.
    const QString &saveError() const { return m_saveError; }
    // After saving an edit: what became of the secrets it no longer refers to (deleted, kept because another
    // source or connection uses them, or left in an unreachable store); empty when there were none.
    const QString &saveNote() const { return m_saveNote; }

    void done(int result) override;

    // The unknown or changed SFTP host key `key` of the draft's server: the host-key dialog (opened window-modal on
    // `parent`, no nested event loop); `decided` gets the answer, after Trust once known_hosts has it (or the error
    // that kept it from being stored), after Connect once with the fingerprint to pin.
    void askAboutHostKey(const HostPublicKey &key, QWidget *parent,
                         std::function<void(HostKeyDialog::Decision, const QString &fingerprint, const QString &error)> decided);

signals:
    void saved(const QString &org, const QString &name);

private:
    friend class SetupTestWizardPage;
    SetupWizard(SetupDraft stored, QString databasePath, QWidget *parent);
    void init(const QStringList &orgs);
    void markStoredSecrets();
    void save();
    void storeDocument();
    void storeEdit();
    void finishSave();
    void saveFailed(const QString &error);

    SetupDraft m_draft;
    QString m_databasePath;
    bool m_editing = false;
    bool m_saving = false;
    QString m_saveError;
    QString m_saveNote;
    CredentialStorePtr m_store;
    QStringList m_written;
};

class SetupTypeWizardPage : public QWizardPage {
    Q_OBJECT
public:
    SetupTypeWizardPage(SetupWizard *wizard, const QStringList &orgs);
    ~SetupTypeWizardPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString problem() const;
    SetupWizard *m_wizard;
    std::unique_ptr<Ui::SetupTypePage> m_ui;
    QStringList m_orgs;
};

class SetupSettingsWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetupSettingsWizardPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    SchemaForm *form() const { return m_form; }

private:
    SetupWizard *m_wizard;
    SchemaForm *m_common;   // a source's format and handling
    SchemaForm *m_form;
    QString m_builtFor;
};

class SetupCredentialsWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetupCredentialsWizardPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QJsonObject candidateConfig() const;
    SetupWizard *m_wizard;
    QFormLayout *m_form;
    QLabel *m_note;
    QLabel *m_problems;
    QMap<QString, QLineEdit *> m_edits;
};

class SetupTestWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetupTestWizardPage(SetupWizard *wizard);
    ~SetupTestWizardPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool passed() const { return m_passed; }
    bool isTesting() const { return m_service.isRunning() || m_preparing; }
    void runTest();
    int nextId() const override;

private:
    void writeSecretsThen(std::function<void(const QString &error)> next);
    void startService();
    void onFinished(const ConnectionTestReport &report);
    void askAboutHostKey(const ConnectionTestReport &report);

    SetupWizard *m_wizard;
    std::unique_ptr<Ui::SetupTestPage> m_ui;
    ConnectionTestService m_service;
    bool m_passed = false;
    bool m_preparing = false;
    QString m_pinnedFingerprint;   // "Connect once": this key for this test only
};

// A source's last page: pick a sample file (one from the partner or any local one) and see, before saving, the
// canonical orders it gives — header and lines — and its errors with their place in the file. The partner's files
// are listed and downloaded the way the source reaches them (over SFTP with the host-key dialog when its key is
// unknown or changed), in the background and cancellable.
class SourcePreviewWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SourcePreviewWizardPage(SetupWizard *wizard);
    ~SourcePreviewWizardPage() override;
    void initializePage() override;
    void cleanupPage() override;
    // Reads and parses the file in the background; the page shows the result when it is there.
    void previewFile(const QString &path);
    // Lists the source's inbound folder (the partner's files), in the background.
    void listRemoteFiles();
    // Downloads one file of the listing into memory (size-limited) and previews it, in the background.
    void previewRemoteFile(const QString &name);
    bool isBusy() const;

private:
    void show(const SourcePreview &preview, const QString &error);
    void showListing(const SourceSampleListing &listing);
    void updateButtons();
    SourceRecord remoteSource() const;
    SetupWizard *m_wizard;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QTreeWidget *m_files;
    QPushButton *m_listButton;
    QPushButton *m_previewRemoteButton;
    QPushButton *m_cancelButton;
    SourceSampleService m_samples;
    QString m_pinnedFingerprint;   // "Connect once": this key for this page's listing and downloads only
    bool m_busy = false;
};

} // namespace orderflow::console
