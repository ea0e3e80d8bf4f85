#include "demo/DemoWorkspace.h"

#include "transport/LocalFileStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace orderflow {
namespace {

QByteArray partnerOrder(int id, const QString &customer, const QList<std::tuple<QString, QString, QString>> &items,
                        QJsonDocument::JsonFormat format = QJsonDocument::Indented)
{
    QJsonArray lines;
    for (const auto &[sku, qty, price] : items)
        lines.append(QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), qty}, {QStringLiteral("unit_price"), price}});
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("customer"), customer},
                  {QStringLiteral("currency"), QStringLiteral("USD")},
                  {QStringLiteral("items"), lines},
                  {QStringLiteral("submitted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                  {QStringLiteral("ship_to"), QJsonObject{{QStringLiteral("name"), customer}, {QStringLiteral("street"), QStringLiteral("1 Market St")},
                                                          {QStringLiteral("city"), QStringLiteral("Springfield")}, {QStringLiteral("postal_code"), QStringLiteral("62701")},
                                                          {QStringLiteral("country"), QStringLiteral("US")}}}};
    return QJsonDocument(o).toJson(format);
}

QByteArray resourceBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

DemoPaths demoPaths(const QString &root)
{
    const QString r = QDir(root).absolutePath();
    return DemoPaths{r, r + QStringLiteral("/orderflow-demo.db"), r + QStringLiteral("/partner-inbox"), r + QStringLiteral("/erp-dropzone"),
                     r + QStringLiteral("/erp-dropzone/ack"), r + QStringLiteral("/partner-outbox")};
}

Result<QJsonObject> prepareDemoWorkspace(const DemoPaths &p)
{
    for (const QString &dir : {p.root, p.inbox, p.dropzone, p.acks, p.outbox}) {
        if (!QDir().mkpath(dir))
            return Error(QStringLiteral("demo"), QStringLiteral("Cannot create the demo folder %1.").arg(dir));
    }
    QJsonArray products;
    for (const char *sku : {"P001", "P002", "P003", "P004", "P005"})
        products.append(QJsonObject{{QStringLiteral("org"), QStringLiteral("demo")}, {QStringLiteral("sku"), QLatin1String(sku)}});
    return QJsonObject{
        {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("demo")}, {QStringLiteral("name"), QStringLiteral("Demo Trading Co.")}}}},
        {QStringLiteral("connections"), QJsonArray{QJsonObject{
            {QStringLiteral("org"), QStringLiteral("demo")}, {QStringLiteral("name"), QStringLiteral("erp-dropzone")},
            {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")}, {QStringLiteral("retry_base_ms"), 1000},
            {QStringLiteral("ack_overdue_ms"), 60000},
            {QStringLiteral("config"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("filesystem")}, {QStringLiteral("path"), p.dropzone},
                                                   {QStringLiteral("ack_path"), p.acks}}}}}},
        {QStringLiteral("sources"), QJsonArray{QJsonObject{
            {QStringLiteral("org"), QStringLiteral("demo")}, {QStringLiteral("name"), QStringLiteral("partner-folder")},
            {QStringLiteral("type"), QStringLiteral("folder")}, {QStringLiteral("format"), QStringLiteral("auto")},
            {QStringLiteral("auto_approve"), true},
            {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), p.inbox}, {QStringLiteral("pattern"), QStringLiteral("*.json;*.edi;*.x12")},
                                                   {QStringLiteral("settle_ms"), 500}, {QStringLiteral("poll_interval_ms"), 500},
                                                   {QStringLiteral("outbound_path"), p.outbox}}}}}},
        {QStringLiteral("products"), products},
    };
}

