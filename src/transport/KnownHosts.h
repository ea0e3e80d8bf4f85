// OrderFlow's own known_hosts file (OpenSSH format): which host key each SFTP server is expected to present.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace orderflow {

// A public host key as the SSH protocol carries it: type name ("ssh-ed25519") and the key blob.
struct HostPublicKey {
    QString type;
    QByteArray blob;

    bool isValid() const { return !type.isEmpty() && !blob.isEmpty(); }
    // "SHA256:" + base64 of SHA-256(blob) without padding — exactly what `ssh-keygen -lf` and `ssh` print.
    QString fingerprint() const;
    // "ssh-ed25519 AAAA…", the form of a known_hosts entry's key part.
    QString toOpenSshString() const;
    friend bool operator==(const HostPublicKey &a, const HostPublicKey &b) { return a.type == b.type && a.blob == b.blob; }
};

QString sha256Fingerprint(const QByteArray &keyBlob);

class KnownHosts {
public:
    enum class Match {
        Known,      // the key is listed for the host
        Unknown,    // nothing is listed for the host
        Changed,    // a different key is listed for the host (of the same type, or only keys of other types)
        Revoked,    // the key is marked @revoked
    };

    struct Lookup {
        Match match = Match::Unknown;
        QList<HostPublicKey> knownKeys;   // what the file lists for the host (for messages)
        int line = 0;                     // line of the matching or conflicting entry, 1-based
    };

    explicit KnownHosts(QString path);

    const QString &path() const { return m_path; }

    // Reads the file. A missing file is an empty list, not an error; an unreadable one is.
    Status load();
    Lookup lookup(const QString &host, int port, const HostPublicKey &key) const;
    // Keys listed for the host, any type.
    QList<HostPublicKey> keysFor(const QString &host, int port) const;

    // Appends "[host]:port type base64". A file it creates gets mode 0600, a directory it creates 0700; an existing
    // file or directory keeps its permissions.
    Status add(const QString &host, int port, const HostPublicKey &key);
    // Removes every entry for host:port (other hosts on a shared line stay), then adds key. Used to re-trust a
    // rotated key after an operator confirmed it.
    Status replace(const QString &host, int port, const HostPublicKey &key);

    // The name OpenSSH looks up: "host" for port 22, "[host]:port" otherwise.
    static QString hostToken(const QString &host, int port);
    // Parses one "type base64" pair; an invalid key when the text is not one.
    static HostPublicKey parseKey(const QString &type, const QString &base64);

private:
    struct Entry {
        int line = 0;
        QString marker;            // "", "@revoked", "@cert-authority"
        QStringList patterns;      // host patterns, possibly hashed "|1|salt|hash" or negated "!pat"
        HostPublicKey key;
    };
    static bool entryMatches(const Entry &entry, const QString &token);
    Status rewrite(const QString &token, const QString &appendLine, bool removeExisting);

    QString m_path;
    QList<Entry> m_entries;
};

} // namespace orderflow
