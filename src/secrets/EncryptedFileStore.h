// Secrets in one encrypted file, for machines without a keychain (headless servers, CI). AES-256-GCM (OpenSSL)
// with the key from ENCRYPTION_MASTER_KEY; each value sealed with its own random 12-byte IV and a 16-byte tag,
// with its reference as associated data so a value copied under another name does not open. A key-check entry
// tells a wrong master key from a damaged file. The file is replaced atomically (temporary file, fsync, rename)
// and is only ever readable by its owner (0600).
//
// File format (JSON, names in clear, values sealed):
//   {"format": "orderflow-secrets/1", "cipher": "AES-256-GCM", "key_check": B64, "secrets": {"kind/id/field": B64}}
// where B64 is base64(IV || ciphertext || tag).
#pragma once

#include "secrets/CredentialStore.h"

namespace orderflow {

// Where the file lives: $ORDERFLOW_SECRETS_FILE, else <credentialDataDirectory()>/secrets.enc
// (~/.local/share/orderflow/secrets.enc). Per user like the keychain, not beside the database: a database copied
// for a backup or a bug report does not carry the secrets along.
QString defaultSecretsFilePath();

// 64 hexadecimal characters → the 32-byte key. The error says what is wrong with it, never what it is.
Result<QByteArray> parseMasterKey(const QByteArray &hex);

class EncryptedFileStore final : public CredentialStore {
public:
    ~EncryptedFileStore() override;

    static Result<std::shared_ptr<EncryptedFileStore>> create(const QString &path, const QByteArray &masterKeyHex);
    // ENCRYPTION_MASTER_KEY and defaultSecretsFilePath(); fails with SecretError::MasterKey when the key is unset or malformed.
    static Result<std::shared_ptr<EncryptedFileStore>> fromEnvironment();

    Backend backend() const override { return Backend::File; }
    QString describe() const override;
    QString path() const { return m_path; }

    void readHere(const QString &reference, ValueDone done) override;
    void writeHere(const QString &reference, const QByteArray &value, StatusDone done) override;
    void removeHere(const QString &reference, StatusDone done) override;
    void listHere(NamesDone done) override;

private:
    EncryptedFileStore(QString path, QByteArray key);
    struct Contents;
    Result<Contents> load() const;
    Status save(const Contents &contents) const;
    Status change(const std::function<Status(Contents &)> &edit);

    QString m_path;
    QByteArray m_key;   // 32 bytes, wiped on destruction
};

} // namespace orderflow
