#include "secrets/EncryptedFileStore.h"

#include "domain/messages/ConfigMessages.h"
#include "secrets/SecretsLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>
#include <QRandomGenerator>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace orderflow {
namespace {

const QString Format = QStringLiteral("orderflow-secrets/1");
const QString Cipher = QStringLiteral("AES-256-GCM");
constexpr int KeyBytes = 32;
constexpr int IvBytes = 12;
constexpr int TagBytes = 16;
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
constexpr int LockWaitMs = 5000;
const QByteArray KeyCheckPlain = QByteArrayLiteral("OrderFlow master key check");

QByteArray keyCheckAad()
{
    return Format.toUtf8() + QByteArrayLiteral("\nkey-check");
}

// The reference is bound to its value: the tag only verifies under the name the value was sealed for.
QByteArray entryAad(const QString &reference)
{
    return Format.toUtf8() + QByteArrayLiteral("\nsecret\n") + reference.toUtf8();
}

struct CipherContext {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
};

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

// IV || ciphertext || tag, with a fresh random IV.
Result<QByteArray> seal(const QByteArray &key, const QByteArray &plain, const QByteArray &aad)
{
    QByteArray out(IvBytes + plain.size() + TagBytes, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), IvBytes) != 1)
        return Error(SecretError::Io, QStringLiteral("The system's random number generator failed; nothing was stored."));
    CipherContext c;
    int len = 0;
    int total = 0;
    const bool ok = c.ctx
        && EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, IvBytes, nullptr) == 1
        && EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, bytes(key), bytes(out)) == 1
        && EVP_EncryptUpdate(c.ctx, nullptr, &len, bytes(aad), int(aad.size())) == 1
        && EVP_EncryptUpdate(c.ctx, bytes(out) + IvBytes, &len, bytes(plain), int(plain.size())) == 1
        && (total = len, EVP_EncryptFinal_ex(c.ctx, bytes(out) + IvBytes + total, &len) == 1)
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, TagBytes, bytes(out) + IvBytes + plain.size()) == 1;
    if (!ok)
        return Error(SecretError::Io, QStringLiteral("Encryption with AES-256-GCM failed in OpenSSL; nothing was stored."));
    return out;
}

// The plaintext, or nothing when the tag does not verify (wrong key, altered bytes, another entry's value).
std::optional<QByteArray> unseal(const QByteArray &key, const QByteArray &sealed, const QByteArray &aad)
{
    if (sealed.size() < IvBytes + TagBytes)
        return std::nullopt;
    const int plainSize = int(sealed.size()) - IvBytes - TagBytes;
    QByteArray plain(plainSize, Qt::Uninitialized);
    QByteArray tag = sealed.right(TagBytes);
    CipherContext c;
    int len = 0;
    const bool ok = c.ctx
        && EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, IvBytes, nullptr) == 1
        && EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, bytes(key), bytes(sealed)) == 1
        && EVP_DecryptUpdate(c.ctx, nullptr, &len, bytes(aad), int(aad.size())) == 1
        && EVP_DecryptUpdate(c.ctx, bytes(plain), &len, bytes(sealed) + IvBytes, plainSize) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, TagBytes, bytes(tag)) == 1
        && EVP_DecryptFinal_ex(c.ctx, bytes(plain) + len, &len) == 1;
    if (!ok) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return std::nullopt;
    }
    return plain;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Error damaged(const QString &path, const QString &what)
{
    return Error(SecretError::Corrupt,
                 msg::SecretsFileDamaged(path, what));
}

} // namespace

struct EncryptedFileStore::Contents {
    QByteArray keyCheck;                 // sealed KeyCheckPlain
    QMap<QString, QByteArray> secrets;   // reference → sealed value
    bool exists = false;
};

QString defaultSecretsFilePath()
{
    const QString fromEnv = qEnvironmentVariable("ORDERFLOW_SECRETS_FILE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return credentialDataDirectory() + QStringLiteral("/secrets.enc");
}

Result<QByteArray> parseMasterKey(const QByteArray &hex)
{
    if (hex.isEmpty())
        return Error(SecretError::MasterKey, msg::MasterKeyNotSet());
    if (hex.size() != KeyBytes * 2)
        return Error(SecretError::MasterKey, QStringLiteral("ENCRYPTION_MASTER_KEY must be exactly 64 hexadecimal characters (a 256-bit key, "
                                                            "e.g. from `openssl rand -hex 32`), but it has %1 characters%2.")
                                                 .arg(hex.size())
                                                 .arg(hex.trimmed().size() != hex.size() ? QStringLiteral(" (including spaces or a line break)") : QString()));
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const char ch = hex.at(i);
        const bool isHex = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
        if (!isHex)
            return Error(SecretError::MasterKey, QStringLiteral("ENCRYPTION_MASTER_KEY must be 64 hexadecimal characters (0-9, a-f), but "
                                                                "character %1 is not one. Generate a key with `openssl rand -hex 32`.").arg(i + 1));
    }
    return QByteArray::fromHex(hex);
}

