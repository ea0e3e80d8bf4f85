// The console's preferences, with typed accessors over one list of keys (QSettings underneath).
#pragma once

#include <QByteArray>
#include <QString>

namespace orderflow::console {

class ConsoleSettings {
public:
    // Backlog marking of the queues sidebar.
    static int backlogMaxAgeMinutes();
    static void setBacklogMaxAgeMinutes(int minutes);
    static int backlogMaxCount();
    static void setBacklogMaxCount(int count);

    // "" follows the system locale; "en", "de".
    static QString language();
    static void setLanguage(const QString &language);

    // Opaque widget state: window geometry, splitters, table headers.
    static QByteArray state(const QString &key);
    static void setState(const QString &key, const QByteArray &value);
};

} // namespace orderflow::console
