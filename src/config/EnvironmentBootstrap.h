// Headless bootstrap from environment variables (DESIGN §10): at `orderflow run` start these create or update
//   ERP_API_URL (+ ERP_API_TOKEN)                    → connection "erp" of type REST_JSON_V1 (base_url, token_env)
//   PARTNER1_API_URL (+ PARTNER1_API_TOKEN)          → source "partner1-api" of type rest (url, token_env)
//   PARTNER2_SFTP_HOST, _PORT, _USER, _PASS, _PATH, _ARCHIVE → source "partner2-sftp" of type sftp
// in one organisation. Only the NAMES of the token and password variables are stored (token_env, password_env):
// a secret's value is never written to the database. Data only: this builds the configuration document that
// `config apply` takes; the caller applies it.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace orderflow {

struct EnvironmentBootstrap {
    QJsonObject document;   // empty when no bootstrap variable is set
    QStringList notes;      // what the operator should know (a URL without its token variable, …)
};

// env: the value of a variable (empty: unset). org: the organisation's slug; createOrg: add it to the document (it
// does not exist yet). withErpConnection: false when this OrderFlow has no REST_JSON_V1 connector (the connection
// is then left out, with a note).
EnvironmentBootstrap environmentBootstrap(const std::function<QString(const QString &)> &env, const QString &org, bool createOrg,
                                          bool withErpConnection = true);

// The variables environmentBootstrap() reads, for help texts and tests.
QStringList environmentBootstrapVariables();

} // namespace orderflow
