#include "connectors/DropzoneConnector.h"

#include "domain/OrderId.h"
#include "domain/messages/ConnectionMessages.h"
#include "transport/FileStore.h"
#include "transport/SftpConfigSchema.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace orderflow {
namespace {
constexpr qint64 kHardErrorLatchMs = 2000;
// Read back after a crash to learn a delivered document's own hash; far beyond any order's export.
constexpr qint64 kMaxDocumentBytes = 256 << 20;
}

QString dropzoneFileName(const QString &orderId, const QDateTime &when)
{
    const QString id8 = shortOrderId(QString(orderId).remove(QLatin1Char('-')));
    const quint32 random = QRandomGenerator::system()->generate();
    return QStringLiteral("sales_order_%1_%2_%3.json")
        .arg(id8, when.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")), QStringLiteral("%1").arg(random, 8, 16, QLatin1Char('0')));
}

const ConfigSchema &DropzoneConnector::schema()
{
    static const ConfigSchema s = [] {
        ConfigSchema s(QStringLiteral("a DROPZONE_JSON_V1 connection"));
        s.add(FieldSpec::oneOf(TransportKey::Mode, {TransportMode::Filesystem, TransportMode::Sftp}, TransportMode::Filesystem)
                  .describe(QT_TRANSLATE_NOOP("config", "Where the dropzone is: a local directory, or a directory on an SFTP server.")));
        s.add(FieldSpec::path(DropzoneKey::Path).require()
                  .describe(QT_TRANSLATE_NOOP("config", "The directory export files are written to (NAME.tmp, then renamed to NAME).")));
        s.add(FieldSpec::path(DropzoneKey::AckPath).defaultNoted(QStringLiteral("PATH/ack"))
                  .describe(QT_TRANSLATE_NOOP("config", "Where the ERP leaves ack_NAME.json / error_NAME.json; answers move on to processed/ or error/ below it.")));
        s.add(FieldSpec::boolean(DropzoneKey::Fsync, true)
                  .describe(QT_TRANSLATE_NOOP("config", "Make every export durable (fsync) before it counts as delivered.")));
        addSftpFields(s, FieldCondition{TransportKey::Mode, {TransportMode::Sftp}});
        return s;
    }();
    return s;
}

Result<std::unique_ptr<ErpConnector>> DropzoneConnector::create(const ConnectionRecord &connection)
{
    const QJsonObject config = connection.config;
    const QString dir = schema().stringValue(config, DropzoneKey::Path);
    if (dir.isEmpty())
        return Error(QStringLiteral("config"), msg::DropzoneNeedsPath(connection.name, connection.orgSlug));
    auto store = createFileStore(config);
    if (!store)
        return Error(store.error().code, msg::ConnectionProblem(connection.name, connection.orgSlug, store.error().message));
    std::unique_ptr<DropzoneConnector> c(new DropzoneConnector);
    c->m_connection = msg::ConnectionOfOrgLower(connection.name, connection.orgSlug);
    c->m_store = std::shared_ptr<FileStore>(std::move(*store));
    c->m_dir = dir;
    c->m_ackDir = dropzoneAckPath(config);
    c->m_fsync = schema().boolValue(config, DropzoneKey::Fsync);
    const bool local = schema().stringValue(config, TransportKey::Mode) != TransportMode::Sftp;
    // A local directory takes parallel writers; one SFTP session does not.
    c->m_parallelism = local ? std::max(1, connection.concurrency) : 1;
    auto ackStore = createFileStore(config);
    if (!ackStore)
        return Error(ackStore.error().code, msg::ConnectionProblem(connection.name, connection.orgSlug, ackStore.error().message));
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
    if (m_hardError && m_hardErrorAge.isValid() && m_hardErrorAge.elapsed() < kHardErrorLatchMs) {
        // Same round as a host-key/auth/config failure: do not connect again for every queued order.
        r.outcome = PushOutcome::Transient;
        r.errorCode = m_hardError->code;
        r.error = m_hardError->message;
        r.response = QJsonObject{{QStringLiteral("error_code"), m_hardError->code}, {QStringLiteral("note"), QStringLiteral("not attempted")}};
        return r;
    }
    if (m_hardError)
        m_hardError.reset();   // (only ever set over SFTP, where pushes are not parallel)
    // Connect first (a no-op when connected or local), so a refused host key or login is one attempt, not two.
    Status s = m_store->open();
    if (s && request.attempt > 1) {
        // A repeat: an earlier attempt may have arrived and been taken by the ERP, which then answered. When the
        // answers cannot be looked at, writing again under the same name and key is still safe for the ERP.
        if (auto answer = answerFor(request.fileName); answer && !answer->isEmpty())
            return alreadyAnswered(request, *answer);
    }
    if (s)
        s = m_store->writeAtomic(target, request.document, m_fsync);
    if (s) {
        r.outcome = PushOutcome::Delivered;
        r.response = QJsonObject{{QStringLiteral("file"), request.fileName}};
        return r;
    }
    r.errorCode = s.error().code;
    r.error = s.error().message;
    if (s.error().code == FileError::Exists) {
        // The name is unique to this export, so a file already there is normally our own earlier attempt whose
        // answer was lost (connection dropped after the rename). Deliver only when it holds exactly this document;
        // anything else there is a name collision, never overwritten and never mistaken for a delivery.
        auto existing = m_store->read(target, qint64(request.document.size()) + 1);
        if (existing && *existing == request.document) {
            r.outcome = PushOutcome::Delivered;
            r.errorCode.clear();
            r.error.clear();
            r.response = QJsonObject{{QStringLiteral("file"), request.fileName}, {QStringLiteral("note"), QStringLiteral("already present")}};
            return r;
        }
        if (!existing && existing.error().code != FileError::TooLarge) {
            r.errorCode = existing.error().code;
            r.error = msg::ExistsNotCompared(target, m_store->describe(), existing.error().message);
            r.outcome = isTransientFileError(existing.error()) ? PushOutcome::Transient : PushOutcome::Permanent;
            return r;
        }
        r.error = msg::DifferentFileExists(target, m_store->describe());
        r.outcome = PushOutcome::Permanent;
        return r;
    }
    const QString code = s.error().code;
    if (code == FileError::HostKey || code == FileError::Auth || code == QLatin1String("config")) {
        // The connection is unusable until a person fixes it (host key, credentials, configuration). Not the
        // order's fault: it waits (retry_wait) while the push worker pauses the connection; no reconnect storm.
        r.outcome = PushOutcome::Transient;
        r.response = QJsonObject{{QStringLiteral("error_code"), code}};
        m_hardError = s.error();
        m_hardErrorAge.start();
        return r;
    }
    r.outcome = isTransientFileError(s.error()) || code == FileError::NotFound ? PushOutcome::Transient : PushOutcome::Permanent;
    r.response = QJsonObject{{QStringLiteral("error_code"), code}};
    return r;
}

Result<QString> DropzoneConnector::answerFor(const QString &fileName)
{
    const QString processedDir = joinPath(m_ackDir, QStringLiteral("processed"));
    const QString errorDir = joinPath(m_ackDir, QStringLiteral("error"));
    for (const QString &dir : {m_ackDir, processedDir, errorDir}) {
        for (const QString &answer : {QString(QStringLiteral("ack_") + fileName), QString(QStringLiteral("error_") + fileName)}) {
            const QString path = joinPath(dir, answer);
            auto present = m_ackStore->exists(path);
            if (!present)
                return present.error();
            if (!*present)
                continue;
            if (dir != m_ackDir) {
                // Moved on before the export was recorded (another process's poller, an ERP that files its own
                // answers): put it back so the ack poller applies it once the delivery is recorded. If that
                // fails (a newer answer of the same name is there), the existing file still proves the delivery.
                if (Status back = m_ackStore->move(path, joinPath(m_ackDir, answer)); back)
                    return joinPath(m_ackDir, answer);
            }
            return path;
        }
    }
    return QString();
}

PushResult DropzoneConnector::alreadyAnswered(const PushRequest &request, const QString &answer) const
{
    PushResult r;
    r.outcome = PushOutcome::Delivered;
    r.request = QJsonObject{{QStringLiteral("target"), QString(m_store->describe() + QStringLiteral(": ") + joinPath(m_dir, request.fileName))},
                            {QStringLiteral("content_sha256"), request.contentSha256}};
    r.response = QJsonObject{{QStringLiteral("file"), request.fileName}, {QStringLiteral("answer"), answer},
                             {QStringLiteral("note"), QStringLiteral("not written again: the ERP already answered")}};
    return r;
}

Result<ErpConnector::Delivery> DropzoneConnector::isDelivered(const PushRequest &request)
{
    // Connect first (a no-op when connected or local): a server that is down or hung costs one connect timeout
    // here, not a second one because the clean-up below ignores its own failure and the look-up connects again.
    if (Status s = m_store->open(); !s)
        return s.error();
    // A half-written leftover of the interrupted attempt never becomes the file now, whatever the answer below:
    // it goes. If it cannot go now, the next attempt's write truncates it, so a failure here changes nothing.
    (void)m_store->remove(joinPath(m_dir, request.fileName + QStringLiteral(".tmp")));
    const QString target = joinPath(m_dir, request.fileName);
    auto present = m_store->exists(target);
    if (!present)
        return present.error();
    if (*present) {
        // The document names its own hash: that of what the ERP has, whatever this version would write now. A file
        // that cannot be read now is still a delivery, just one whose hash is not known.
        Delivery d{true, {}};
        if (auto bytes = m_store->read(target, kMaxDocumentBytes))
            d.contentSha256 = QJsonDocument::fromJson(*bytes).object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("content_sha256")).toString();
        return d;
    }
    // The ERP may already have taken the file away: its answer proves the delivery just as well.
    auto answer = answerFor(request.fileName);
    if (!answer)
        return Error(answer.error().code, msg::CannotLookForAnswer(m_connection, request.fileName, answer.error().message));
    return Delivery{!answer->isEmpty(), {}};
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
    checks.append({msg::StepConnect(), open.ok(), t.restart(), open ? m_store->describe() : open.error().message});
    if (!open)
        return checks;
    auto listed = m_store->list(m_dir, {});
    checks.append({msg::StepList(m_dir), listed.ok(), t.restart(), listed ? msg::FileCount(listed->size()) : listed.error().message});
    const QString probe = joinPath(m_dir, QStringLiteral(".orderflow_probe_%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    Status write = m_store->writeAtomic(probe, QByteArrayLiteral("probe"), false);
    checks.append({msg::StepWriteAndRenameProbe(), write.ok(), t.restart(), write ? probe : write.error().message});
    if (write) {
        Status rm = m_store->remove(probe);
        checks.append({msg::StepRemoveProbe(), rm.ok(), t.restart(), rm ? QString() : rm.error().message});
    }
    auto acks = m_ackStore->list(m_ackDir, {});
    checks.append({msg::StepListAcks(m_ackDir), acks.ok(), t.restart(), acks ? msg::FileCount(acks->size()) : acks.error().message});
    m_store->close();
    return checks;
}

std::optional<AckLocation> DropzoneConnector::ackLocation()
{
    return AckLocation{m_ackStore, m_ackDir};
}

void DropzoneConnector::abort()
{
    m_store->abort();
    m_ackStore->abort();
}

QList<PushResult> DropzoneConnector::pushBatch(const QList<PushRequest> &requests)
{
    if (m_parallelism <= 1 && m_store->describe() != QLatin1String("local file system"))
        return ErpConnector::pushBatch(requests);   // remote: one file after the other on the session
    // Local: one group commit for the whole batch. Whatever the batch could not write goes through push(),
    // which owns the error handling (a file already there, a missing directory, a full disk). Repeats (rare: after
    // a crash or a failed attempt) go one by one through push(), which looks for the ERP's answer right before
    // writing — not before a whole batch, during which the ERP may answer.
    QList<PushResult> out(requests.size());
    QList<QPair<QString, QByteArray>> files;
    QList<qsizetype> fileOf;   // the request each file belongs to
    files.reserve(requests.size());
    fileOf.reserve(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests[i].attempt > 1) {
            out[i] = push(requests[i]);
            continue;
        }
        files.append({joinPath(m_dir, requests[i].fileName), requests[i].document});
        fileOf.append(i);
    }
    const QList<Status> written = m_store->writeAtomicBatch(files, m_fsync);
    for (qsizetype k = 0; k < files.size(); ++k) {
        const qsizetype i = fileOf[k];
        if (!written[k]) {
            out[i] = push(requests[i]);
            continue;
        }
        PushResult &r = out[i];
        r.outcome = PushOutcome::Delivered;
        r.request = QJsonObject{{QStringLiteral("target"), QString(m_store->describe() + QStringLiteral(": ") + files[k].first)},
                                {QStringLiteral("bytes"), qint64(requests[i].document.size())},
                                {QStringLiteral("content_sha256"), requests[i].contentSha256},
                                {QStringLiteral("batch"), qint64(requests.size())}};
        r.response = QJsonObject{{QStringLiteral("file"), requests[i].fileName}};
    }
    return out;
}

} // namespace orderflow