EncryptedFileStore::EncryptedFileStore(QString path, QByteArray key)
    : m_path(std::move(path))
    , m_key(std::move(key))
{
}

EncryptedFileStore::~EncryptedFileStore()
{
    OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

Result<std::shared_ptr<EncryptedFileStore>> EncryptedFileStore::create(const QString &path, const QByteArray &masterKeyHex)
{
    Result<QByteArray> key = parseMasterKey(masterKeyHex);
    if (!key)
        return key.error();
    if (path.isEmpty())
        return Error(SecretError::Io, QStringLiteral("No path for the secrets file; set ORDERFLOW_SECRETS_FILE."));
    return std::shared_ptr<EncryptedFileStore>(new EncryptedFileStore(QFileInfo(path).absoluteFilePath(), std::move(*key)));
}

Result<std::shared_ptr<EncryptedFileStore>> EncryptedFileStore::fromEnvironment()
{
    QByteArray hex = qgetenv("ENCRYPTION_MASTER_KEY");
    auto store = create(defaultSecretsFilePath(), hex);
    OPENSSL_cleanse(hex.data(), size_t(hex.size()));
    return store;
}

QString EncryptedFileStore::describe() const
{
    return QStringLiteral("the encrypted file %1").arg(m_path);
}

Result<EncryptedFileStore::Contents> EncryptedFileStore::load() const
{
    Contents contents;
    QFile file(m_path);
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly))
        return Error(SecretError::Io, msg::SecretsFileUnreadable(m_path, file.errorString()));
    if (file.size() > MaxFileBytes)
        return damaged(m_path, QStringLiteral("it is %1 bytes, far more than any secrets file").arg(file.size()));
    const QByteArray raw = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(m_path, QStringLiteral("it is not complete JSON (%1 at byte %2 of %3)").arg(parseError.errorString()).arg(parseError.offset).arg(raw.size()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != Format)
        return damaged(m_path, QStringLiteral("it is not an OrderFlow secrets file (format %1)").arg(Format));
    if (root.value(QStringLiteral("cipher")).toString() != Cipher)
        return damaged(m_path, QStringLiteral("its cipher is not %1").arg(Cipher));
    auto decode = [](const QJsonValue &v) -> std::optional<QByteArray> {
        if (!v.isString())
            return std::nullopt;
        auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!r || r.decoded.size() < IvBytes + TagBytes)
            return std::nullopt;
        return r.decoded;
    };
    const auto keyCheck = decode(root.value(QStringLiteral("key_check")));
    if (!keyCheck)
        return damaged(m_path, QStringLiteral("its key check is missing or malformed"));
    // The key is checked before anything else is believed: a wrong key must not pass as a damaged entry.
    std::optional<QByteArray> check = unseal(m_key, *keyCheck, keyCheckAad());
    if (!check || *check != KeyCheckPlain)
        return Error(SecretError::MasterKey,
                     msg::MasterKeyWrongKey(m_path));
    contents.keyCheck = *keyCheck;
    const QJsonValue secrets = root.value(QStringLiteral("secrets"));
    if (!secrets.isObject())
        return damaged(m_path, QStringLiteral("its list of secrets is missing"));
    const QJsonObject entries = secrets.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!validateSecretReference(it.key()))
            return damaged(m_path, QStringLiteral("it has an entry whose name is not a secret reference"));
        const auto sealed = decode(it.value());
        if (!sealed)
            return damaged(m_path, QStringLiteral("the entry %1 is malformed").arg(it.key()));
        contents.secrets.insert(it.key(), *sealed);
    }
    contents.exists = true;
    return contents;
}

