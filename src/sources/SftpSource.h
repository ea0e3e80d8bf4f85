// Type "sftp": a partner's directory polled over SFTP (libssh), with the folder's semantics.
#pragma once

#include "sources/FileSource.h"

namespace orderflow {

class SftpSource final : public FileSource {
public:
    static Result<std::unique_ptr<Source>> create(const SourceRecord &record);

    // Trusting a new host key (`orderflow hostkey trust`) changes the known_hosts file: a paused source resumes.
    QString resumeStamp() const override;

private:
    SftpSource(SourceRecord record, std::unique_ptr<FileStore> store, QString knownHosts);
    QString m_knownHosts;
};

} // namespace orderflow