DemoFeeder::DemoFeeder(QString inbox, QObject *parent) : QObject(parent), m_inbox(std::move(inbox))
{
    using L = QList<std::tuple<QString, QString, QString>>;
    m_samples = {
        {QStringLiteral("acme-1001.json"), partnerOrder(1001, QStringLiteral("ACME Corp"), L{{QStringLiteral("P001"), QStringLiteral("3"), QStringLiteral("10")}, {QStringLiteral("P002"), QStringLiteral("1"), QStringLiteral("249.99")}})},
        {QStringLiteral("initech-2001.json"), partnerOrder(2001, QStringLiteral("Initech"), L{{QStringLiteral("P003"), QStringLiteral("12"), QStringLiteral("4.25")}})},
        {QStringLiteral("globex-3001.json"), partnerOrder(3001, QStringLiteral("Globex Retail"), L{{QStringLiteral("P004"), QStringLiteral("40"), QStringLiteral("1.10")}, {QStringLiteral("P005"), QStringLiteral("2"), QStringLiteral("75")}})},
        {QStringLiteral("acme-1002.json"), partnerOrder(1002, QStringLiteral("ACME Corp"), L{{QStringLiteral("P002"), QStringLiteral("5"), QStringLiteral("249.99")}})},
        {QStringLiteral("umbrella-4001.json"), partnerOrder(4001, QStringLiteral("Umbrella Supply"), L{{QStringLiteral("P009"), QStringLiteral("1"), QStringLiteral("99")}})},   // unknown SKU → invalid
        {QStringLiteral("acme-1001-resent.json"), partnerOrder(1001, QStringLiteral("ACME Corp"), L{{QStringLiteral("P001"), QStringLiteral("3"), QStringLiteral("10")}, {QStringLiteral("P002"), QStringLiteral("1"), QStringLiteral("249.99")}}, QJsonDocument::Compact)},   // same order, other bytes → duplicate order
        {QStringLiteral("broken.json"), QByteArrayLiteral("{\"id\": 5001, \"customer\": \"Hooli\", \"items\": [{\"sku\": \"P001\", \"quantity\": }]}")},   // malformed → parse error
        {QStringLiteral("northwind-850.x12"), resourceBytes(QStringLiteral(":/orderflow/demo/northwind-850.x12"))},    // X12 850 → 997 back
        {QStringLiteral("contoso-orders.edi"), resourceBytes(QStringLiteral(":/orderflow/demo/contoso-orders.edi"))},  // EDIFACT ORDERS
        {QStringLiteral("initech-2002.json"), partnerOrder(2002, QStringLiteral("Initech"), L{{QStringLiteral("P001"), QStringLiteral("7"), QStringLiteral("10")}, {QStringLiteral("P003"), QStringLiteral("3"), QStringLiteral("4.25")}})},
    };
}

void DemoFeeder::start(int intervalMs)
{
    connect(&m_timer, &QTimer::timeout, this, &DemoFeeder::dropNext);
    dropNext();
    m_timer.start(intervalMs);
}

bool DemoFeeder::delivered(const QString &name) const
{
    return QFile::exists(m_inbox + QLatin1Char('/') + name) || QFile::exists(m_inbox + QStringLiteral("/archive/") + name)
        || QFile::exists(m_inbox + QStringLiteral("/error/") + name);
}

int DemoFeeder::fedBefore() const
{
    int n = 0;
    for (const auto &sample : m_samples)
        n += delivered(sample.first) ? 1 : 0;
    return n;
}

QString DemoFeeder::rerunNote(const QString &root) const
{
    const int before = fedBefore();
    if (before == 0)
        return {};
    if (before == sampleCount())
        return QStringLiteral("This demo workspace ran before: all %1 sample orders were delivered then and stay in its database, so no new ones "
                              "arrive now. To start the demo over, stop it and delete %2; or drop your own files into the partner folder.")
            .arg(sampleCount())
            .arg(root);
    return QStringLiteral("This demo workspace ran before: %1 of %2 sample orders were delivered then; the other %3 follow now. To start over, "
                          "stop it and delete %4.")
        .arg(before)
        .arg(sampleCount())
        .arg(sampleCount() - before)
        .arg(root);
}

void DemoFeeder::dropNext()
{
    if (m_next >= m_samples.size()) {
        m_timer.stop();
        return;
    }
    LocalFileStore fs;
    const auto &[name, content] = m_samples.at(m_next++);
    if (delivered(name))
        return;   // fed in an earlier run of the demo
    const QString target = m_inbox + QLatin1Char('/') + name;
    if (Status s = fs.writeAtomic(target, content, false); !s)
        qWarning("demo partner: %s", qPrintable(s.error().message));
}

} // namespace orderflow
