#include "sources/Source.h"

#include "sources/SourceSettings.h"

namespace orderflow {

qint64 Source::errorPauseMs() const
{
    return std::max<qint64>(0, SourceSettings(m_record).integer(SourceKey::ErrorPauseMs));
}

qint64 Source::pollIntervalMs() const
{
    return std::max<qint64>(0, SourceSettings(m_record).integer(SourceKey::PollIntervalMs));
}

Result<PollResult> Source::poll(SourceSink &)
{
    return Error(QStringLiteral("internal"), QStringLiteral("Source '%1' (%2) is not polled.").arg(m_record.name, m_record.type));
}

Status Source::start(SourceSink &)
{
    return Error(QStringLiteral("internal"), QStringLiteral("Source '%1' (%2) is polled, it is not started.").arg(m_record.name, m_record.type));
}

} // namespace orderflow
