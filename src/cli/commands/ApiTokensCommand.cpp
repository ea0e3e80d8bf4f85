// `orderflow api-tokens add ORG NAME | list [--org SLUG] | revoke ID`: an organisation's tokens for the monitoring
// API (they see only that organisation's orders). A new token is printed once, on stdout; only its sha256 is kept.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "storage/ApiTokenRepository.h"
#include "storage/ConfigRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace orderflow::cli {
namespace {

QJsonObject tokenJson(const ApiTokenRecord &t)
{
    QJsonObject o{{QStringLiteral("id"), t.id}, {QStringLiteral("org"), t.orgSlug}, {QStringLiteral("name"), t.name},
                  {QStringLiteral("created_at"), t.createdAt}};
    if (!t.revokedAt.isEmpty())
        o.insert(QStringLiteral("revoked_at"), t.revokedAt);
    return o;
}

int cmdApiTokens(const QStringList &args)
{
    Command c(QStringLiteral("orderflow api-tokens add ORG NAME | list [--org SLUG] | revoke ID: an organisation's tokens for the monitoring API."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list or revoke"));
    c.parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("add: ORG NAME; revoke: ID"), QStringLiteral("[ARG...]"));
    QCommandLineOption org(QStringLiteral("org"), QStringLiteral("list: only this organisation."), QStringLiteral("SLUG"));
    c.parser.addOption(org);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    const QStringList pos = c.parser.positionalArguments();
    const QString action = pos.first();
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    ApiTokenRepository tokens(**db);

    if (action == QLatin1String("add")) {
        if (pos.size() != 3)
            return fail(QStringLiteral("use `orderflow api-tokens add ORG NAME`."), Usage);
        auto o = ConfigRepository(**db).orgBySlug(pos.at(1));
        if (!o)
            return fail(o.error().message, codeFor(o.error()));
        // 256 random bits from the system's generator, URL-safe.
        QByteArray raw(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / int(sizeof(quint32)));
        const QByteArray token = "oft_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
        Result<ApiTokenRecord> added = Error();
        if (Status s = (*db)->transaction([&]() -> Status {
                added = tokens.add(o->id, pos.at(2), hash);
                return added ? Status() : Status(added.error());
            });
            !s)
            return fail(s.error().message, codeFor(s.error()));
        if (c.wantsJson()) {
            QJsonObject j = tokenJson(*added);
            j.insert(QStringLiteral("token"), QString::fromLatin1(token));
            printJson(j);
        } else {
            out() << token << Qt::endl;
            err() << "orderflow: API token " << added->id << " '" << added->name << "' of " << added->orgSlug
                  << " — shown only now; it sees only this organisation's orders. Send it as 'Authorization: Bearer TOKEN'." << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("list")) {
        auto list = tokens.list(c.parser.value(org));
        if (!list)
            return fail(list.error().message);
        if (c.wantsJson()) {
            QJsonArray a;
            for (const ApiTokenRecord &t : *list)
                a.append(tokenJson(t));
            printJson(a);
            return Ok;
        }
        out() << QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("ID"), -5).arg(QStringLiteral("ORG"), -16).arg(QStringLiteral("NAME"), -20).arg(QStringLiteral("STATE"));
        for (const ApiTokenRecord &t : *list)
            out() << QStringLiteral("%1  %2  %3  %4\n").arg(t.id, -5).arg(t.orgSlug, -16).arg(t.name, -20)
                         .arg(t.revokedAt.isEmpty() ? QStringLiteral("in use since ") + t.createdAt : QStringLiteral("revoked ") + t.revokedAt);
        out().flush();
        return Ok;
    }
    if (action == QLatin1String("revoke")) {
        bool ok = false;
        const qint64 id = pos.value(1).toLongLong(&ok);
        if (pos.size() != 2 || !ok)
            return fail(QStringLiteral("use `orderflow api-tokens revoke ID` (`orderflow api-tokens list` shows the ids)."), Usage);
        if (Status s = (*db)->transaction([&] { return tokens.revoke(id); }); !s)
            return fail(s.error().message, codeFor(s.error()));
        out() << "revoked API token " << id << Qt::endl;
        return Ok;
    }
    return fail(QStringLiteral("unknown action '%1': use add, list or revoke.").arg(action), Usage);
}

} // namespace

CliCommand apiTokensCommand()
{
    return {QStringLiteral("api-tokens"),
            {{QStringLiteral("api-tokens add ORG NAME | list | revoke ID"), QStringLiteral("organisation tokens for the monitoring API")}},
            cmdApiTokens};
}

} // namespace orderflow::cli
