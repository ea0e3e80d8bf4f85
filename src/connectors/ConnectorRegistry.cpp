#include "connectors/DropzoneConnector.h"
#include "connectors/ErpConnector.h"
#include "connectors/MockConnector.h"
#include "connectors/RestConnector.h"

namespace orderflow {

ConnectorRegistry::ConnectorRegistry()
{
    add(QStringLiteral("DROPZONE_JSON_V1"), QString::fromUtf8(QT_TRANSLATE_NOOP("config", "export JSON into a folder or over SFTP (.tmp then rename); ack/error files back")),
        &DropzoneConnector::create, DropzoneConnector::schema());
    add(QStringLiteral("REST_JSON_V1"), QString::fromUtf8(QT_TRANSLATE_NOOP("config", "export JSON POSTed to the ERP's REST API (bearer token, Idempotency-Key); acked by its answer")),
        &RestConnector::create, RestConnector::schema());
    add(QStringLiteral("MOCK"), QString::fromUtf8(QT_TRANSLATE_NOOP("config", "local testing: succeeds, fails or is flaky by configuration")), &MockConnector::create, MockConnector::schema());
}

ConnectorRegistry &ConnectorRegistry::instance()
{
    static ConnectorRegistry registry;
    return registry;
}

void ConnectorRegistry::add(const QString &type, const QString &description, Factory factory, ConfigSchema schema)
{
    m_entries.insert(type, Entry{description, std::move(factory), std::move(schema)});
}

Result<std::unique_ptr<ErpConnector>> ConnectorRegistry::create(const ConnectionRecord &connection) const
{
    const auto it = m_entries.find(connection.type);
    if (it == m_entries.end()) {
        return Error(QStringLiteral("config"), QStringLiteral("Connection '%1' has type '%2', which this OrderFlow does not know (known: %3).")
                                                   .arg(connection.name, connection.type, QStringList(m_entries.keys()).join(QStringLiteral(", "))));
    }
    return it->factory(connection);
}

QList<QPair<QString, QString>> ConnectorRegistry::types() const
{
    QList<QPair<QString, QString>> out;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        out.append({it.key(), it->description});
    return out;
}

const ConfigSchema *ConnectorRegistry::schema(const QString &type) const
{
    const auto it = m_entries.constFind(type);
    return it == m_entries.cend() ? nullptr : &it->schema;
}

ConfigSchema ConnectorRegistry::commonFields()
{
    const ConnectionRecord defaults;
    ConfigSchema s(QStringLiteral("a connection"));
    s.add(FieldSpec::oneOf(QStringLiteral("status"), {QStringLiteral("ACTIVE"), QStringLiteral("DISABLED")}, QStringLiteral("ACTIVE"))
              .describe(QT_TRANSLATE_NOOP("config", "A disabled connection takes no pushes; an organisation has one active connection per type.")));
    s.add(FieldSpec::integer(QStringLiteral("max_retries"), defaults.maxRetries).range(0, 100)
              .describe(QT_TRANSLATE_NOOP("config", "Automatic retries after a transient failure (3 = 4 attempts).")));
    s.add(FieldSpec::integer(QStringLiteral("retry_base_ms"), defaults.retryBaseMs).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "First retry delay; it doubles with each attempt (plus jitter).")));
    s.add(FieldSpec::integer(QStringLiteral("retry_max_ms"), defaults.retryMaxMs).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "The longest retry delay.")));
    s.add(FieldSpec::integer(QStringLiteral("concurrency"), defaults.concurrency).range(1, 256)
              .describe(QT_TRANSLATE_NOOP("config", "Pushes at the same time on this connection.")));
    s.add(FieldSpec::integer(QStringLiteral("breaker_threshold"), defaults.breakerThreshold).range(1, 10000)
              .describe(QT_TRANSLATE_NOOP("config", "Consecutive transient failures that open the circuit (the connection pauses).")));
    s.add(FieldSpec::integer(QStringLiteral("breaker_cooldown_ms"), defaults.breakerCooldownMs).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "How long an open circuit pauses the connection before one trial push.")));
    s.add(FieldSpec::integer(QStringLiteral("ack_overdue_ms"), defaults.ackOverdueMs).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "A sent export without an ack after this long is flagged as overdue.")));
    return s;
}

} // namespace orderflow
