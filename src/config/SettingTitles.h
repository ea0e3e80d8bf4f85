// What a person calls a setting: the title the setup wizard shows beside a field, derived from the setting's key
// ("connect_timeout_ms" → "Connect timeout (ms)") and translated where it is shown (context "config", like the
// schemas' help texts).
#pragma once

#include <QString>
#include <QStringList>

namespace orderflow {

// The English title of the setting `key`.
QString settingTitle(const QString &key);
// Every title of a setting of a source or connection type, as marked for translation.
QStringList settingTitles();

} // namespace orderflow
