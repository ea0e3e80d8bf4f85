#include "transport/SftpLibssh.h"

#include <QLoggingCategory>

#include <libssh/callbacks.h>

#include <mutex>

// libssh's own messages; silent unless enabled with QT_LOGGING_RULES="orderflow.sftp.libssh.info=true" (or .debug).
Q_LOGGING_CATEGORY(lcSftpLibssh, "orderflow.sftp.libssh", QtWarningMsg)

namespace orderflow::sftp {
namespace {

void libsshLog(int priority, const char *function, const char *message, void *)
{
    if (priority <= SSH_LOG_WARN)
        qCInfo(lcSftpLibssh, "%s: %s", function, message);
    else
        qCDebug(lcSftpLibssh, "%s: %s", function, message);
}

int libsshVerbosity()
{
    if (lcSftpLibssh().isDebugEnabled())
        return SSH_LOG_PROTOCOL;
    if (lcSftpLibssh().isInfoEnabled())
        return SSH_LOG_WARN;
    return SSH_LOG_NOLOG;
}

} // namespace

void initLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
    // libssh keeps the log callback per thread.
    ssh_set_log_callback(libsshLog);
}

QString sshErrorText(ssh_session ssh)
{
    const char *msg = ssh ? ssh_get_error(ssh) : nullptr;
    QString text = msg && *msg ? QString::fromUtf8(msg) : QStringLiteral("unknown error");
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

void applyCommonOptions(ssh_session ssh, const QString &host, int port, int timeoutMs, const QString &knownHosts)
{
    const QByteArray h = host.toUtf8();
    ssh_options_set(ssh, SSH_OPTIONS_HOST, h.constData());
    const unsigned int p = unsigned(port);
    ssh_options_set(ssh, SSH_OPTIONS_PORT, &p);
    // Never pick up ~/.ssh/config: what the OrderFlow config says is what happens.
    const bool processConfig = false;
    ssh_options_set(ssh, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    // Without TCP_NODELAY libssh's small writes wait for delayed ACKs: a 100 MB upload takes ~100× longer.
    const int nodelay = 1;
    ssh_options_set(ssh, SSH_OPTIONS_NODELAY, &nodelay);
    const long secs = timeoutMs / 1000;
    const long usecs = long(timeoutMs % 1000) * 1000;
    ssh_options_set(ssh, SSH_OPTIONS_TIMEOUT, &secs);
    ssh_options_set(ssh, SSH_OPTIONS_TIMEOUT_USEC, &usecs);
    // libssh orders host key algorithms by what these files list for the host; point both at OrderFlow's own file
    // so the server presents the key type OrderFlow knows, and ~/.ssh and /etc/ssh play no part.
    const QByteArray kh = knownHosts.toUtf8();
    ssh_options_set(ssh, SSH_OPTIONS_KNOWNHOSTS, kh.constData());
    ssh_options_set(ssh, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, kh.constData());
    const int verbosity = libsshVerbosity();
    ssh_options_set(ssh, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
}

} // namespace orderflow::sftp
