#include "app/ConsoleResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initConsoleQrc()
{
    Q_INIT_RESOURCE(console);
}

namespace orderflow::console {

void initConsoleResources()
{
    static const bool done = [] {
        initConsoleQrc();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace orderflow::console
