#include "sources/SourceRegistry.h"

#include "formats/FormatRegistry.h"
#include "formats/json/PartnerJsonReader.h"
#include "sources/FolderSource.h"
#include "sources/HttpSource.h"
#include "sources/RestSource.h"
#include "sources/SftpSource.h"
#include "sources/SourceSettings.h"
#include "storage/ConfigRepository.h"
#include "transport/SftpConfigSchema.h"

namespace orderflow {
namespace {

// How what a source reads becomes orders: the same for every source type.
void addProcessingFields(ConfigSchema &s)
{
    auto mapping = std::make_shared<ConfigSchema>(QStringLiteral("a partner JSON mapping"));
    for (const auto &[field, path] : partnerJsonDefaultMapping()) {
        mapping->add(FieldSpec::string(field).defaultsTo(path)
                         .describe(QStringLiteral("Dotted path of the partner JSON value that holds %1.").arg(field)));
    }
    auto transform = std::make_shared<ConfigSchema>(QStringLiteral("a transform"));
    transform->add(FieldSpec::string(QStringLiteral("field")).require()
                       .describe(QT_TRANSLATE_NOOP("config", "The order field to set (`orderflow functions list` names them).")));
    transform->add(FieldSpec::string(QStringLiteral("function")).require()
                       .describe(QT_TRANSLATE_NOOP("config", "The transformation function (`orderflow functions list`).")));
    transform->add(FieldSpec::string(QStringLiteral("from")).defaultNoted(QStringLiteral("the field itself"))
                       .describe(QT_TRANSLATE_NOOP("config", "The order field the function reads.")));
    transform->add(FieldSpec::object(QStringLiteral("args")).describe(QT_TRANSLATE_NOOP("config", "The function's arguments, e.g. {\"table\": {…}} for lookup.")));

    s.add(FieldSpec::object(SourceKey::Mapping, mapping)
              .describe(QT_TRANSLATE_NOOP("config", "Format json: where the partner's JSON keeps each order field, when not where the default mapping expects it.")));
    s.add(FieldSpec::array(SourceKey::Transforms, transform)
              .describe(QT_TRANSLATE_NOOP("config", "Field transformations applied to every order, in order.")));
    auto catalog = std::make_shared<ConfigSchema>(QStringLiteral("a product catalog"));
    catalog->add(FieldSpec::string(QStringLiteral("url")).require().matching(QStringLiteral("https?://.+"), QStringLiteral("an http:// or https:// URL"))
                     .describe(QT_TRANSLATE_NOOP("config", "The catalog's base URL: a product is GET {url}/products/{id}.")));
    catalog->add(FieldSpec::string(QStringLiteral("id_pattern")).defaultsTo(QStringLiteral("(\\d+)$")).regex()
                     .describe(QT_TRANSLATE_NOOP("config", "Regular expression that takes the product id from a line's SKU (its first group, else the whole "
                                              "match); the default takes the trailing digits.")));
    catalog->add(FieldSpec::integer(QStringLiteral("ttl_ms"), 3600000).atLeast(0)
                     .describe(QT_TRANSLATE_NOOP("config", "How long an answer of the catalog (also 'unknown product') is cached, in memory and on disk.")));
    catalog->add(FieldSpec::integer(QStringLiteral("timeout_ms"), 3000).atLeast(100)
                     .describe(QT_TRANSLATE_NOOP("config", "A lookup without an answer after this long counts as a catalog outage.")));
    catalog->add(FieldSpec::integer(QStringLiteral("retry_ms"), 30000).atLeast(100)
                     .describe(QT_TRANSLATE_NOOP("config", "After an outage (timeout, 5xx, no connection) the catalog is asked again after this long; its "
                                              "orders wait in 'received' meanwhile.")));
    s.add(FieldSpec::object(QStringLiteral("catalog"), catalog)
              .describe(QT_TRANSLATE_NOOP("config", "Enrich lines from a product catalog over REST (title, list price, category); an unknown product is "
                                       "a validation problem on its line.")));
    s.add(FieldSpec::boolean(SourceKey::SkipLeadingJunk, false)
              .describe(QT_TRANSLATE_NOOP("config", "EDIFACT: skip bytes before the first UNA/UNB instead of reporting them.")));
    s.add(FieldSpec::boolean(SourceKey::RequireUnitPrice, false)
              .describe(QT_TRANSLATE_NOOP("config", "An order line without a unit price makes the order invalid.")));
}

// A directory polled for files, locally or over SFTP.
void addPollingFields(ConfigSchema &s)
{
    s.add(FieldSpec::path(SourceKey::Path).require().describe(QT_TRANSLATE_NOOP("config", "The directory polled for partner files.")));
    s.add(FieldSpec::string(SourceKey::Pattern).defaultsTo(QStringLiteral("*"))
              .describe(QT_TRANSLATE_NOOP("config", "File name patterns to take, separated by ';' (\"*.json;*.edi\").")));
    s.add(FieldSpec::path(SourceKey::ArchivePath).defaultNoted(QStringLiteral("PATH/archive"))
              .describe(QT_TRANSLATE_NOOP("config", "Where files move once their orders are stored.")));
    s.add(FieldSpec::path(SourceKey::ErrorPath).defaultNoted(QStringLiteral("PATH/error"))
              .describe(QT_TRANSLATE_NOOP("config", "Where files that cannot be parsed or are too large move.")));
    s.add(FieldSpec::path(SourceKey::OutboundPath)
              .describe(QT_TRANSLATE_NOOP("config", "Where functional acknowledgements to the partner are written (X12 997, EDIFACT CONTRL when asked "
                                       "for); none are written when unset.")));
    s.add(FieldSpec::integer(SourceKey::OutboundRetryBaseMs, 2000).atLeast(1)
              .describe(QT_TRANSLATE_NOOP("config", "A failed acknowledgement write is tried again after this long, doubling each time.")));
    s.add(FieldSpec::integer(SourceKey::OutboundRetryMaxMs, 300000).atLeast(1)
              .describe(QT_TRANSLATE_NOOP("config", "The longest wait between two attempts to write an acknowledgement.")));
    s.add(FieldSpec::string(SourceKey::DoneMarkerSuffix)
              .describe(QT_TRANSLATE_NOOP("config", "Take NAME only once NAME plus this suffix exists (\".done\"), instead of waiting for it to settle.")));
    s.add(FieldSpec::integer(SourceKey::SettleMs, 2000).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "A file is taken once our own looks have seen it unchanged for this long (never by its time stamp).")));
    s.add(FieldSpec::integer(SourceKey::PollIntervalMs, 1000).atLeast(0).describe(QT_TRANSLATE_NOOP("config", "Time between polls.")));
    s.add(FieldSpec::integer(SourceKey::MaxFilesPerPoll, 1000).atLeast(1)
              .describe(QT_TRANSLATE_NOOP("config", "At most this many files per poll; a longer backlog is polled again at once.")));
    s.add(FieldSpec::integer(SourceKey::MaxFileBytes, 16 * 1024 * 1024).atLeast(1)
              .describe(QT_TRANSLATE_NOOP("config", "Larger files move to error_path unparsed.")));
    s.add(FieldSpec::integer(SourceKey::ErrorPauseMs, 5 * 60 * 1000).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "After an error a person must fix (host key, login), polling pauses this long (less when "
                                       "the configuration or known_hosts changes).")));
}

