// reviewdesk-cli: the command-line face of the ReviewDesk core (docs/cli.md).
#include "CliCommon.h"
#include "ReportDrawing.h"

#include "store/StoreError.h"

#include <QCoreApplication>

#include <iostream>

namespace {

void printUsage()
{
    std::cout << "Usage: reviewdesk-cli SUBCOMMAND [options]\n\nSubcommands:\n";
    for (const auto& c : rd::cli::commands()) {
        std::cout << "  " << c.name << std::string(16 - std::min<size_t>(15, strlen(c.name)), ' ')
                  << c.summary << '\n';
    }
    std::cout << "\nEvery subcommand accepts --db PATH and --help. Exit codes: 0 ok, 1 failure,"
                 " 2 usage error, 3 input rejected.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    // A QApplication (offscreen) only for `report --format pdf|png`; see ReportDrawing.h.
    const auto app = rd::cli::makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReviewDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReviewDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVIEWDESK_VERSION));

    const QStringList args = rd::cli::commandLine(argc, argv);
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help")) {
        printUsage();
        return args.size() < 2 ? rd::cli::ExitUsage : rd::cli::ExitOk;
    }
    if (args[1] == QLatin1String("--version")) {
        std::cout << "reviewdesk-cli " << REVIEWDESK_VERSION << '\n';
        return rd::cli::ExitOk;
    }
    const QString name = args[1];
    for (const auto& c : rd::cli::commands()) {
        if (name == QLatin1String(c.name)) {
            QStringList sub = args.mid(2);
            sub.prepend(args[0] + QLatin1Char(' ') + name);
            try {
                return c.run(sub);
            } catch (const rd::StoreError& e) {
                std::cerr << "error: " << e.what() << '\n';
                return rd::cli::ExitFailure;
            } catch (const std::exception& e) {
                std::cerr << "error: " << e.what() << '\n';
                return rd::cli::ExitFailure;
            }
        }
    }
    std::cerr << "unknown subcommand '" << name.toStdString() << "'\n";
    printUsage();
    return rd::cli::ExitUsage;
}
