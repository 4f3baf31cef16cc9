#pragma once

#include "model/ReviewFilter.h"
#include "store/ReviewStore.h"

#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <string>

namespace rd::cli {

// Exit codes of reviewdesk-cli (docs/cli.md).
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,      // the command could not do its work (database error, I/O error)
    ExitUsage = 2,        // bad command line
    ExitInputRejected = 3, // an input file was rejected whole; nothing was stored
    ExitCancelled = 130,  // interrupted
};

// One subcommand: `run` gets the arguments after the subcommand name, with the program
// name prepended so QCommandLineParser can process them.
struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

const std::vector<Command>& commands();

// Adds --db, -v/--verbose and --help to a subcommand's parser.
void addCommonOptions(QCommandLineParser& parser);
// Parses; on error or --help prints and returns the exit code to use, else -1.
int parseOrExit(QCommandLineParser& parser, const QStringList& arguments,
                const QString& description);
// Sets up logging (console level from -v) and opens the database of --db or the default one.
std::unique_ptr<ReviewStore> openStore(const QCommandLineParser& parser);

// The shared review filter options of list, export, drafts, export-replies and classify.
void addFilterOptions(QCommandLineParser& parser);
// Builds a ReviewFilter from them; on a bad value writes the reason to `error`.
bool filterFromOptions(const QCommandLineParser& parser, ReviewFilter& filter, QString& error);

// Dates on the command line: YYYY-MM-DD (UTC midnight) or a full ISO 8601 date-time.
std::optional<Timestamp> parseDate(const QString& text);
std::string formatTime(std::optional<Timestamp> ms);

void printErr(const QString& text);
void printOut(const std::string& text);

} // namespace rd::cli
