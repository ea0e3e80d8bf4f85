#include "pipeline/Ingestor.h"

#include "formats/FormatRegistry.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIngest, "orderflow.ingest")

namespace orderflow {
namespace {

constexpr qint64 kDefaultMaxFileBytes = 16 * 1024 * 1024;
constexpr int kBatchFiles = 250;

QString configString(const SourceRecord &s, const char *key, const QString &fallback = {})
{
    return s.config.value(QLatin1String(key)).toString(fallback);
}

} // namespace

bool StabilityTracker::isStable(const FileEntry &entry, const QDateTime &now, qint64 settleMs)
{
    const auto it = m_seen.constFind(entry.name);
    const bool unchanged = it != m_seen.cend() && it->size == entry.size && it->modified == entry.modified;
    m_seen.insert(entry.name, Seen{entry.size, entry.modified});
    if (unchanged)
        return true;
    return entry.modified.isValid() && entry.modified.msecsTo(now) >= settleMs;
}

void StabilityTracker::retainOnly(const QSet<QString> &names)
{
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (!names.contains(it.key()))
            it = m_seen.erase(it);
        else
            ++it;
    }
}

ParseOptions parseOptionsFor(const SourceRecord &source, const QString &fileName)
{
    ParseOptions o;
    o.fileName = fileName;
    o.format = source.format.isEmpty() ? QStringLiteral("auto") : source.format;
    o.jsonMapping = source.config.value(QStringLiteral("mapping")).toObject();
    o.skipLeadingJunk = source.config.value(QStringLiteral("skip_leading_junk")).toBool(false);
    o.generateAcknowledgements = !source.config.value(QStringLiteral("outbound_path")).toString().isEmpty();
    return o;
}

Status Ingestor::storeOne(const SourceRecord &source, Pending &p, OrderStateChanges &changes, bool forceReparse)
{
    IngestedFile &out = p.result;
    out.name = p.entry.name;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(p.content, QCryptographicHash::Sha256).toHex());

    InboundRecord rec;
    rec.orgId = source.orgId;
    rec.sourceId = source.id;
    rec.remoteName = p.entry.name;
    rec.size = p.readFailed ? p.entry.size : p.content.size();
    rec.sha256 = p.readFailed ? QString() : sha;
    rec.receivedAt = nowText();

    if (p.readFailed) {   // too large: recorded, not kept, not parsed
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
            out.errors << QStringLiteral("same content as inbound message %1 (%2): no new orders").arg(*original).arg(prior ? prior->remoteName : QString());
            Status s = m_inbound.insert(rec, QByteArray());
            out.inboundId = rec.id;
            return s;
        }
    }

    ParseResult parsed = parseDocument(p.content, parseOptionsFor(source, p.entry.name));
    rec.format = parsed.orders.isEmpty() ? detectFormat(p.content) : parsed.orders.first().sourceFormat;
    for (const ParseError &e : parsed.errors) {
        QJsonObject o = e.toJson();
        o.insert(QStringLiteral("text"), e.toString());
        rec.errors.append(o);
        out.errors << e.toString();
    }
    rec.status = parsed.orders.isEmpty() ? QStringLiteral("parse_error") : QStringLiteral("parsed");
    rec.orderCount = int(parsed.orders.size());
    if (Status s = m_inbound.insert(rec, p.content); !s)
        return s;
    out.inboundId = rec.id;
    out.status = rec.status;

    for (const QString &interchange : parsed.interchangeIds) {
        QSqlQuery &q = m_db.query(QStringLiteral("SELECT inbound_id FROM inbound_interchange WHERE source_id = ? AND interchange_id = ? LIMIT 1"));
        q.addBindValue(source.id);
        q.addBindValue(interchange);
        if (Status s = execQuery(q, QStringLiteral("checking interchange numbers")); !s)
            return s;
        if (q.next()) {
            const QString warning = QStringLiteral("interchange %1 was already received in inbound message %2: the partner reused a control number")
                                        .arg(interchange).arg(q.value(0).toLongLong());
            rec.errors.append(QJsonObject{{QStringLiteral("text"), warning}, {QStringLiteral("message"), warning}, {QStringLiteral("severity"), QStringLiteral("warning")}});
            out.errors << warning;
            if (Status s = m_inbound.updateStatus(rec.id, rec.status, rec.format, rec.errors, rec.orderCount); !s)
                return s;
        }
        QSqlQuery &ins = m_db.query(QStringLiteral("INSERT INTO inbound_interchange (source_id, interchange_id, inbound_id) VALUES (?,?,?)"));
        ins.addBindValue(source.id);
        ins.addBindValue(interchange);
        ins.addBindValue(rec.id);
        if (Status s = execQuery(ins, QStringLiteral("recording interchange numbers")); !s)
            return s;
    }

    const QDateTime receivedAt = timeFromText(rec.receivedAt);
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
    }
    p.acks = parsed.acknowledgements;
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

