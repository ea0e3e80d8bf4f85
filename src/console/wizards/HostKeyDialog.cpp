#include "wizards/HostKeyDialog.h"

#include "ui_HostKeyDialog.h"

#include <QPushButton>

namespace orderflow::console {

QString sshKeyTypeName(const QString &type)
{
    if (type.startsWith(QLatin1String("ssh-ed25519")))
        return QStringLiteral("ED25519");
    if (type.startsWith(QLatin1String("ecdsa-sha2-")))
        return QStringLiteral("ECDSA");
    if (type == QLatin1String("ssh-rsa") || type.startsWith(QLatin1String("rsa-sha2-")))
        return QStringLiteral("RSA");
    if (type == QLatin1String("ssh-dss"))
        return QStringLiteral("DSA");
    return type.toUpper();
}

HostKeyDialog::HostKeyDialog(const HostKeyQuestion &question, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HostKeyDialog>()), m_question(question)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("hostKeyDialog"));
    const QString hostToken = KnownHosts::hostToken(question.host, question.port);
    m_ui->hostValue->setText(question.host);
    m_ui->portValue->setText(QString::number(question.port));
    m_ui->typeValue->setText(sshKeyTypeName(question.key.type));
    m_ui->fingerprintValue->setText(question.key.fingerprint());
    m_ui->fingerprintValue->setFont(QFont(QStringLiteral("monospace")));
    m_ui->fileValue->setText(question.knownHostsPath);
    if (question.changed()) {
        setWindowTitle(tr("SFTP server key CHANGED"));
        m_ui->warningLabel->setText(tr("<b>WARNING: THE HOST KEY OF %1 HAS CHANGED!</b><br>Someone could be eavesdropping on you right now "
                                       "(a man-in-the-middle attack), or the server's key was replaced. OrderFlow will not connect until "
                                       "you re-trust it.").arg(hostToken.toHtmlEscaped()));
        m_ui->warningLabel->setStyleSheet(QStringLiteral("color: #b00020; border: 2px solid #b00020; padding: 6px;"));
        QStringList old;
        for (const HostPublicKey &k : question.trustedKeys)
            old << QStringLiteral("%1 %2").arg(sshKeyTypeName(k.type), k.fingerprint());
        m_ui->oldValue->setText(old.join(QLatin1Char('\n')));
        m_ui->oldValue->setFont(QFont(QStringLiteral("monospace")));
        m_ui->fingerprintTitle->setText(tr("New fingerprint:"));
        m_ui->adviceLabel->setText(tr("Ask the server's administrator for the new key's fingerprint (`ssh-keygen -lf` on the server) and "
                                      "compare it character by character before you re-trust it."));
        m_ui->trustButton->setText(tr("Replace trusted key"));
        m_ui->trustButton->setEnabled(false);
        m_ui->onceButton->hide();
        connect(m_ui->confirmCheck, &QCheckBox::toggled, m_ui->trustButton, &QPushButton::setEnabled);
    } else {
        setWindowTitle(tr("Unknown SFTP server key"));
        m_ui->warningLabel->setText(tr("The authenticity of host '%1' can't be established. %2 key fingerprint is %3.")
                                        .arg(hostToken, sshKeyTypeName(question.key.type), question.key.fingerprint()));
        m_ui->oldTitle->hide();
        m_ui->oldValue->hide();
        m_ui->confirmCheck->hide();
        m_ui->adviceLabel->setText(tr("Compare the fingerprint with the one the server's administrator gives you. Trust stores it in "
                                      "known_hosts; Connect once uses it for this test only."));
    }
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { decide(Decision::Cancel); });
    connect(m_ui->onceButton, &QPushButton::clicked, this, [this] { decide(Decision::ConnectOnce); });
    connect(m_ui->trustButton, &QPushButton::clicked, this, [this] { decide(Decision::Trust); });
}

HostKeyDialog::~HostKeyDialog() = default;

void HostKeyDialog::decide(Decision d)
{
    m_decision = d;
    if (d == Decision::Cancel)
        reject();
    else
        accept();
}

} // namespace orderflow::console
