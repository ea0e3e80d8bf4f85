#include "transport/SftpFileStore.h"

namespace orderflow {

Result<std::unique_ptr<FileStore>> createSftpFileStore(const QJsonObject &)
{
    return Error(QStringLiteral("unsupported"), QStringLiteral("SFTP is not available in this build yet."));
}

} // namespace orderflow
