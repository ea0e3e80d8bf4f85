// What an admin sees when an SFTP server presents a key OrderFlow does not know, like OpenSSH's and WinSCP's
// prompts: host, port, key type and the SHA256 fingerprint exactly as `ssh-keygen -lf` prints it, with Trust
// (stored in known_hosts), Connect once (this test only) and Cancel. A CHANGED key shows the old and the new
// fingerprints under a loud warning; only an explicit confirmation enables re-trusting it, and there is no
// "connect once" for it. The dialog decides; the caller stores (trustHostKey) and goes on.
#pragma once

#include "transport/KnownHosts.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HostKeyDialog;
}

namespace orderflow::console {

struct HostKeyQuestion {
    QString host;
    int port = 22;
    HostPublicKey key;                 // what the server presented
    QList<HostPublicKey> trustedKeys;  // what known_hosts lists for host:port (empty: unknown host)
    QString knownHostsPath;
    bool changed() const { return !trustedKeys.isEmpty(); }
};

class HostKeyDialog : public QDialog {
    Q_OBJECT
public:
    enum class Decision { Cancel, ConnectOnce, Trust };

    explicit HostKeyDialog(const HostKeyQuestion &question, QWidget *parent = nullptr);
    ~HostKeyDialog() override;
    Decision decision() const { return m_decision; }
    const HostKeyQuestion &question() const { return m_question; }

private:
    void decide(Decision d);

    std::unique_ptr<Ui::HostKeyDialog> m_ui;
    HostKeyQuestion m_question;
    Decision m_decision = Decision::Cancel;
};

// "ED25519", "RSA", … as OpenSSH names key types in its prompts.
QString sshKeyTypeName(const QString &type);

} // namespace orderflow::console
