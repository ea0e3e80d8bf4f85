// Type "folder": a local hot folder (or a mounted share).
#pragma once

#include "sources/FileSource.h"

namespace orderflow {

class FolderSource final : public FileSource {
public:
    static Result<std::unique_ptr<Source>> create(const SourceRecord &record);

private:
    using FileSource::FileSource;
};

} // namespace orderflow
