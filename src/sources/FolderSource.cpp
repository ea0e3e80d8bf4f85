#include "sources/FolderSource.h"

namespace orderflow {

Result<std::unique_ptr<Source>> FolderSource::create(const SourceRecord &record)
{
    auto store = createFileStore(record.config);
    if (!store)
        return Error(store.error().code, QStringLiteral("Source '%1': %2").arg(record.name, store.error().message));
    return std::unique_ptr<Source>(new FolderSource(record, std::move(*store)));
}

} // namespace orderflow
