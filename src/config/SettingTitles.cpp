#include "config/SettingTitles.h"

#include <QtGlobal>

namespace orderflow {
namespace {

// The titles of every setting of the sources' and connections' schemas, so lupdate finds them (a test checks
// that every field the wizard shows has one with a translation).
const char *const kTitles[] = {
    QT_TRANSLATE_NOOP("config", "Ack overdue (ms)"),
    QT_TRANSLATE_NOOP("config", "Ack path"),
    QT_TRANSLATE_NOOP("config", "Allow plain http"),
    QT_TRANSLATE_NOOP("config", "Archive path"),
    QT_TRANSLATE_NOOP("config", "Args"),
    QT_TRANSLATE_NOOP("config", "Asynchronous"),
    QT_TRANSLATE_NOOP("config", "Auto approve"),
    QT_TRANSLATE_NOOP("config", "Backoff base (ms)"),
    QT_TRANSLATE_NOOP("config", "Backoff max (ms)"),
    QT_TRANSLATE_NOOP("config", "Base url"),
    QT_TRANSLATE_NOOP("config", "Behaviour"),
    QT_TRANSLATE_NOOP("config", "Breaker cooldown (ms)"),
    QT_TRANSLATE_NOOP("config", "Breaker threshold"),
    QT_TRANSLATE_NOOP("config", "Ca file"),
    QT_TRANSLATE_NOOP("config", "Catalog"),
    QT_TRANSLATE_NOOP("config", "Concurrency"),
    QT_TRANSLATE_NOOP("config", "Config"),
    QT_TRANSLATE_NOOP("config", "Connect timeout (ms)"),
    QT_TRANSLATE_NOOP("config", "Connection"),
    QT_TRANSLATE_NOOP("config", "Connections"),
    QT_TRANSLATE_NOOP("config", "Cursor field"),
    QT_TRANSLATE_NOOP("config", "Cursor param"),
    QT_TRANSLATE_NOOP("config", "Done marker suffix"),
    QT_TRANSLATE_NOOP("config", "Enabled"),
    QT_TRANSLATE_NOOP("config", "Endpoint"),
    QT_TRANSLATE_NOOP("config", "Error"),
    QT_TRANSLATE_NOOP("config", "Error path"),
    QT_TRANSLATE_NOOP("config", "Error pause (ms)"),
    QT_TRANSLATE_NOOP("config", "Field"),
    QT_TRANSLATE_NOOP("config", "Fingerprint"),
    QT_TRANSLATE_NOOP("config", "First page"),
    QT_TRANSLATE_NOOP("config", "Flaky failures"),
    QT_TRANSLATE_NOOP("config", "Format"),
    QT_TRANSLATE_NOOP("config", "From"),
    QT_TRANSLATE_NOOP("config", "Fsync"),
    QT_TRANSLATE_NOOP("config", "Function"),
    QT_TRANSLATE_NOOP("config", "Host"),
    QT_TRANSLATE_NOOP("config", "Id pattern"),
    QT_TRANSLATE_NOOP("config", "Initial cursor"),
    QT_TRANSLATE_NOOP("config", "Io timeout (ms)"),
    QT_TRANSLATE_NOOP("config", "Items field"),
    QT_TRANSLATE_NOOP("config", "Key file"),
    QT_TRANSLATE_NOOP("config", "Key passphrase"),
    QT_TRANSLATE_NOOP("config", "Key passphrase env"),
    QT_TRANSLATE_NOOP("config", "Known hosts"),
    QT_TRANSLATE_NOOP("config", "Latency (ms)"),
    QT_TRANSLATE_NOOP("config", "Limit param"),
    QT_TRANSLATE_NOOP("config", "Mapping"),
    QT_TRANSLATE_NOOP("config", "Max file bytes"),
    QT_TRANSLATE_NOOP("config", "Max files per poll"),
    QT_TRANSLATE_NOOP("config", "Max response bytes"),
    QT_TRANSLATE_NOOP("config", "Max retries"),
    QT_TRANSLATE_NOOP("config", "Mode"),
    QT_TRANSLATE_NOOP("config", "Name"),
    QT_TRANSLATE_NOOP("config", "Org"),
    QT_TRANSLATE_NOOP("config", "Orgs"),
    QT_TRANSLATE_NOOP("config", "Outbound path"),
    QT_TRANSLATE_NOOP("config", "Outbound retry base (ms)"),
    QT_TRANSLATE_NOOP("config", "Outbound retry max (ms)"),
    QT_TRANSLATE_NOOP("config", "Page param"),
    QT_TRANSLATE_NOOP("config", "Page size"),
    QT_TRANSLATE_NOOP("config", "Pagination"),
    QT_TRANSLATE_NOOP("config", "Password"),
    QT_TRANSLATE_NOOP("config", "Password env"),
    QT_TRANSLATE_NOOP("config", "Path"),
    QT_TRANSLATE_NOOP("config", "Pattern"),
    QT_TRANSLATE_NOOP("config", "Permanent"),
    QT_TRANSLATE_NOOP("config", "Poll interval (ms)"),
    QT_TRANSLATE_NOOP("config", "Port"),
    QT_TRANSLATE_NOOP("config", "Probe path"),
    QT_TRANSLATE_NOOP("config", "Products"),
    QT_TRANSLATE_NOOP("config", "Request timeout (ms)"),
    QT_TRANSLATE_NOOP("config", "Require unit price"),
    QT_TRANSLATE_NOOP("config", "Response timeout (ms)"),
    QT_TRANSLATE_NOOP("config", "Retry base (ms)"),
    QT_TRANSLATE_NOOP("config", "Retry max (ms)"),
    QT_TRANSLATE_NOOP("config", "Retry (ms)"),
    QT_TRANSLATE_NOOP("config", "Settle (ms)"),
    QT_TRANSLATE_NOOP("config", "Skip leading junk"),
    QT_TRANSLATE_NOOP("config", "Sku"),
    QT_TRANSLATE_NOOP("config", "Slug"),
    QT_TRANSLATE_NOOP("config", "Sources"),
    QT_TRANSLATE_NOOP("config", "Status"),
    QT_TRANSLATE_NOOP("config", "Timeout (ms)"),
    QT_TRANSLATE_NOOP("config", "Title"),
    QT_TRANSLATE_NOOP("config", "Token"),
    QT_TRANSLATE_NOOP("config", "Token env"),
    QT_TRANSLATE_NOOP("config", "Transforms"),
    QT_TRANSLATE_NOOP("config", "Ttl (ms)"),
    QT_TRANSLATE_NOOP("config", "Type"),
    QT_TRANSLATE_NOOP("config", "Url"),
    QT_TRANSLATE_NOOP("config", "User"),
    QT_TRANSLATE_NOOP("config", "Username"),
};

} // namespace

QString settingTitle(const QString &key)
{
    QString t = key;
    QString unit;
    if (t.endsWith(QLatin1String("_ms"))) {
        unit = QStringLiteral(" (ms)");
        t.chop(3);
    }
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!t.isEmpty())
        t[0] = t.at(0).toUpper();
    return t + unit;
}

QStringList settingTitles()
{
    QStringList out;
    for (const char *t : kTitles)
        out << QString::fromUtf8(t);
    return out;
}

} // namespace orderflow
