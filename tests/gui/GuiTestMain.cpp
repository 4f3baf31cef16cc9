// main() of gui_tests: GoogleTest with a QApplication, offscreen unless a platform is chosen.
// Settings and app data go to a temporary folder so no test touches the user's own files.
#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QTemporaryDir home;
    if (!home.isValid()) {
        return 2;
    }
    qputenv("REVIEWDESK_DATA_DIR", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("REVIEWDESK_SETTINGS", (home.path() + QStringLiteral("/settings.ini")).toUtf8());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReviewDesk"));
    QApplication::setApplicationName(QStringLiteral("ReviewDesk-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
