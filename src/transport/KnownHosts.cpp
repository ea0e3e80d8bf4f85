#include "transport/KnownHosts.h"

#include "domain/messages/ConnectionMessages.h"
#include "transport/FileStore.h"
#include "transport/SftpLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSaveFile>

namespace orderflow {
namespace {

// OpenSSH's pattern syntax: '*' any run, '?' one character, everything else literal ("[host]:port" included);
// host names compare case-insensitively.
bool wildcardMatch(const QString &pattern, const QString &text)
{
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern.at(p) == QLatin1Char('?') || pattern.at(p).toLower() == text.at(t).toLower())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool hashedMatch(const QString &pattern, const QString &token)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, token))
    const QStringList parts = pattern.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = QMessageAuthenticationCode::hash(token.toUtf8(), salt, QCryptographicHash::Sha1);
    return !expected.isEmpty() && actual == expected;
}

Error fileError(const EngineMessage &message, const QString &path, const QString &detail)
{
    return Error(FileError::Io, message(path, detail));
}

} // namespace

QString sha256Fingerprint(const QByteArray &keyBlob)
{
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals));
}

QString HostPublicKey::fingerprint() const
{
    return sha256Fingerprint(blob);
}

QString HostPublicKey::toOpenSshString() const
{
    return type + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
}

KnownHosts::KnownHosts(QString path)
    : m_path(std::move(path))
{
}

QString KnownHosts::hostToken(const QString &host, int port)
{
    const QString h = host.toLower();
    if (port == 22)
        return h;
    return QStringLiteral("[%1]:%2").arg(h).arg(port);
}

HostPublicKey KnownHosts::parseKey(const QString &type, const QString &base64)
{
    auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 4)
        return {};
    // The blob starts with the type name as an SSH string; a mismatch means a corrupt or mislabelled line.
    const QByteArray &blob = decoded.decoded;
    const quint32 len = (quint32(quint8(blob[0])) << 24) | (quint32(quint8(blob[1])) << 16) | (quint32(quint8(blob[2])) << 8) | quint8(blob[3]);
    if (len > quint32(blob.size() - 4) || blob.mid(4, qsizetype(len)) != type.toLatin1())
        return {};
    return HostPublicKey{type, blob};
}

Status KnownHosts::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return fileError(msg::KnownHostsCannotRead, m_path, file.errorString());
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        Entry entry;
        entry.line = lineNo;
        if (fields.value(0).startsWith(QLatin1Char('@')))
            entry.marker = fields.takeFirst();
        if (fields.size() < 3) {
            qCWarning(lcSftp, "%s:%d: ignoring malformed known_hosts line", qUtf8Printable(m_path), lineNo);
            continue;
        }
        entry.patterns = fields.at(0).split(QLatin1Char(','), Qt::SkipEmptyParts);
        entry.key = parseKey(fields.at(1), fields.at(2));
        if (!entry.key.isValid()) {
            qCWarning(lcSftp, "%s:%d: ignoring known_hosts line with an unreadable key", qUtf8Printable(m_path), lineNo);
            continue;
        }
        m_entries.append(entry);
    }
    return {};
}

bool KnownHosts::entryMatches(const Entry &entry, const QString &token)
{
    bool matched = false;
    for (const QString &pattern : entry.patterns) {
        if (pattern.startsWith(QLatin1Char('|'))) {
            matched = matched || hashedMatch(pattern, token);
        } else if (pattern.startsWith(QLatin1Char('!'))) {
            if (wildcardMatch(pattern.mid(1), token))
                return false;   // a negated pattern vetoes the whole line
        } else if (wildcardMatch(pattern, token)) {
            matched = true;
        }
    }
    return matched;
}

QList<HostPublicKey> KnownHosts::keysFor(const QString &host, int port) const
{
    const QString token = hostToken(host, port);
    QList<HostPublicKey> keys;
    for (const Entry &entry : m_entries) {
        if (entry.marker.isEmpty() && entryMatches(entry, token))
            keys.append(entry.key);
    }
    return keys;
}