ConfigSchema folderSchema()
{
    ConfigSchema s(QStringLiteral("a folder source"));
    addPollingFields(s);
    addProcessingFields(s);
    return s;
}

ConfigSchema sftpSchema()
{
    ConfigSchema s(QStringLiteral("an sftp source"));
    addPollingFields(s);
    s.add(FieldSpec::oneOf(TransportKey::Mode, {TransportMode::Sftp}, TransportMode::Sftp)
              .describe(QT_TRANSLATE_NOOP("config", "Implied by the source type; may be left out.")));
    addSftpFields(s);
    addProcessingFields(s);
    return s;
}

ConfigSchema httpSchema()
{
    ConfigSchema s(QStringLiteral("an http source"));
    s.add(FieldSpec::secretRef(QStringLiteral("token"), {SecretForm::Store})
              .describe(QT_TRANSLATE_NOOP("config", "The bearer token the partner sends with POST /api/v1/orders, kept in OrderFlow's credential store "
                                       "(`orderflow secrets set`); it also tells which source a request is for.")));
    s.add(FieldSpec::secretRef(QStringLiteral("token_env"), {SecretForm::EnvVar})
              .describe(QT_TRANSLATE_NOOP("config", "Or: the environment variable of the OrderFlow process that holds the token.")));
    s.add(FieldSpec::integer(QStringLiteral("poll_interval_ms"), 1000).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "How soon a source that could not start (no token yet) is tried again.")));
    s.add(FieldSpec::integer(QStringLiteral("error_pause_ms"), 5 * 60 * 1000).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "After an error a person must fix, the source waits this long before it starts again.")));
    addProcessingFields(s);
    return s;
}

