// The console is a static library: its icons must be registered once before the first widget needs them.
#pragma once

namespace orderflow::console {

void initConsoleResources();

} // namespace orderflow::console
