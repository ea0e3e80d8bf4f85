#include "connectors/DropzoneConnector.h"

#include "transport/FileStore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace orderflow {

QString dropzoneFileName(const QString &orderId, const QDateTime &when)
{
    const QString id8 = QString(orderId).remove(QLatin1Char('-')).left(8);
    const quint32 random = QRandomGenerator::system()->generate();
    return QStringLiteral("sales_order_%1_%2_%3.json")
        .arg(id8, when.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")), QStringLiteral("%1").arg(random, 8, 16, QLatin1Char('0')));
}

Result<std::unique_ptr<ErpConnector>> DropzoneConnector::create(const ConnectionRecord &connection)
{
    const QJsonObject config = connection.config;
    const QString dir = config.value(QStringLiteral("path")).toString();
    if (dir.isEmpty())
        return Error(QStringLiteral("config"), QStringLiteral("Connection '%1': the dropzone needs a 'path'.").arg(connection.name));
    auto store = createFileStore(config);
    if (!store)
        return Error(store.error().code, QStringLiteral("Connection '%1': %2").arg(connection.name, store.error().message));
    std::unique_ptr<DropzoneConnector> c(new DropzoneConnector);
    c->m_store = std::shared_ptr<FileStore>(std::move(*store));
    c->m_dir = dir;
    c->m_ackDir = config.value(QStringLiteral("ack_path")).toString(joinPath(dir, QStringLiteral("ack")));
    c->m_fsync = config.value(QStringLiteral("fsync")).toBool(true);
    const bool local = config.value(QStringLiteral("mode")).toString(QStringLiteral("filesystem")) != QLatin1String("sftp");
    // A local directory takes parallel writers; one SFTP session does not.
    c->m_parallelism = local ? std::max(1, connection.concurrency) : 1;
    auto ackStore = createFileStore(config);
    if (!ackStore)
        return ackStore.error();
    c->m_ackStore = std::shared_ptr<FileStore>(std::move(*ackStore));
    return std::unique_ptr<ErpConnector>(std::move(c));
}

PushResult DropzoneConnector::push(const PushRequest &request)
{
    PushResult r;
    const QString target = joinPath(m_dir, request.fileName);
    r.request = QJsonObject{{QStringLiteral("target"), QString(m_store->describe() + QStringLiteral(": ") + target)},
                            {QStringLiteral("bytes"), qint64(request.document.size())},
                            {QStringLiteral("content_sha256"), request.contentSha256}};
    const Status s = m_store->writeAtomic(target, request.document, m_fsync);
    if (s) {
        r.outcome = PushOutcome::Delivered;
        r.response = QJsonObject{{QStringLiteral("file"), request.fileName}};
        return r;
    }
    r.errorCode = s.error().code;
    r.error = s.error().message;
    if (s.error().code == FileError::Exists) {
        // Our own earlier attempt got there (the name is unique to this export): that is a delivery.
        r.outcome = PushOutcome::Delivered;
        r.response = QJsonObject{{QStringLiteral("file"), request.fileName}, {QStringLiteral("note"), QStringLiteral("already present")}};
        return r;
    }
    r.outcome = isTransientFileError(s.error()) || s.error().code == FileError::NotFound ? PushOutcome::Transient : PushOutcome::Permanent;
    return r;
}

Result<bool> DropzoneConnector::isDelivered(const PushRequest &request)
{
    auto present = m_store->exists(joinPath(m_dir, request.fileName));
    if (!present)
        return present.error();
    if (!*present)
        m_store->remove(joinPath(m_dir, request.fileName + QStringLiteral(".tmp")));   // a half-written leftover
    return *present;
}

Status DropzoneConnector::flush()
{
    return m_fsync ? m_store->syncDir(m_dir) : Status();
}

QList<ConnectionCheck> DropzoneConnector::test()
{
    QList<ConnectionCheck> checks;
    QElapsedTimer t;
    t.start();
    Status open = m_store->open();
    checks.append({QStringLiteral("connect"), open.ok(), t.restart(), open ? m_store->describe() : open.error().message});
    if (!open)
        return checks;
    auto listed = m_store->list(m_dir, {});
    checks.append({QStringLiteral("list %1").arg(m_dir), listed.ok(), t.restart(), listed ? QStringLiteral("%1 files").arg(listed->size()) : listed.error().message});
    const QString probe = joinPath(m_dir, QStringLiteral(".orderflow_probe_%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    Status write = m_store->writeAtomic(probe, QByteArrayLiteral("probe"), false);
    checks.append({QStringLiteral("write and rename"), write.ok(), t.restart(), write ? probe : write.error().message});
    if (write) {
        Status rm = m_store->remove(probe);
        checks.append({QStringLiteral("remove probe"), rm.ok(), t.restart(), rm ? QString() : rm.error().message});
    }
    auto acks = m_ackStore->list(m_ackDir, {});
    checks.append({QStringLiteral("list acks %1").arg(m_ackDir), acks.ok(), t.restart(), acks ? QStringLiteral("%1 files").arg(acks->size()) : acks.error().message});
    m_store->close();
    return checks;
}

std::optional<AckLocation> DropzoneConnector::ackLocation()
{
    return AckLocation{m_ackStore, m_ackDir};
}

} // namespace orderflow
