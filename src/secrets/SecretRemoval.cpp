#include "secrets/SecretRemoval.h"

#include "secrets/CredentialStore.h"

#include <QJsonArray>

#include <memory>

namespace orderflow {
namespace {

void collect(const QJsonValue &value, QStringList &out)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collect(v, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    if (o.size() == 1 && o.value(QStringLiteral("secret")).isString()) {
        out << o.value(QStringLiteral("secret")).toString();
        return;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        collect(it.value(), out);
}

// Removes references[index…] one after another (a store serialises its writes anyway), then reports.
void removeFrom(const CredentialStorePtr &store, const QStringList &references, qsizetype index, const std::shared_ptr<SecretsRemoved> &report,
                QObject *context, const std::function<void(SecretsRemoved)> &done)
{
    if (index == references.size())
        return done(*report);
    const QString reference = references.at(index);
    store->remove(reference, context, [=](const Status &st) {
        if (st)
            report->deleted << reference;
        else if (st.error().code == SecretError::NotFound)
            report->absent << reference;
        else
            report->left.append({reference, st.error().message});
        removeFrom(store, references, index + 1, report, context, done);
    });
}

} // namespace

QStringList secretReferences(const QJsonObject &config)
{
    QStringList out;
    collect(config, out);
    out.sort();
    out.removeDuplicates();
    return out;
}

void removeSecrets(const QStringList &references, QObject *context, std::function<void(SecretsRemoved)> done)
{
    if (references.isEmpty())
        return done(SecretsRemoved{});
    openCredentialStore(context, [=](Result<CredentialStorePtr> store) {
        auto report = std::make_shared<SecretsRemoved>();
        if (!store) {
            for (const QString &reference : references)
                report->left.append({reference, store.error().message});
            return done(*report);
        }
        report->store = (*store)->describe();
        removeFrom(*store, references, 0, report, context, done);
    });
}

} // namespace orderflow
