#include "sources/Source.h"

#include "sources/SourceRegistry.h"

namespace orderflow {

qint64 Source::setting(const QString &name, qint64 fallback) const
{
    const ConfigSchema *schema = SourceRegistry::instance().schema(m_record.type);
    if (schema && schema->field(name))
        return schema->intValue(m_record.config, name);
    return qint64(m_record.config.value(name).toDouble(double(fallback)));
}

qint64 Source::errorPauseMs() const
{
    return std::max<qint64>(0, setting(QStringLiteral("error_pause_ms"), 5 * 60 * 1000));
}

qint64 Source::pollIntervalMs() const
{
    return std::max<qint64>(0, setting(QStringLiteral("poll_interval_ms"), 1000));
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
