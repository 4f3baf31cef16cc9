#pragma once

#include <QCoreApplication>

namespace rd::gui {

// Start-up of the desktop program: QApplication, logging, translations, the database to open
// (`reviewdesk [DATABASE]`; without an argument the last one used; on the very first start
// the default database, created with the demo reviews) and the main window.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::Application)

public:
    // Runs the program; returns the exit code.
    static int run(int argc, char* argv[]);
};

// The same, for main().
int runApplication(int argc, char* argv[]);

} // namespace rd::gui
