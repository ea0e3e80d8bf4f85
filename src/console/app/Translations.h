// Loads the console's translation (and Qt's own) for a language: "de", "en", or "" for the system locale.
#pragma once

#include <QString>

class QCoreApplication;

namespace orderflow::console {

// Returns the language actually loaded ("en" when nothing needed loading).
QString installTranslations(QCoreApplication *app, const QString &language);

} // namespace orderflow::console
