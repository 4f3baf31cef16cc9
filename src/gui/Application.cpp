#include "Application.h"

#include "MainWindow.h"

#include "util/AppPaths.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>

namespace rd::gui {

int runApplication(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReviewDesk"));
    QApplication::setApplicationName(QStringLiteral("ReviewDesk"));
    QApplication::setApplicationVersion(QStringLiteral(REVIEWDESK_VERSION));
    initLogging("reviewdesk", "warn");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review-management workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QApplication::translate("main", "Open the database, show the first rows and exit "
                                        "(exit code 0 when that worked)."));
    parser.addOption(selfTest);
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QApplication::translate("main", "Database file to open."));
    parser.process(app);

    const QString path = parser.positionalArguments().value(
        0, QString::fromStdString(AppPaths::defaultDatabase()));
    MainWindow window;
    window.show();
    const bool opened = window.openDatabase(path);
    if (parser.isSet(selfTest)) {
        return opened ? 0 : 1;
    }
    return app.exec();
}

} // namespace rd::gui