Result<IngestReport> Ingestor::pollSource(const SourceRecord &source, FileStore &store, StabilityTracker &tracker)
{
    IngestReport report;
    const QString dir = configString(source, "path");
    if (dir.isEmpty())
        return Error(QStringLiteral("config"), QStringLiteral("Source '%1' has no 'path' to poll.").arg(source.name));
    const QString archiveDir = configString(source, "archive_path", joinPath(dir, QStringLiteral("archive")));
    const QString errorDir = configString(source, "error_path", joinPath(dir, QStringLiteral("error")));
    const QString outboundDir = configString(source, "outbound_path");
    const QString pattern = configString(source, "pattern", QStringLiteral("*"));
    const QString doneSuffix = configString(source, "done_marker_suffix");
    const qint64 settleMs = qint64(source.config.value(QStringLiteral("settle_ms")).toDouble(2000));
    const qint64 maxBytes = qint64(source.config.value(QStringLiteral("max_file_bytes")).toDouble(double(kDefaultMaxFileBytes)));
    const int maxFiles = source.config.value(QStringLiteral("max_files_per_poll")).toInt(1000);

    if (Status s = store.open(); !s)
        return Error(s.error().code, QStringLiteral("Source '%1': %2").arg(source.name, s.error().message));
    auto listed = store.list(dir, pattern);
    if (!listed) {
        store.close();
        return Error(listed.error().code, QStringLiteral("Source '%1': %2").arg(source.name, listed.error().message));
    }

    QSet<QString> present;
    QSet<QString> markers;
    for (const FileEntry &e : *listed) {
        present.insert(e.name);
        if (!doneSuffix.isEmpty() && e.name.endsWith(doneSuffix))
            markers.insert(e.name.chopped(doneSuffix.size()));
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

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Pending> ready;
    for (const FileEntry &e : *listed) {
        if (!doneSuffix.isEmpty() && e.name.endsWith(doneSuffix))
            continue;
        const bool isReady = doneSuffix.isEmpty() ? tracker.isStable(e, now, settleMs) : markers.contains(e.name);
        if (!isReady)
            continue;
        if (ready.size() >= maxFiles)
            break;
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
            auto content = store.read(joinPath(dir, p.entry.name), maxBytes);
            if (!content) {
                const QString code = content.error().code;
                if (code == FileError::Connection || code == FileError::HostKey || code == FileError::Auth) {
                    // The server went away (or changed) mid-poll: store what was read, leave the rest for the next poll.
                    report.problems << QStringLiteral("Source '%1': lost the connection while reading %2: %3 (%4 files left in place for the next poll)")
                                           .arg(source.name, p.entry.name, content.error().message).arg(ready.size() - i);
                    connectionLost = true;
                    break;
                }
                if (code == FileError::NotFound) {
                    // Listed, then gone before it could be read (taken by another reader?): nothing was stored from it.
                    report.problems << QStringLiteral("Source '%1': %2 disappeared from %3 before it could be read; nothing was stored from it.")
                                           .arg(source.name, p.entry.name, dir);
                    tracker.forget(p.entry.name);
                    continue;
                }
                if (code == FileError::TooLarge) {
                    p.readFailed = true;
                    p.readError = Error(content.error().code,
                                        QStringLiteral("%1 is %2 MB, larger than this source's limit of %3 MB (max_file_bytes); it was moved to %4 and not parsed.")
                                            .arg(p.entry.name).arg(double(p.entry.size) / 1048576.0, 0, 'f', 1).arg(double(maxBytes) / 1048576.0, 0, 'f', 1).arg(errorDir));
                } else {
                    report.problems << QStringLiteral("Source '%1': %2 (left in place; retried next poll)").arg(source.name, content.error().message);
                    continue;
                }
            } else {
                p.content = std::move(*content);
            }
            batch.append(i);
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
            return Error(s.error().code, QStringLiteral("Source '%1': nothing from this batch was stored (%2); the files stay in place and are retried.")
                                             .arg(source.name, s.error().message));
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
            if (Status m = moveAside(store, from, failed ? errorDir : archiveDir, p.entry.name); !m)
                report.problems << QStringLiteral("Source '%1': stored %2 (inbound %3) but could not move it to %4: %5 It stays in %6 and is not ingested again; %7")
                                       .arg(source.name, p.entry.name).arg(p.result.inboundId).arg(failed ? errorDir : archiveDir, m.error().message, dir,
                                            isTransientFileError(m.error()) ? QStringLiteral("the next poll moves it.")
                                                                            : QStringLiteral("fix the directory (permissions, path) so it can be moved."));
            if (!doneSuffix.isEmpty()) {
                // A marker left behind would make the next file of that name look complete before it is.
                if (Status r = store.remove(joinPath(dir, p.entry.name + doneSuffix)); !r)
                    report.problems << QStringLiteral("Source '%1': could not remove the done marker of %2: %3 Remove it by hand before the "
                                                      "partner sends a file of that name again.").arg(source.name, p.entry.name, r.error().message);
            }
            tracker.forget(p.entry.name);
            for (const OutboundDocument &ack : p.acks) {
                if (outboundDir.isEmpty())
                    break;
                (void)store.ensureDir(outboundDir);   // if it fails, the write below fails and says where
                Status w = store.writeAtomic(joinPath(outboundDir, ack.fileName), ack.content, true);
                if (!w && w.error().code == FileError::Exists) {
                    // The partner reused an interchange number: the acknowledgement still goes out, under a unique name.
                    w = store.writeAtomic(joinPath(outboundDir, timestampedName(ack.fileName)), ack.content, true);
                }
                if (!w)
                    report.problems << QStringLiteral("Source '%1': could not write %2 acknowledgement %3: %4").arg(source.name, ack.kind, ack.fileName, w.error().message);
            }
            report.files.append(p.result);
        }
    }
    store.close();
    return report;   // the caller reports the problems (once)
}

} // namespace orderflow
