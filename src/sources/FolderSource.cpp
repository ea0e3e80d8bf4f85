#include "sources/FolderSource.h"

#include "domain/messages/SourceMessages.h"

namespace orderflow {

Result<std::unique_ptr<Source>> FolderSource::create(const SourceRecord &record)
{
    auto store = createFileStore(record.config);
    if (!store)
        return Error(store.error().code, msg::SourceProblem(record.name, store.error().message));
    return std::unique_ptr<Source>(new FolderSource(record, std::move(*store)));
}

} // namespace orderflow
