// The settings of a source's "config" that the engine reads: each named once here (the SourceRegistry builds the
// schemas from these names), read typed through the schema of the source's type, so a default lives in the
// schema alone.
#pragma once

#include "config/ConfigSchema.h"
#include "storage/ConfigRepository.h"

namespace orderflow {

namespace SourceKey {
// A directory polled for files (folder, sftp).
inline const QString Path = QStringLiteral("path");
inline const QString Pattern = QStringLiteral("pattern");
inline const QString ArchivePath = QStringLiteral("archive_path");
inline const QString ErrorPath = QStringLiteral("error_path");
inline const QString OutboundPath = QStringLiteral("outbound_path");
inline const QString OutboundRetryBaseMs = QStringLiteral("outbound_retry_base_ms");
inline const QString OutboundRetryMaxMs = QStringLiteral("outbound_retry_max_ms");
inline const QString DoneMarkerSuffix = QStringLiteral("done_marker_suffix");
inline const QString SettleMs = QStringLiteral("settle_ms");
inline const QString PollIntervalMs = QStringLiteral("poll_interval_ms");
inline const QString MaxFilesPerPoll = QStringLiteral("max_files_per_poll");
inline const QString MaxFileBytes = QStringLiteral("max_file_bytes");
inline const QString ErrorPauseMs = QStringLiteral("error_pause_ms");
// How what any source reads becomes orders.
inline const QString Mapping = QStringLiteral("mapping");
inline const QString Transforms = QStringLiteral("transforms");
inline const QString SkipLeadingJunk = QStringLiteral("skip_leading_junk");
inline const QString RequireUnitPrice = QStringLiteral("require_unit_price");
}

// One source's settings, typed: the value when it is set and of the field's kind, else the schema's default. A
// source of a type without a schema (the files `orderflow ingest` is given) reads them as a folder source would.
class SourceSettings {
public:
    explicit SourceSettings(const SourceRecord &source);

    QString string(const QString &key) const { return m_schema.stringValue(m_config, key); }
    qint64 integer(const QString &key) const { return m_schema.intValue(m_config, key); }
    bool flag(const QString &key) const { return m_schema.boolValue(m_config, key); }
    QJsonObject object(const QString &key) const { return m_schema.value(m_config, key).toObject(); }
    QJsonArray array(const QString &key) const { return m_schema.value(m_config, key).toArray(); }

    // Where a polled source's files go once stored, or when they cannot be parsed: PATH/archive and PATH/error
    // unless set.
    QString archivePath() const;
    QString errorPath() const;

private:
    const QJsonObject m_config;
    const ConfigSchema &m_schema;
};

} // namespace orderflow
