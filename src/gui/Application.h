#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rd::gui {

class AppSettings;

// Start-up of the desktop program: QApplication, logging, translations, the database to open
// (`reviewdesk [DATABASE]`; without an argument the last one used; on the very first start
// the default database, created with the demo reviews) and the main window.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::Application)

public:
    // Runs the program; returns the exit code.
    static int run(int argc, char* argv[]);

    // Which database a start opens: the one named on the command line (created when
    // missing), else the last one used while it still exists, else the default database —
    // created with the demo reviews when it does not exist yet (the very first start).
    // Review files on the command line (.csv, .tsv, .txt, .json, .jsonl: a file manager's
    // "Open with") are not databases: they go to the import dialog of that database.
    struct StartupDatabase
    {
        QString path;
        bool createDemo = false;
        QStringList importFiles;
    };
    static bool isReviewFile(const QString& path);
    static StartupDatabase chooseDatabase(const QStringList& arguments, AppSettings& settings);
};

// The same, for main().
int runApplication(int argc, char* argv[]);

} // namespace rd::gui
