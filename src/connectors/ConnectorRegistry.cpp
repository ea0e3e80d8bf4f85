#include "connectors/DropzoneConnector.h"
#include "connectors/ErpConnector.h"
#include "connectors/MockConnector.h"
#include "transport/SftpConfigSchema.h"

namespace orderflow {
namespace {

ConfigSchema dropzoneSchema()
{
    ConfigSchema s(QStringLiteral("a DROPZONE_JSON_V1 connection"));
    s.add(FieldSpec::oneOf(QStringLiteral("mode"), {QStringLiteral("filesystem"), QStringLiteral("sftp")}, QStringLiteral("filesystem"))
              .describe(QStringLiteral("Where the dropzone is: a local directory, or a directory on an SFTP server.")));
    s.add(FieldSpec::path(QStringLiteral("path")).require()
              .describe(QStringLiteral("The directory export files are written to (NAME.tmp, then renamed to NAME).")));
    s.add(FieldSpec::path(QStringLiteral("ack_path")).defaultNoted(QStringLiteral("PATH/ack"))
              .describe(QStringLiteral("Where the ERP leaves ack_NAME.json / error_NAME.json; answers move on to processed/ or error/ below it.")));
    s.add(FieldSpec::boolean(QStringLiteral("fsync"), true)
              .describe(QStringLiteral("Make every export durable (fsync) before it counts as delivered.")));
    addSftpFields(s, FieldCondition{QStringLiteral("mode"), {QStringLiteral("sftp")}});
    return s;
}

ConfigSchema mockSchema()
{
    ConfigSchema s(QStringLiteral("a MOCK connection"));
    s.add(FieldSpec::oneOf(QStringLiteral("behaviour"), {QStringLiteral("success"), QStringLiteral("fail"), QStringLiteral("flaky")}, QStringLiteral("success"))
              .describe(QStringLiteral("Every push succeeds, fails, or fails for the first attempts and then succeeds.")));
    s.add(FieldSpec::integer(QStringLiteral("flaky_failures"), 1).atLeast(0)
              .describe(QStringLiteral("With behaviour flaky: how many attempts of each order fail first.")));
    s.add(FieldSpec::boolean(QStringLiteral("permanent"), false)
              .describe(QStringLiteral("Failures are permanent (no automatic retry) instead of transient.")));
    s.add(FieldSpec::integer(QStringLiteral("latency_ms"), 0).atLeast(0).describe(QStringLiteral("How long each push takes.")));
    s.add(FieldSpec::string(QStringLiteral("error")).defaultsTo(QStringLiteral("simulated ERP failure"))
              .describe(QStringLiteral("The error message of a failed push.")));
    s.add(FieldSpec::boolean(QStringLiteral("asynchronous"), false)
              .describe(QStringLiteral("Complete each batch later from a timer on the connection's thread (after latency_ms), like a connector "
                                       "on an asynchronous HTTP client; its blocking calls are refused.")));
    return s;
}

} // namespace

ConnectorRegistry::ConnectorRegistry()
{
    add(QStringLiteral("DROPZONE_JSON_V1"), QStringLiteral("export JSON into a folder or over SFTP (.tmp then rename); ack/error files back"),
        &DropzoneConnector::create, dropzoneSchema());
    add(QStringLiteral("MOCK"), QStringLiteral("local testing: succeeds, fails or is flaky by configuration"), &MockConnector::create, mockSchema());
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
              .describe(QStringLiteral("A disabled connection takes no pushes; an organisation has one active connection per type.")));
    s.add(FieldSpec::integer(QStringLiteral("max_retries"), defaults.maxRetries).range(0, 100)
              .describe(QStringLiteral("Automatic retries after a transient failure (3 = 4 attempts).")));
    s.add(FieldSpec::integer(QStringLiteral("retry_base_ms"), defaults.retryBaseMs).atLeast(0)
              .describe(QStringLiteral("First retry delay; it doubles with each attempt (plus jitter).")));
    s.add(FieldSpec::integer(QStringLiteral("retry_max_ms"), defaults.retryMaxMs).atLeast(0)
              .describe(QStringLiteral("The longest retry delay.")));
    s.add(FieldSpec::integer(QStringLiteral("concurrency"), defaults.concurrency).range(1, 256)
              .describe(QStringLiteral("Pushes at the same time on this connection.")));
    s.add(FieldSpec::integer(QStringLiteral("breaker_threshold"), defaults.breakerThreshold).range(1, 10000)
              .describe(QStringLiteral("Consecutive transient failures that open the circuit (the connection pauses).")));
    s.add(FieldSpec::integer(QStringLiteral("breaker_cooldown_ms"), defaults.breakerCooldownMs).atLeast(0)
              .describe(QStringLiteral("How long an open circuit pauses the connection before one trial push.")));
    s.add(FieldSpec::integer(QStringLiteral("ack_overdue_ms"), defaults.ackOverdueMs).atLeast(0)
              .describe(QStringLiteral("A sent export without an ack after this long is flagged as overdue.")));
    return s;
}

} // namespace orderflow
