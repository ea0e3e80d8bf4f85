#include "transport/FileStore.h"
#include "transport/LocalFileStore.h"
#include "transport/SftpConfigSchema.h"
#include "transport/SftpFileStore.h"

namespace orderflow {

Result<std::unique_ptr<FileStore>> createFileStore(const QJsonObject &config)
{
    const QString mode = config.value(TransportKey::Mode).toString(TransportMode::Filesystem);
    if (mode == TransportMode::Filesystem || mode == QLatin1String("folder") || mode == QLatin1String("local"))
        return std::unique_ptr<FileStore>(std::make_unique<LocalFileStore>());
    if (mode == TransportMode::Sftp)
        return createSftpFileStore(config);
    return Error(QStringLiteral("config"), QStringLiteral("Unknown transport mode '%1' (use '%2' or '%3').").arg(mode, TransportMode::Filesystem, TransportMode::Sftp));
}

} // namespace orderflow
