#include "app/ConsoleSettings.h"

#include <QSettings>

namespace orderflow::console {
namespace {

const QString kBacklogAge = QStringLiteral("Queues/BacklogMaxAgeMinutes");
const QString kBacklogCount = QStringLiteral("Queues/BacklogMaxCount");
const QString kLanguage = QStringLiteral("General/Language");
const QString kStatePrefix = QStringLiteral("WindowState/");

} // namespace

int ConsoleSettings::backlogMaxAgeMinutes() { return QSettings().value(kBacklogAge, 30).toInt(); }
void ConsoleSettings::setBacklogMaxAgeMinutes(int minutes) { QSettings().setValue(kBacklogAge, minutes); }
int ConsoleSettings::backlogMaxCount() { return QSettings().value(kBacklogCount, 500).toInt(); }
void ConsoleSettings::setBacklogMaxCount(int count) { QSettings().setValue(kBacklogCount, count); }
QString ConsoleSettings::language() { return QSettings().value(kLanguage).toString(); }
void ConsoleSettings::setLanguage(const QString &language) { QSettings().setValue(kLanguage, language); }
QByteArray ConsoleSettings::state(const QString &key) { return QSettings().value(kStatePrefix + key).toByteArray(); }
void ConsoleSettings::setState(const QString &key, const QByteArray &value) { QSettings().setValue(kStatePrefix + key, value); }

} // namespace orderflow::console
