#include "connectors/DropzoneConnector.h"
#include "connectors/ErpConnector.h"
#include "connectors/MockConnector.h"

namespace orderflow {

ConnectorRegistry::ConnectorRegistry()
{
    add(QStringLiteral("DROPZONE_JSON_V1"), QStringLiteral("export JSON into a folder or over SFTP (.tmp then rename); ack/error files back"),
        &DropzoneConnector::create);
    add(QStringLiteral("MOCK"), QStringLiteral("local testing: succeeds, fails or is flaky by configuration"), &MockConnector::create);
}

ConnectorRegistry &ConnectorRegistry::instance()
{
    static ConnectorRegistry registry;
    return registry;
}

void ConnectorRegistry::add(const QString &type, const QString &description, Factory factory)
{
    m_entries.insert(type, Entry{description, std::move(factory)});
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

} // namespace orderflow
