#include "sources/SourceFactories.h"

#include "sources/FolderSource.h"
#include "sources/SftpSource.h"

#include <QMap>
#include <QMutex>
#include <QStringList>

namespace orderflow {
namespace {

struct Factories {
    QMutex lock;
    QMap<QString, SourceFactory> byType{{QStringLiteral("folder"), &FolderSource::create}, {QStringLiteral("sftp"), &SftpSource::create}};
};

Factories &factories()
{
    static Factories f;
    return f;
}

} // namespace

Result<std::unique_ptr<Source>> createSource(const SourceRecord &record)
{
    SourceFactory factory;
    QStringList known;
    {
        QMutexLocker locker(&factories().lock);
        factory = factories().byType.value(record.type);
        known = factories().byType.keys();
    }
    if (!factory)
        return Error(QStringLiteral("config"), QStringLiteral("Source '%1' has type '%2', which this OrderFlow does not know (known: %3); it is not polled. "
                                                              "Change its type or remove it.")
                                                   .arg(record.name, record.type, known.join(QStringLiteral(", "))));
    return factory(record);
}

void registerSourceType(const QString &type, SourceFactory factory)
{
    QMutexLocker locker(&factories().lock);
    factories().byType.insert(type, std::move(factory));
}

} // namespace orderflow
