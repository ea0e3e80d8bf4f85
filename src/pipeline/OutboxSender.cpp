#include "pipeline/OutboxSender.h"

#include "domain/messages/SourceMessages.h"
#include "pipeline/RetryPolicy.h"
#include "sources/FileSource.h"
#include "sources/SourceSettings.h"
#include "storage/AckControlRepository.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcOutbox, "orderflow.outbox")

namespace orderflow {
namespace {

// How long one claimed delivery may take before another sender may try it (a process that died holding it).
constexpr qint64 kLeaseMs = 10 * 60 * 1000;
constexpr int kMaxRenames = 4;

QString withSuffix(const QString &name, const QString &suffix)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? QString(name.left(dot) + suffix + name.mid(dot)) : QString(name + suffix);
}

// wanted itself when no acknowledgement of the source has it (unless a new name is required), else a time-stamped
// variant no row has.
Result<QString> freeName(OutboxRepository &outbox, qint64 sourceId, const QString &wanted, bool mustChange)
{
    if (!mustChange) {
        auto taken = outbox.fileNameTaken(sourceId, wanted);
        if (!taken)
            return taken.error();
        if (!*taken)
            return wanted;
    }
    const QString stamped = timestampedName(wanted);
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = n == 1 ? stamped : withSuffix(stamped, QLatin1Char('_') + QString::number(n));
        auto taken = outbox.fileNameTaken(sourceId, candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            return candidate;
    }
    return Error(QStringLiteral("exists"), msg::AckNoFreeName(wanted));
}

RetryPolicy policyFor(const SourceRecord *source)
{
    RetryPolicy p;
    if (source) {
        const SourceSettings settings(*source);
        p.baseMs = std::max<qint64>(1, settings.integer(SourceKey::OutboundRetryBaseMs));
        p.maxDelayMs = std::max<qint64>(p.baseMs, settings.integer(SourceKey::OutboundRetryMaxMs));
    }
    return p;
}

QString advice(const Error &cause)
{
    if (isTransientFileError(cause))
        return msg::AckRetrying();
    return msg::AckNeedsPerson();
}

QString failureText(const OutboxRecord &row, const QString &dir, const Error &cause, const QDateTime &next)
{
    const QString where = dir.isEmpty() ? QString() : msg::AckTo(dir);
    return msg::AckCannotDeliver(row.kind, row.fileName, row.inboundName, row.inboundId, row.sourceName, row.orgSlug, where, cause.message,
                                 msg::AckNextAttempt(advice(cause), row.attempts, timeText(next)));
}

} // namespace

Status queueAcknowledgements(Database &db, const SourceRecord &source, qint64 inboundId, const QList<OutboundDocument> &documents)
{
    OutboxRepository outbox(db);
    AckControlRepository counters(db);
    for (const OutboundDocument &doc : documents) {
        auto name = freeName(outbox, source.id, doc.fileName, false);
        if (!name)
            return name.error();
        OutboxRecord r;
        r.orgId = source.orgId;
        r.sourceId = source.id;
        r.inboundId = inboundId;
        r.kind = doc.kind;
        r.fileName = *name;
        r.content = doc.content;
        if (doc.write) {
            // Our numbers toward this partner, taken in this transaction: a rollback returns them, a commit ties each
            // to exactly this queued document, which the outbox delivers however often the process dies before.
            AckControlNumbers numbers;
            auto interchange = counters.take(source.orgId, doc.partner, QStringLiteral("interchange"));
            if (!interchange)
                return interchange.error();
            numbers.interchange = *interchange;
            if (doc.groupCount > 0) {
                auto group = counters.take(source.orgId, doc.partner, QStringLiteral("group"), doc.groupCount);
                if (!group)
                    return group.error();
                numbers.firstGroup = *group;
            }
            r.content = doc.write(numbers);
        }
        if (Status s = outbox.insert(r); !s)
            return s;
        if (*name != doc.fileName)
            qCInfo(lcOutbox).noquote() << QStringLiteral("Source '%1': %2 is already taken by an earlier acknowledgement (the partner re-used an "
                                                         "interchange number); this one is sent as %3.").arg(source.name, doc.fileName, *name);
    }
    return {};
}

