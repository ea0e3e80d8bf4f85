// Secrets in the OS keychain (the freedesktop secret service: GNOME Keyring, KWallet; the macOS keychain; the
// Windows credential store) through QtKeychain: service "orderflow", key = the reference. QtKeychain's plaintext
// "insecure fallback" is switched off on every job.
//
// QtKeychain cannot list entries, so the store keeps an index of the references it wrote in one more keychain
// entry (key "index": a JSON list of names, never values). It lives with the secrets it names — same access
// control, same lifetime, nothing new on disk — and a lock file in the data directory keeps two OrderFlow
// processes from losing each other's names when both update it at once.
#pragma once

#include "secrets/CredentialStore.h"

namespace orderflow {

// How long one keychain job may take before it is reported as not answering: $ORDERFLOW_KEYCHAIN_TIMEOUT_MS,
// default 5000 ms.
int keychainTimeoutMs();

class KeychainStore final : public CredentialStore {
public:
    explicit KeychainStore(int timeoutMs = keychainTimeoutMs());

    Backend backend() const override { return Backend::Keychain; }
    QString describe() const override;

    // Asks the secret service a harmless question (reads the index); Ok when it answered at all, even "not found".
    // The error is only the reason ("it did not answer within 3000 ms"). Secrets thread only.
    void probeHere(int timeoutMs, StatusDone done);

    void readHere(const QString &reference, ValueDone done) override;
    void writeHere(const QString &reference, const QByteArray &value, StatusDone done) override;
    void removeHere(const QString &reference, StatusDone done) override;
    void listHere(NamesDone done) override;

private:
    int m_timeoutMs;
};

} // namespace orderflow
