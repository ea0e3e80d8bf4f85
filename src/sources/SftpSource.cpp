#include "sources/SftpSource.h"

#include "transport/SftpConfig.h"
#include "transport/SftpConfigSchema.h"

#include <QDateTime>
#include <QFileInfo>

namespace orderflow {

SftpSource::SftpSource(SourceRecord record, std::unique_ptr<FileStore> store, QString knownHosts)
    : FileSource(std::move(record), std::move(store)), m_knownHosts(std::move(knownHosts))
{
}

Result<std::unique_ptr<Source>> SftpSource::create(const SourceRecord &record)
{
    auto store = createFileStore(fileTransportOf(record));
    if (!store)
        return Error(store.error().code, QStringLiteral("Source '%1': %2").arg(record.name, store.error().message));
    QString knownHosts = sftpSettingsSchema().stringValue(record.config, SftpKey::KnownHosts);
    if (knownHosts.isEmpty())
        knownHosts = defaultKnownHostsPath();
    return std::unique_ptr<Source>(new SftpSource(record, std::move(*store), knownHosts));
}

QString SftpSource::resumeStamp() const
{
    return knownHostsStamp(m_knownHosts);
}

} // namespace orderflow
