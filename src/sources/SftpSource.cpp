#include "sources/SftpSource.h"

#include "transport/SftpConfig.h"

#include <QDateTime>
#include <QFileInfo>

namespace orderflow {

SftpSource::SftpSource(SourceRecord record, std::unique_ptr<FileStore> store, QString knownHosts)
    : FileSource(std::move(record), std::move(store)), m_knownHosts(std::move(knownHosts))
{
}

Result<std::unique_ptr<Source>> SftpSource::create(const SourceRecord &record)
{
    QJsonObject transport = record.config;
    transport.insert(QStringLiteral("mode"), QStringLiteral("sftp"));
    auto store = createFileStore(transport);
    if (!store)
        return Error(store.error().code, QStringLiteral("Source '%1': %2").arg(record.name, store.error().message));
    QString knownHosts = record.config.value(QStringLiteral("known_hosts")).toString();
    if (knownHosts.isEmpty())
        knownHosts = defaultKnownHostsPath();
    return std::unique_ptr<Source>(new SftpSource(record, std::move(*store), knownHosts));
}

QString SftpSource::resumeStamp() const
{
    const QFileInfo info(m_knownHosts);
    return info.exists() ? QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char('/') + QString::number(info.size()) : QString();
}

} // namespace orderflow
