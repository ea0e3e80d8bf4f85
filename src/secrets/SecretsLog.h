// Logging category of the credential store ("orderflow.secrets"). Log lines name references, never values.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
