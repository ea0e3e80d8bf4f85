// What folder and sftp sources share: a polled source over the FileStore port — list the folder, wait until each
// file is stable (or has its done-marker), store it through the sink, move it to archive/ or error/.
#pragma once

#include "sources/Source.h"
#include "sources/StabilityTracker.h"
#include "transport/FileStore.h"

#include <atomic>
#include <memory>

namespace orderflow {

// The FileStore settings of a folder or sftp source: its config, with mode "sftp" for an sftp source. Used wherever
// a source's own files are reached (polling, its acknowledgements, its connection test).
QJsonObject fileTransportOf(const SourceRecord &source);

class FileSource : public Source {
public:
    SourceMode mode() const override { return SourceMode::Polled; }
    Result<PollResult> poll(SourceSink &sink) override;
    // A network call in progress (an SFTP connect to a server that never answers) returns at once; so does every
    // later one: the instance is being dropped.
    void abort() override;

protected:
    FileSource(SourceRecord record, std::unique_ptr<FileStore> store);

private:
    std::unique_ptr<FileStore> m_store;
    StabilityTracker m_tracker;   // what this source saw settling; kept across polls
    std::atomic<bool> m_aborted{false};
};

} // namespace orderflow
