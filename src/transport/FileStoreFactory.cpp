#include "transport/FileStore.h"
#include "transport/LocalFileStore.h"
#include "transport/SftpFileStore.h"

namespace orderflow {

Result<std::unique_ptr<FileStore>> createFileStore(const QJsonObject &config)
{
    const QString mode = config.value(QStringLiteral("mode")).toString(QStringLiteral("filesystem"));
    if (mode == QLatin1String("filesystem") || mode == QLatin1String("folder") || mode == QLatin1String("local"))
        return std::unique_ptr<FileStore>(std::make_unique<LocalFileStore>());
    if (mode == QLatin1String("sftp"))
        return createSftpFileStore(config);
    return Error(QStringLiteral("config"), QStringLiteral("Unknown transport mode '%1' (use 'filesystem' or 'sftp').").arg(mode));
}

} // namespace orderflow
