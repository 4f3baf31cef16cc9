#pragma once

// Options shared by the draft and reply-export subcommands.

#include "reply/DraftContext.h"
#include "reply/TemplateLibrary.h"

#include <QCommandLineParser>

#include <optional>
#include <string>

namespace rd::cli {

// --agent, --agent-title, --shop-name, --remedy and --templates.
void addDraftContextOptions(QCommandLineParser& parser);
DraftContext draftContextFromOptions(const QCommandLineParser& parser);

// Adds --templates FILE (the user template file; default AppPaths::userTemplatesFile()).
void addTemplatesOption(QCommandLineParser& parser);
// The built-in templates plus the user file; prints the error and returns nothing when the
// user file is broken (exit code 3: input rejected).
std::optional<TemplateLibrary> loadTemplates(const QCommandLineParser& parser);

// Who to record in the draft history: --agent, else "cli".
std::string actorFromOptions(const QCommandLineParser& parser);

// True when any of addFilterOptions' options is given.
bool anyFilterSet(const QCommandLineParser& parser);

bool isStderrTerminal();

} // namespace rd::cli
