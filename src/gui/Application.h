#pragma once

namespace rd::gui {

// Sets up QApplication, logging, translations and the main window; returns the exit code.
// `reviewdesk [DATABASE]` opens that file; without an argument, the default database, which
// is created with the demo reviews on first start.
int runApplication(int argc, char* argv[]);

} // namespace rd::gui