KnownHosts::Lookup KnownHosts::lookup(const QString &host, int port, const HostPublicKey &key) const
{
    const QString token = hostToken(host, port);
    Lookup result;
    int conflictLine = 0;
    for (const Entry &entry : m_entries) {
        if (!entryMatches(entry, token))
            continue;
        if (entry.marker == QLatin1String("@revoked")) {
            if (entry.key == key) {
                result.match = Match::Revoked;
                result.line = entry.line;
                return result;
            }
            continue;
        }
        if (!entry.marker.isEmpty())
            continue;   // @cert-authority: host certificates are not used by OrderFlow
        result.knownKeys.append(entry.key);
        if (entry.key == key) {
            result.match = Match::Known;
            result.line = entry.line;
        } else if (conflictLine == 0) {
            conflictLine = entry.line;
        }
    }
    if (result.match == Match::Known)
        return result;
    if (!result.knownKeys.isEmpty()) {
        // OpenSSH only calls a same-type mismatch "changed"; a server that suddenly offers another key type although
        // a listed one was preferred is just as suspicious, so it gets the same hard failure.
        result.match = Match::Changed;
        result.line = conflictLine;
    }
    return result;
}

Status KnownHosts::add(const QString &host, int port, const HostPublicKey &key)
{
    const QString token = hostToken(host, port);
    return rewrite(token, token + QLatin1Char(' ') + key.toOpenSshString(), false);
}

Status KnownHosts::replace(const QString &host, int port, const HostPublicKey &key)
{
    const QString token = hostToken(host, port);
    return rewrite(token, token + QLatin1Char(' ') + key.toOpenSshString(), true);
}

Status KnownHosts::rewrite(const QString &token, const QString &appendLine, bool removeExisting)
{
    // Only what OrderFlow creates gets private permissions: an existing folder (a home, a shared /etc/orderflow)
    // keeps the ones its owner chose, or other users of it would be locked out.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fileError(msg::KnownHostsCannotCreateDirectory, m_path, msg::MkdirFailed());
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // Two processes trusting keys at once must not lose each other's lines.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return fileError(msg::KnownHostsCannotLock, m_path, msg::LockHeldByOther(m_path));

    QByteArray existing;
    bool creating = true;
    {
        QFile in(m_path);
        if (in.exists()) {
            creating = false;
            if (!in.open(QIODevice::ReadOnly))
                return fileError(msg::KnownHostsCannotRead, m_path, in.errorString());
            existing = in.readAll();
        }
    }

    QByteArray out;
    out.reserve(existing.size() + appendLine.size() + 2);
    const QList<QByteArray> lines = existing.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &raw = lines.at(i);
        if (i == lines.size() - 1 && raw.isEmpty())
            break;   // the newline that ended the file
        if (removeExisting) {
            const QString line = QString::fromUtf8(raw).trimmed();
            QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (!line.startsWith(QLatin1Char('#')) && fields.size() >= 3 && !fields.at(0).startsWith(QLatin1Char('@'))) {
                Entry entry;
                entry.patterns = fields.at(0).split(QLatin1Char(','), Qt::SkipEmptyParts);
                if (entryMatches(entry, token)) {
                    QStringList kept;
                    for (const QString &p : std::as_const(entry.patterns)) {
                        Entry single;
                        single.patterns = QStringList{p};
                        if (p.startsWith(QLatin1Char('!')) || !entryMatches(single, token))
                            kept.append(p);
                    }
                    bool anyPositive = false;
                    for (const QString &p : std::as_const(kept))
                        anyPositive = anyPositive || !p.startsWith(QLatin1Char('!'));
                    if (!anyPositive)
                        continue;   // the line was only about this host
                    fields[0] = kept.join(QLatin1Char(','));
                    out += fields.join(QLatin1Char(' ')).toUtf8() + '\n';
                    continue;
                }
            }
        }
        out += raw + '\n';
    }
    out += appendLine.toUtf8() + '\n';

    QSaveFile save(m_path);
    if (!save.open(QIODevice::WriteOnly))
        return fileError(msg::KnownHostsCannotWrite, m_path, save.errorString());
    if (creating)   // a rewrite keeps the permissions the file has
        save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    save.write(out);
    if (!save.commit())
        return fileError(msg::KnownHostsCannotWrite, m_path, save.errorString());
    return load();
}

} // namespace orderflow