struct OutboxSender::SourceTransport {
    QString key;
    std::unique_ptr<FileStore> store;
};

OutboxSender::OutboxSender(Database &db) : m_db(db), m_outbox(db), m_config(db) {}
OutboxSender::~OutboxSender() = default;

Result<int> OutboxSender::recover()
{
    return m_outbox.releaseClaims();
}

Result<FileStore *> OutboxSender::storeFor(const SourceRecord &source)
{
    // The source's own transport: an sftp source writes its acknowledgements to the partner's server.
    const QJsonObject transport = fileTransportOf(source);
    const QString key = QString::fromUtf8(QJsonDocument(transport).toJson(QJsonDocument::Compact));
    auto &cached = m_transports[source.id];
    if (!cached || cached->key != key) {
        auto store = createFileStore(transport);
        if (!store) {
            cached.reset();
            return store.error();
        }
        cached = std::make_shared<SourceTransport>();
        cached->key = key;
        cached->store = std::move(*store);
    }
    return cached->store.get();
}

Result<QString> OutboxSender::deliver(FileStore &store, const SourceRecord &source, const QString &dir, OutboxRecord &row)
{
    for (int renames = 0; renames <= kMaxRenames; ++renames) {
        const QString path = joinPath(dir, row.fileName);
        const QString sentTo = source.type == QLatin1String("sftp") ? store.describe() + path : path;
        Status written = store.writeAtomic(path, row.content, true);
        if (written)
            return sentTo;
        if (written.error().code != FileError::Exists)
            return written.error();
        // The name is taken. Ours from an attempt that died before recording it? Then it holds exactly our bytes.
        auto there = store.read(path, row.content.size());
        if (there && *there == row.content) {
            qCInfo(lcOutbox).noquote() << QStringLiteral("Source '%1': %2 acknowledgement %3 is already in %4 with the same content (an earlier "
                                                         "attempt wrote it and was interrupted before recording it); recorded as sent, not written again.")
                                              .arg(row.sourceName, row.kind, row.fileName, dir);
            return sentTo;
        }
        if (!there && there.error().code != FileError::TooLarge)
            return Error(there.error().code, msg::AckNameTakenUnreadable(row.fileName, there.error().message));
        // Someone else's file (a partner re-using an interchange number, another source sharing the folder): a
        // time-stamped name, recorded before anything is written under it, so a crash cannot leave two copies.
        auto fresh = freeName(m_outbox, row.sourceId, row.fileName, true);
        if (!fresh)
            return fresh.error();
        qCInfo(lcOutbox).noquote() << QStringLiteral("Source '%1': %2 in %3 is another file; acknowledgement goes out as %4.")
                                          .arg(row.sourceName, row.fileName, dir, *fresh);
        if (Status renamed = m_outbox.rename(row.id, *fresh); !renamed)
            return renamed.error();
        row.fileName = *fresh;
    }
    return Error(FileError::Exists, msg::AckAllNamesTaken(row.fileName, kMaxRenames));
}

Status OutboxSender::record(const SourceRecord *source, QList<Outcome> &outcomes, const QDateTime &now, bool summarised, OutboxRound &round)
{
    const RetryPolicy policy = policyFor(source);
    return m_db.transaction([&]() -> Status {
        for (Outcome &o : outcomes) {
            if (o.ok) {
                if (Status s = m_outbox.markSent(o.row->id, o.sentTo); !s)
                    return s;
                ++round.sent;
                continue;
            }
            const QDateTime next = now.addMSecs(policy.delayMs(o.row->attempts, QRandomGenerator::global()->generateDouble()));
            const QString dir = source ? SourceSettings(*source).string(SourceKey::OutboundPath) : QString();
            const QString text = failureText(*o.row, dir, o.error, next);
            if (Status s = m_outbox.markFailed(o.row->id, text, next); !s)
                return s;
            if (!summarised)
                round.messages << text;
            ++round.failed;
        }
        return {};
    });
}

