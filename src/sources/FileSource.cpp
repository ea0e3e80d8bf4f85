#include "sources/FileSource.h"

#include "domain/messages/SourceMessages.h"
#include "sources/SourceSettings.h"
#include "transport/SftpConfigSchema.h"

namespace orderflow {

QJsonObject fileTransportOf(const SourceRecord &source)
{
    QJsonObject transport = source.config;
    if (source.type == QLatin1String("sftp"))
        transport.insert(TransportKey::Mode, TransportMode::Sftp);
    return transport;
}

FileSource::FileSource(SourceRecord record, std::unique_ptr<FileStore> store) : Source(std::move(record)), m_store(std::move(store)) {}

void FileSource::abort()
{
    m_aborted = true;
    m_store->abort();
}

Result<PollResult> FileSource::poll(SourceSink &sink)
{
    if (m_aborted)
        return Error(QStringLiteral("aborted"), msg::SourceStopping(record().name));
    auto report = sink.pollFolder(*m_store, m_tracker);
    if (!report)
        return report.error();
    PollResult out;
    out.taken = int(report->files.size());
    out.backlog = report->waiting;
    out.problems = report->problems;
    // The per-poll limit was reached: the rest is ready too.
    out.more = out.taken >= SourceSettings(record()).integer(SourceKey::MaxFilesPerPoll);
    return out;
}

} // namespace orderflow
