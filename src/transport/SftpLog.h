// Logging category of the SFTP transport ("orderflow.sftp"). Log lines name host, port, user and path; never a secret.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSftp)