Status EncryptedFileStore::save(const Contents &contents) const
{
    QJsonObject entries;
    for (auto it = contents.secrets.begin(); it != contents.secrets.end(); ++it)
        entries.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("format"), Format},
                                                      {QStringLiteral("cipher"), Cipher},
                                                      {QStringLiteral("key_check"), QString::fromLatin1(contents.keyCheck.toBase64())},
                                                      {QStringLiteral("secrets"), entries}})
                                .toJson(QJsonDocument::Indented);

    const QFileInfo info(m_path);
    const QString dir = info.absolutePath();
    if (!QDir(dir).exists()) {
        if (!QDir().mkpath(dir))
            return Error(SecretError::Io, QStringLiteral("Cannot create the directory %1 for the secrets file. Create it, or point "
                                                         "ORDERFLOW_SECRETS_FILE somewhere writable.").arg(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    auto ioError = [&](const QString &step, int error) {
        return Error(SecretError::Io, QStringLiteral("Cannot write the secrets file %1 (%2: %3); it is unchanged. Check the free space "
                                                     "and permissions of %4.").arg(m_path, step, errnoText(error), dir));
    };
    // Same directory, so the rename is atomic; created 0600 from the start, never readable by others even briefly.
    const QByteArray tmp = QFile::encodeName(QStringLiteral("%1.tmp-%2-%3").arg(m_path).arg(::getpid()).arg(QRandomGenerator::global()->generate(), 0, 16));
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return ioError(QStringLiteral("creating a temporary file"), errno);
    auto fail = [&](const QString &step) {
        const int error = errno;
        ::close(fd);
        ::unlink(tmp.constData());
        return ioError(step, error);
    };
    if (::fchmod(fd, 0600) != 0)
        return fail(QStringLiteral("setting its mode to 0600"));
    qsizetype written = 0;
    while (written < json.size()) {
        const ssize_t n = ::write(fd, json.constData() + written, size_t(json.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(QStringLiteral("writing"));
        written += n;
    }
    if (::fsync(fd) != 0)
        return fail(QStringLiteral("flushing to disk"));
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tmp.constData());
        return ioError(QStringLiteral("closing"), error);
    }
    if (::rename(tmp.constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int error = errno;
        ::unlink(tmp.constData());
        return ioError(QStringLiteral("replacing the old file"), error);
    }
    // The rename itself must survive a crash too.
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

// Read-modify-write under a lock file, so two processes changing the file at once do not lose a change.
Status EncryptedFileStore::change(const std::function<Status(Contents &)> &edit)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir(dir).exists() && QDir().mkpath(dir))
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QLockFile lock(m_path + QStringLiteral(".lock"));
    // Short, and on the secrets thread only: another process holds it for one file write at most.
    if (!lock.tryLock(LockWaitMs))
        return Error(SecretError::Io, QStringLiteral("Cannot lock the secrets file %1 (lock file %2): another OrderFlow process has held it "
                                                     "for more than %3 s, or the directory is not writable. Try again; remove the lock file "
                                                     "only if no OrderFlow process is running.").arg(m_path, lock.fileName()).arg(LockWaitMs / 1000));
    Result<Contents> contents = load();
    if (!contents)
        return contents.error();
    if (!contents->exists) {
        Result<QByteArray> check = seal(m_key, KeyCheckPlain, keyCheckAad());
        if (!check)
            return check.error();
        contents->keyCheck = *check;
    }
    if (Status s = edit(*contents); !s)
        return s;
    return save(*contents);
}

void EncryptedFileStore::readHere(const QString &reference, ValueDone done)
{
    Result<Contents> contents = load();
    if (!contents)
        return done(contents.error());
    const auto it = contents->secrets.constFind(reference);
    if (it == contents->secrets.constEnd())
        return done(Error(SecretError::NotFound, msg::NoSecretInFileStore(reference, m_path)));
    std::optional<QByteArray> plain = unseal(m_key, it.value(), entryAad(reference));
    if (!plain)
        return done(Error(SecretError::Corrupt, msg::SecretDoesNotDecrypt(reference, m_path)));
    qCDebug(lcSecrets, "read %s from %s", qUtf8Printable(reference), qUtf8Printable(m_path));
    QByteArray value = std::move(*plain);
    done(value);
    OPENSSL_cleanse(value.data(), size_t(value.size()));
}

void EncryptedFileStore::writeHere(const QString &reference, const QByteArray &value, StatusDone done)
{
    const Status s = change([&](Contents &c) -> Status {
        Result<QByteArray> sealed = seal(m_key, value, entryAad(reference));
        if (!sealed)
            return sealed.error();
        c.secrets.insert(reference, *sealed);
        return {};
    });
    if (s)
        qCDebug(lcSecrets, "stored %s in %s", qUtf8Printable(reference), qUtf8Printable(m_path));
    done(s);
}

void EncryptedFileStore::removeHere(const QString &reference, StatusDone done)
{
    const Status s = change([&](Contents &c) -> Status {
        if (!c.secrets.remove(reference))
            return Error(SecretError::NotFound, QStringLiteral("There is no secret %1 in the encrypted file %2.").arg(reference, m_path));
        return {};
    });
    if (s)
        qCDebug(lcSecrets, "deleted %s from %s", qUtf8Printable(reference), qUtf8Printable(m_path));
    done(s);
}

void EncryptedFileStore::listHere(NamesDone done)
{
    Result<Contents> contents = load();
    if (!contents)
        return done(contents.error());
    done(QStringList(contents->secrets.keyBegin(), contents->secrets.keyEnd()));
}

} // namespace orderflow
