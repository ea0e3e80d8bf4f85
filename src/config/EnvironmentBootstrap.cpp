#include "config/EnvironmentBootstrap.h"

#include <QJsonArray>

namespace orderflow {

QStringList environmentBootstrapVariables()
{
    return {QStringLiteral("ERP_API_URL"), QStringLiteral("ERP_API_TOKEN"), QStringLiteral("PARTNER1_API_URL"), QStringLiteral("PARTNER1_API_TOKEN"),
            QStringLiteral("PARTNER2_SFTP_HOST"), QStringLiteral("PARTNER2_SFTP_PORT"), QStringLiteral("PARTNER2_SFTP_USER"),
            QStringLiteral("PARTNER2_SFTP_PASS"), QStringLiteral("PARTNER2_SFTP_PATH"), QStringLiteral("PARTNER2_SFTP_ARCHIVE")};
}

EnvironmentBootstrap environmentBootstrap(const std::function<QString(const QString &)> &env, const QString &org, bool createOrg,
                                          bool withErpConnection)
{
    EnvironmentBootstrap out;
    const auto var = [&](const char *name) { return env(QString::fromLatin1(name)).trimmed(); };
    const auto secretNote = [&](const char *urlVar, const char *tokenVar) {
        if (var(tokenVar).isEmpty())
            out.notes << QStringLiteral("%1 is set but %2 is not: requests will be refused until %2 is set in OrderFlow's environment.")
                             .arg(QLatin1String(urlVar), QLatin1String(tokenVar));
    };
    QJsonArray connections;
    QJsonArray sources;
    bool erp = false;

    if (const QString url = var("ERP_API_URL"); !url.isEmpty()) {
        if (withErpConnection) {
            secretNote("ERP_API_URL", "ERP_API_TOKEN");
            connections.append(QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), QStringLiteral("erp")},
                                           {QStringLiteral("type"), QStringLiteral("REST_JSON_V1")}, {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                           {QStringLiteral("config"), QJsonObject{{QStringLiteral("base_url"), url},
                                                                                  {QStringLiteral("token_env"), QStringLiteral("ERP_API_TOKEN")}}}});
            erp = true;
        } else {
            out.notes << QStringLiteral("ERP_API_URL is set, but this OrderFlow has no REST_JSON_V1 connector: the ERP connection 'erp' was not "
                                        "created or updated.");
        }
    }
    const auto withConnection = [&](QJsonObject source) {
        if (erp)
            source.insert(QStringLiteral("connection"), QStringLiteral("erp"));
        return source;
    };
    if (const QString url = var("PARTNER1_API_URL"); !url.isEmpty()) {
        secretNote("PARTNER1_API_URL", "PARTNER1_API_TOKEN");
        sources.append(withConnection(QJsonObject{
            {QStringLiteral("org"), org}, {QStringLiteral("name"), QStringLiteral("partner1-api")}, {QStringLiteral("type"), QStringLiteral("rest")},
            {QStringLiteral("format"), QStringLiteral("json")},
            {QStringLiteral("config"), QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("token_env"), QStringLiteral("PARTNER1_API_TOKEN")}}}}));
    }
    if (const QString host = var("PARTNER2_SFTP_HOST"); !host.isEmpty()) {
        QJsonObject config{{QStringLiteral("host"), host}, {QStringLiteral("password_env"), QStringLiteral("PARTNER2_SFTP_PASS")}};
        if (const QString port = var("PARTNER2_SFTP_PORT"); !port.isEmpty()) {
            bool ok = false;
            const int n = port.toInt(&ok);
            if (ok)
                config.insert(QStringLiteral("port"), n);
            else
                out.notes << QStringLiteral("PARTNER2_SFTP_PORT '%1' is not a port number; the default 22 is used.").arg(port);
        }
        if (const QString user = var("PARTNER2_SFTP_USER"); !user.isEmpty())
            config.insert(QStringLiteral("user"), user);
        else
            out.notes << QStringLiteral("PARTNER2_SFTP_HOST is set but PARTNER2_SFTP_USER is not.");
        config.insert(QStringLiteral("path"), var("PARTNER2_SFTP_PATH").isEmpty() ? QStringLiteral("/") : var("PARTNER2_SFTP_PATH"));
        if (const QString archive = var("PARTNER2_SFTP_ARCHIVE"); !archive.isEmpty())
            config.insert(QStringLiteral("archive_path"), archive);
        if (var("PARTNER2_SFTP_PASS").isEmpty())
            out.notes << QStringLiteral("PARTNER2_SFTP_HOST is set but PARTNER2_SFTP_PASS is not: the login will be refused until it is set.");
        sources.append(withConnection(QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), QStringLiteral("partner2-sftp")},
                                                  {QStringLiteral("type"), QStringLiteral("sftp")}, {QStringLiteral("format"), QStringLiteral("auto")},
                                                  {QStringLiteral("config"), config}}));
    }
    if (connections.isEmpty() && sources.isEmpty())
        return out;
    if (createOrg)
        out.document.insert(QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), org}, {QStringLiteral("name"), org}}});
    if (!connections.isEmpty())
        out.document.insert(QStringLiteral("connections"), connections);
    if (!sources.isEmpty())
        out.document.insert(QStringLiteral("sources"), sources);
    return out;
}

} // namespace orderflow