Result<OutboxRound> OutboxSender::runRound(int maxRows, const QDateTime &now)
{
    OutboxRound round;
    auto due = m_outbox.anyDue(now);
    if (!due)
        return due.error();
    if (!*due)
        return round;
    QList<OutboxRecord> claimed;
    Status s = m_db.transaction([&]() -> Status {
        auto mine = m_outbox.claimDue(now, now.addMSecs(kLeaseMs), maxRows);
        if (!mine)
            return mine.error();
        claimed = std::move(*mine);
        return {};
    });
    if (!s)
        return s.error();
    round.attempted = int(claimed.size());

    // One connection per source and round; rows keep their order within a source.
    QList<qint64> sourceOrder;
    QHash<qint64, QList<OutboxRecord *>> bySource;
    for (OutboxRecord &r : claimed) {
        if (!bySource.contains(r.sourceId))
            sourceOrder.append(r.sourceId);
        bySource[r.sourceId].append(&r);
    }

    for (qint64 sourceId : std::as_const(sourceOrder)) {
        const QList<OutboxRecord *> &rows = bySource[sourceId];
        QList<Outcome> outcomes;
        for (OutboxRecord *r : rows)
            outcomes.append(Outcome{r, {}, {}, false});
        auto failAll = [&](const Error &cause, const SourceRecord *source, const QString &dir) -> Status {
            for (Outcome &o : outcomes)
                o.error = cause;
            const OutboxRecord &first = *rows.first();
            round.messages << msg::AckNotDelivered(first.sourceName, first.orgSlug, rows.size(), dir.isEmpty() ? QString() : msg::AckTo(dir),
                                                   cause.message, advice(cause));
            return record(source, outcomes, now, true, round);
        };

        auto source = m_config.source(sourceId);
        if (!source) {
            if (Status r = failAll(source.error(), nullptr, {}); !r)
                return r.error();
            continue;
        }
        const QString dir = SourceSettings(*source).string(SourceKey::OutboundPath);
        if (dir.isEmpty()) {
            const Error cause(QStringLiteral("config"), QStringLiteral("The source has no outbound_path any more, so there is nowhere to deliver it. "
                                                                       "Set outbound_path in the source's configuration (orderflow config apply)."));
            if (Status r = failAll(cause, &*source, {}); !r)
                return r.error();
            continue;
        }
        auto store = storeFor(*source);
        if (!store) {
            if (Status r = failAll(store.error(), &*source, dir); !r)
                return r.error();
            continue;
        }
        FileStore &fs = **store;
        Status ready = fs.open();
        if (ready)
            ready = fs.ensureDir(dir);
        if (!ready) {
            fs.close();
            if (Status r = failAll(ready.error(), &*source, dir); !r)
                return r.error();
            continue;
        }
        bool anyWritten = false;
        for (Outcome &o : outcomes) {
            auto delivered = deliver(fs, *source, dir, *o.row);
            if (delivered) {
                o.ok = true;
                o.sentTo = *delivered;
                anyWritten = true;
            } else {
                o.error = delivered.error();
            }
        }
        // The renames must survive a power cut before they are recorded as sent; one directory sync covers them.
        if (anyWritten) {
            if (Status synced = fs.syncDir(dir); !synced) {
                for (Outcome &o : outcomes) {
                    if (o.ok) {
                        o.ok = false;
                        o.error = synced.error();
                    }
                }
            }
        }
        fs.close();
        if (Status r = record(&*source, outcomes, now, false, round); !r)
            return r.error();
    }
    return round;   // the caller logs round.messages (once)
}

} // namespace orderflow
