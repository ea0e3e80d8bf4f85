#include "pipeline/Ingestor.h"

#include "domain/Sha256.h"
#include "domain/messages/SourceMessages.h"
#include "formats/DocumentStream.h"
#include "formats/FormatRegistry.h"
#include "pipeline/OutboxSender.h"
#include "sources/SourceSettings.h"
#include "storage/SourceCheckpointRepository.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QScopeGuard>

Q_LOGGING_CATEGORY(lcIngest, "orderflow.ingest")

namespace orderflow {
namespace {

constexpr int kBatchFiles = 250;

} // namespace

ParseOptions parseOptionsFor(const SourceRecord &source, const QString &fileName)
{
    ParseOptions o;
    o.fileName = fileName;
    o.format = source.format.isEmpty() ? QStringLiteral("auto") : source.format;
    const SourceSettings settings(source);
    o.jsonMapping = settings.object(SourceKey::Mapping);
    o.skipLeadingJunk = settings.flag(SourceKey::SkipLeadingJunk);
    o.generateAcknowledgements = !settings.string(SourceKey::OutboundPath).isEmpty();
    return o;
}

Status Ingestor::storeOne(const SourceRecord &source, Pending &p, OrderStateChanges &changes, bool forceReparse)
{
    IngestedFile &out = p.result;
    out.name = p.entry.name;
    const QString sha = !p.sha256.isEmpty() ? p.sha256 : QString::fromLatin1(sha256Hex(p.content));
    if (p.idempotencyKey.isEmpty())
        return storeContent(source, p, sha, changes, forceReparse);

    // The key is looked up and recorded in the transaction that stores the message: a repeat never stores twice.
    auto keyed = m_inbound.findIdempotencyKey(source.id, p.idempotencyKey);
    if (!keyed)
        return keyed.error();
    if (*keyed) {
        out.inboundId = (*keyed)->inboundId;
        if ((*keyed)->bodySha256 != sha) {
            out.status = QStringLiteral("idempotency_conflict");
            out.errors << msg::IdempotencyKeyReused(p.idempotencyKey, out.inboundId);
        } else {
            out.status = QStringLiteral("already_ingested");
        }
        return {};
    }
    if (Status s = storeContent(source, p, sha, changes, forceReparse); !s)
        return s;
    // A duplicate answers for the message that carries the orders.
    if (out.status == QLatin1String("duplicate")) {
        auto dup = m_inbound.get(out.inboundId);
        if (dup && dup->duplicateOf)
            out.inboundId = dup->duplicateOf;
    }
    return m_inbound.recordIdempotencyKey(source.id, p.idempotencyKey, sha, out.inboundId);
}

Status Ingestor::storeContent(const SourceRecord &source, Pending &p, const QString &sha, OrderStateChanges &changes, bool forceReparse)
{
    IngestedFile &out = p.result;

    InboundRecord rec;
    rec.orgId = source.orgId;
    rec.sourceId = source.id;
    rec.remoteName = p.entry.name;
    rec.size = p.readFailed ? p.entry.size : p.content.size();
    rec.sha256 = p.readFailed ? QString() : sha;
    rec.receivedAt = nowText();

    if (p.readFailed) {   // too large or refused: recorded, not kept, not parsed
        rec.status = QStringLiteral("parse_error");
        rec.errors.append(QJsonObject{{QStringLiteral("text"), p.readError.message}, {QStringLiteral("message"), p.readError.message},
                                      {QStringLiteral("file"), p.entry.name}});
        out.status = rec.status;
        out.errors << p.readError.message;
        Status s = m_inbound.insert(rec, QByteArray());
        out.inboundId = rec.id;
        return s;
    }

    if (!forceReparse) {
        auto original = m_inbound.findOriginal(source.id, sha);
        if (!original)
            return original.error();
        if (*original) {
            auto prior = m_inbound.get(*original);
            if (prior && prior->remoteName == p.entry.name) {
                // Stored before a crash (or a failed move): the file only still needs moving to the archive.
                out.status = QStringLiteral("already_ingested");
                out.inboundId = *original;
                return {};
            }
            rec.status = QStringLiteral("duplicate");
            rec.duplicateOf = *original;
            out.status = rec.status;
            out.errors << msg::SameContentAsInbound(*original, prior ? prior->remoteName : QString());
            Status s = m_inbound.insert(rec, QByteArray());
            out.inboundId = rec.id;
            return s;
        }
    }

    // The inbound row first (its orders refer to it), then the file one interchange at a time: each part's orders
    // and acknowledgements are stored and dropped before the next is parsed, so a big mailbag never holds more
    // than one interchange's orders. All of it is one transaction; the row's verdict is written at the end — or, for
    // a document of one part without interchange numbers (a partner's JSON order, the HTTP intake), with the row
    // itself: one write instead of an insert and an update.
    const QDateTime receivedAt = timeFromText(rec.receivedAt);
    ParseOptions options = parseOptionsFor(source, p.entry.name);
    options.parsedJson = p.parsedJson;
    DocumentStream stream(QByteArrayView(p.content), options);
    const auto takeErrors = [&](const ParseResult &parsed) {
        for (const ParseError &e : std::as_const(parsed.errors)) {
            QJsonObject o = e.toJson();
            o.insert(QStringLiteral("text"), e.toString());
            rec.errors.append(o);
            out.errors << e.toString();
        }
        for (const Order &order : parsed.orders) {
            if (rec.format.isEmpty())
                rec.format = order.sourceFormat;
        }
    };
    const auto storePart = [&](ParseResult &parsed) -> Status {
        for (const QString &interchange : std::as_const(parsed.interchangeIds)) {
            auto seenIn = m_inbound.interchangeSeenIn(source.id, interchange);
            if (!seenIn)
                return seenIn.error();
            if (*seenIn != 0) {
                const QString warning = msg::InterchangeReused(interchange, *seenIn);
                rec.errors.append(QJsonObject{{QStringLiteral("text"), warning}, {QStringLiteral("message"), warning}, {QStringLiteral("severity"), QStringLiteral("warning")}});
                out.errors << warning;
            }
            if (Status s = m_inbound.recordInterchange(source.id, interchange, rec.id); !s)
                return s;
        }
        for (Order &order : parsed.orders) {
            order.orgId = source.orgId;
            order.sourceId = source.id;
            order.inboundId = rec.id;
            order.inboundSha256 = sha;
            order.receivedAt = receivedAt;
            if (Status s = m_orders.insert(order); !s)
                return s;
            changes.append(OrderStateChange{order.id, order.orgId, OrderState::Received, OrderState::Received, true});
            ++out.orders;
            out.orderIds << order.id;
        }
        // The partner's acknowledgements commit with the orders they acknowledge, or not at all. A replay parses bytes
        // that were acknowledged when they first arrived: the partner gets no second 997/CONTRL for them.
        if (!forceReparse && !parsed.acknowledgements.isEmpty())
            return queueAcknowledgements(m_db, source, rec.id, parsed.acknowledgements);
        return {};
    };
    const auto verdict = [&](int orders) {
        if (rec.format.isEmpty())
            rec.format = detectFormat(p.content);
        rec.status = orders == 0 ? QStringLiteral("parse_error") : QStringLiteral("parsed");
        rec.orderCount = orders;
        out.status = rec.status;
    };

    ParseResult first;
    ParseResult parsed;
    const bool hasFirst = stream.next(first);
    const bool hasMore = hasFirst && stream.next(parsed);
    if (!hasFirst)
        first = ParseResult();   // nothing read: only what a part returned counts
    if (!hasMore && first.interchangeIds.isEmpty()) {
        takeErrors(first);
        verdict(int(first.orders.size()));
        if (Status s = m_inbound.insert(rec, p.content); !s)
            return s;
        out.inboundId = rec.id;
        return storePart(first);
    }

    rec.status = QStringLiteral("parse_error");
    if (Status s = m_inbound.insert(rec, p.content); !s)
        return s;
    out.inboundId = rec.id;
    takeErrors(first);
    if (Status s = storePart(first); !s)
        return s;
    first = ParseResult();
    for (bool more = hasMore; more; more = stream.next(parsed)) {
        takeErrors(parsed);
        if (Status s = storePart(parsed); !s)
            return s;
    }
    verdict(out.orders);
    if (Status s = m_inbound.updateStatus(rec.id, rec.status, rec.format, rec.errors, rec.orderCount); !s)
        return s;
    return {};
}

Result<IngestedFile> Ingestor::ingestDocument(const SourceRecord &source, const QString &name, const QByteArray &content,
                                              OrderStateChanges *changes, bool forceReparse)
{
    Pending p;
    p.entry.name = name;
    p.entry.size = content.size();
    p.content = content;
    OrderStateChanges local;
    Status s = m_db.transaction([&] { return storeOne(source, p, local, forceReparse); });
    if (!s)
        return s.error();
    if (changes)
        changes->append(local);
    return p.result;
}

Result<QList<IngestedFile>> Ingestor::storeDocuments(const SourceRecord &source, const QList<InboundDocument> &documents,
                                                     const std::optional<CheckpointAdvance> &checkpoint, OrderStateChanges *changes)
{
    QList<Pending> pending(documents.size());
    for (qsizetype i = 0; i < documents.size(); ++i) {
        pending[i].entry.name = documents[i].name;
        pending[i].entry.size = documents[i].content.size();
        pending[i].content = documents[i].content;
        pending[i].idempotencyKey = documents[i].idempotencyKey;
        pending[i].sha256 = documents[i].sha256;
        pending[i].parsedJson = documents[i].parsedJson;
    }
    OrderStateChanges local;
    SourceCheckpointRepository checkpoints(m_db);
    // The orders' audit rows go in together at the end (a group commit of HTTP requests: one INSERT, not one per order).
    const auto audited = qScopeGuard([this] { m_orders.audit().endDeferring(); });
    Status s = m_db.transaction([&]() -> Status {
        m_orders.audit().defer();
        for (Pending &p : pending) {
            if (Status e = storeOne(source, p, local, false); !e)
                return e;
        }
        if (Status e = m_orders.audit().flush(); !e)
            return e;
        if (checkpoint)
            return checkpoints.advance(source.id, checkpoint->stream, checkpoint->expected, checkpoint->cursor);
        return {};
    });
    if (!s)
        return Error(s.error().code, msg::SourceNothingStoredCheckpoint(source.name, documents.size(), s.error().message));
    if (changes)
        changes->append(local);
    QList<IngestedFile> out;
    out.reserve(pending.size());
    for (const Pending &p : std::as_const(pending))
        out.append(p.result);
    return out;
}

namespace {

// A file that gave no usable order went to error/: say so once in the daemon's log, and leave the reason beside it
// (NAME.error.txt) for whoever looks in that folder — the partner's or the operator's file browser.
void explainRejectedFile(FileStore &store, const SourceRecord &source, const IngestedFile &file, const QString &movedTo)
{
    const QString reasons = file.errors.isEmpty() ? msg::StoredByEarlierPoll()
                                                  : file.errors.join(QStringLiteral("\n"));
    qCWarning(lcIngest).noquote() << QStringLiteral("Source '%1' (%2): %3 gave no usable order and was moved to %4 (inbound %5): %6")
                                         .arg(source.name, source.orgSlug, file.name, movedTo)
                                         .arg(file.inboundId)
                                         .arg(file.errors.value(0, reasons));
    const QString text = msg::RejectedFileExplained(file.name, source.name, source.orgSlug, file.inboundId, movedTo, reasons);
    if (Status s = store.writeAtomic(movedTo + QStringLiteral(".error.txt"), text.toUtf8(), false); !s)
        qCWarning(lcIngest).noquote() << QStringLiteral("Source '%1': could not write the reason beside %2: %3").arg(source.name, movedTo, s.error().message);
}

} // namespace

Result<IngestReport> Ingestor::pollSource(const SourceRecord &source, FileStore &store, StabilityTracker &tracker)
{
    IngestReport report;
    const SourceSettings settings(source);
    const QString dir = settings.string(SourceKey::Path);
    if (dir.isEmpty())
        return Error(QStringLiteral("config"), msg::SourceNoPath(source.name));
    const QString archiveDir = settings.archivePath();
    const QString errorDir = settings.errorPath();
    const QString pattern = settings.string(SourceKey::Pattern);
    const QString doneSuffix = settings.string(SourceKey::DoneMarkerSuffix);
    const qint64 settleMs = settings.integer(SourceKey::SettleMs);
    const qint64 maxBytes = settings.integer(SourceKey::MaxFileBytes);
    const int maxFiles = int(settings.integer(SourceKey::MaxFilesPerPoll));

    if (Status s = store.open(); !s)
        return Error(s.error().code, msg::SourceProblem(source.name, s.error().message));
    // Every entry, also those that are not regular files: they are refused by name, never opened.
    auto listed = store.listEntries(dir, pattern);
    if (!listed) {
        store.close();
        return Error(listed.error().code, msg::SourceProblem(source.name, listed.error().message));
    }

    QSet<QString> present;
    QSet<QString> markers;
    int dataFiles = 0;
    for (const FileEntry &e : *listed) {
        present.insert(e.name);
        if (e.kind == FileEntry::Kind::Regular && !doneSuffix.isEmpty() && e.name.endsWith(doneSuffix))
            markers.insert(e.name.chopped(doneSuffix.size()));
        else if (e.kind == FileEntry::Kind::Regular)
            ++dataFiles;
    }
    if (!doneSuffix.isEmpty()) {
        // Markers may not match the data pattern; look for them explicitly.
        auto all = store.list(dir, QLatin1Char('*') + doneSuffix);
        if (all) {
            for (const FileEntry &e : *all)
                markers.insert(e.name.chopped(doneSuffix.size()));
        }
    }
    tracker.retainOnly(present);

    const qint64 now = StabilityTracker::nowMs();
    QList<Pending> ready;
    auto refuse = [&](Pending &p, const QString &what) {
        // Recorded as a parse error without content and moved to error/ like any file that cannot be used.
        p.readFailed = true;
        p.readError = Error(FileError::NotRegular,
                            msg::RefusedNotRegular(p.entry.name, dir, what, errorDir));
        report.problems << msg::SourceProblem(source.name, p.readError.message);
    };
    for (const FileEntry &e : *listed) {
        if (ready.size() >= maxFiles)
            break;
        if (e.kind != FileEntry::Kind::Regular) {
            if (tracker.firstRefusal(e)) {
                Pending p;
                p.entry = e;
                refuse(p, describeKind(e.kind));
                ready.append(p);
            } else {
                report.problems << msg::RefusedStillThere(source.name, e.name, dir, describeKind(e.kind));
            }
            continue;
        }
        if (!doneSuffix.isEmpty() && e.name.endsWith(doneSuffix))
            continue;
        const bool isReady = doneSuffix.isEmpty() ? tracker.isStable(e, now, settleMs) : markers.contains(e.name);
        if (!isReady)
            continue;
        Pending p;
        p.entry = e;
        ready.append(p);
    }

    bool connectionLost = false;
    for (qsizetype start = 0; start < ready.size() && !connectionLost; start += kBatchFiles) {
        const qsizetype end = std::min(ready.size(), start + kBatchFiles);
        QList<qsizetype> batch;
        for (qsizetype i = start; i < end; ++i) {
            Pending &p = ready[i];
            if (p.readFailed) {   // refused at the listing: never opened
                batch.append(i);
                continue;
            }
            auto content = store.read(joinPath(dir, p.entry.name), maxBytes);
            if (!content) {
                const QString code = content.error().code;
                if (code == FileError::Connection || code == FileError::HostKey || code == FileError::Auth) {
                    // The server went away (or changed) mid-poll: store what was read, leave the rest for the next poll.
                    report.problems << msg::SourceLostConnection(source.name, p.entry.name, content.error().message, ready.size() - i);
                    connectionLost = true;
                    break;
                }
                if (code == FileError::NotFound) {
                    // Listed, then gone before it could be read (taken by another reader?): nothing was stored from it.
                    report.problems << msg::SourceFileDisappeared(source.name, p.entry.name, dir);
                    tracker.forget(p.entry.name);
                    continue;
                }
                if (code == FileError::NotRegular) {
                    // Swapped for a link or a pipe after the listing: refused by the open itself.
                    if (!tracker.firstRefusal(p.entry))
                        continue;
                    refuse(p, msg::NotRegularAnyMore());
                } else if (code == FileError::TooLarge) {
                    p.readFailed = true;
                    p.readError = Error(content.error().code,
                                        msg::FileOverSourceLimit(p.entry.name, QString::number(double(p.entry.size) / 1048576.0, 'f', 1),
                                                                 QString::number(double(maxBytes) / 1048576.0, 'f', 1), errorDir));
                } else {
                    report.problems << msg::SourceLeftInPlace(source.name, content.error().message);
                    continue;
                }
            } else {
                p.content = std::move(*content);
            }
            batch.append(i);
        }
        // What changed while it was read may be half of something (a parse error that is no error, or the first
        // orders of a file that gets more): only files that look after the read as they did in the listing are
        // stored; the others wait for the next poll. Without a connection there is nothing to compare with, and
        // what was read had been stable for settle_ms (or had its done-marker).
        if (!connectionLost && !batch.isEmpty()) {
            QStringList names;
            for (qsizetype i : std::as_const(batch)) {
                if (ready[i].readError.code != FileError::NotRegular)
                    names << ready[i].entry.name;
            }
            auto after = store.lookUp(dir, names);
            if (after) {
                QHash<QString, FileEntry> seen;
                for (const FileEntry &e : std::as_const(*after))
                    seen.insert(e.name, e);
                batch.removeIf([&](qsizetype i) {
                    const Pending &p = ready[i];
                    if (p.readError.code == FileError::NotRegular)
                        return false;
                    const auto it = seen.constFind(p.entry.name);
                    if (it != seen.cend() && it->sameVersionAs(p.entry))
                        return false;
                    report.problems << msg::ChangedWhileRead(source.name, p.entry.name, dir, it == seen.cend() ? msg::Disappeared() : msg::Changed());
                    tracker.forget(p.entry.name);
                    return true;
                });
            }
        }
        OrderStateChanges changes;
        Status s = m_db.transaction([&]() -> Status {
            for (qsizetype i : batch) {
                if (Status e = storeOne(source, ready[i], changes, false); !e)
                    return e;
            }
            return {};
        });
        if (!s) {
            store.close();
            return Error(s.error().code, msg::SourceBatchNotStored(source.name, s.error().message));
        }
        report.changes.append(changes);
        // Only now, with the rows durable, do the files leave the inbox.
        for (qsizetype i : batch) {
            Pending &p = ready[i];
            bool failed = p.result.status == QLatin1String("parse_error");
            if (p.result.status == QLatin1String("already_ingested")) {
                // Stored by an earlier poll whose move failed: it goes where it would have gone then.
                auto prior = m_inbound.get(p.result.inboundId);
                failed = prior && prior->status == QLatin1String("parse_error");
            }
            const QString from = joinPath(dir, p.entry.name);
            auto moved = moveAside(store, from, failed ? errorDir : archiveDir, p.entry.name);
            if (!moved)
                report.problems << msg::StoredNotMoved(source.name, p.entry.name, p.result.inboundId, failed ? errorDir : archiveDir, moved.error().message, dir,
                                                       isTransientFileError(moved.error()) ? msg::NextPollMovesIt() : msg::FixDirectoryToMove());
            else if (failed)
                explainRejectedFile(store, source, p.result, *moved);
            if (!doneSuffix.isEmpty()) {
                // A marker left behind would make the next file of that name look complete before it is.
                if (Status r = store.remove(joinPath(dir, p.entry.name + doneSuffix)); !r)
                    report.problems << msg::DoneMarkerNotRemoved(source.name, p.entry.name, r.error().message);
            }
            tracker.forget(p.entry.name);
            // Acknowledgements to the partner were queued in the partner outbox with the orders; the outbox worker
            // delivers them.
            report.files.append(p.result);
        }
    }
    store.close();
    report.waiting = std::max(0, dataFiles - int(report.files.size()));
    return report;   // the caller reports the problems (once)
}

} // namespace orderflow