ConfigSchema restSchema()
{
    ConfigSchema s(QStringLiteral("a rest source"));
    addRestSourceFields(s);
    addProcessingFields(s);
    return s;
}

} // namespace

SourceRegistry::SourceRegistry()
{
    add(QStringLiteral("folder"), QString::fromUtf8(QT_TRANSLATE_NOOP("config", "a local hot folder: stable files are taken, then moved to archive or error")), folderSchema(),
        &FolderSource::create);
    add(QStringLiteral("sftp"), QString::fromUtf8(QT_TRANSLATE_NOOP("config", "a directory on a partner's SFTP server, polled like a folder")), sftpSchema(),
        &SftpSource::create);
    add(QStringLiteral("http"), QString::fromUtf8(QT_TRANSLATE_NOOP("config", "orders the partner POSTs to the monitoring API (POST /api/v1/orders, partner JSON)")), httpSchema(),
        &HttpSource::create);
    add(QStringLiteral("rest"), QString::fromUtf8(QT_TRANSLATE_NOOP("config", "a partner's REST API polled with a bearer token, page by page, from a durable cursor")), restSchema(),
        &RestSource::create);
}

SourceRegistry &SourceRegistry::instance()
{
    static SourceRegistry registry;
    return registry;
}

void SourceRegistry::add(const QString &type, const QString &description, ConfigSchema schema, SourceFactory factory)
{
    m_entries.insert(type, Entry{description, std::move(schema), std::move(factory)});
}

Result<std::unique_ptr<Source>> SourceRegistry::create(const SourceRecord &record) const
{
    const auto it = m_entries.constFind(record.type);
    if (it == m_entries.cend() || !it->factory) {
        QStringList known;
        for (auto e = m_entries.cbegin(); e != m_entries.cend(); ++e) {
            if (e->factory)
                known << e.key();
        }
        return Error(QStringLiteral("config"), QStringLiteral("Source '%1' has type '%2', which this OrderFlow cannot read (known: %3); it is not "
                                                              "polled. Change its type or remove it.")
                                                   .arg(record.name, record.type, known.join(QStringLiteral(", "))));
    }
    return it->factory(record);
}

const ConfigSchema *SourceRegistry::schema(const QString &type) const
{
    const auto it = m_entries.constFind(type);
    return it == m_entries.cend() ? nullptr : &it->schema;
}

QList<QPair<QString, QString>> SourceRegistry::types() const
{
    QList<QPair<QString, QString>> out;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        out.append({it.key(), it->description});
    return out;
}

ConfigSchema SourceRegistry::commonFields()
{
    const SourceRecord defaults;
    ConfigSchema s(QStringLiteral("a source"));
    s.add(FieldSpec::oneOf(QStringLiteral("format"), supportedFormats(), QStringLiteral("auto"))
              .describe(QT_TRANSLATE_NOOP("config", "What the partner sends; auto detects X12, EDIFACT and JSON by content.")));
    s.add(FieldSpec::boolean(QStringLiteral("enabled"), defaults.enabled).describe(QT_TRANSLATE_NOOP("config", "A disabled source is not polled.")));
    s.add(FieldSpec::boolean(QStringLiteral("auto_approve"), defaults.autoApprove)
              .describe(QT_TRANSLATE_NOOP("config", "Valid orders are approved for the ERP at once instead of waiting for review.")));
    s.add(FieldSpec::string(QStringLiteral("connection"))
              .describe(QT_TRANSLATE_NOOP("config", "Name of the ERP connection (same organisation) its orders go to."))
              .defaultNoted(QStringLiteral("the organisation's only active connection")));
    return s;
}

} // namespace orderflow
