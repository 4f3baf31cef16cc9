#include "DraftCliSupport.h"

#include "CliCommon.h"

#include "reply/TemplateError.h"
#include "util/AppPaths.h"

#include <unistd.h>

namespace rd::cli {

void addTemplatesOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("templates"),
                      QStringLiteral("User template file on top of the built-in ones (default:"
                                     " %1, when it exists).")
                          .arg(QString::fromStdString(AppPaths::userTemplatesFile())),
                      QStringLiteral("file")});
}

void addDraftContextOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("agent"), QStringLiteral("Agent name for {agent_name} and the history."),
         QStringLiteral("name")},
        {QStringLiteral("agent-title"), QStringLiteral("Agent title for {agent_title}."),
         QStringLiteral("title")},
        // --shop is the shop filter of every listing subcommand, so the signature's is
        // --shop-name.
        {QStringLiteral("shop-name"),
         QStringLiteral("Shop name for {shop} when a review has none."), QStringLiteral("name")},
        {QStringLiteral("remedy"),
         QStringLiteral("The offer for {remedy}, replacing the templates' own (a verb phrase:"
                        " \"вернуть 300 ₽\", \"send a free replacement\")."),
         QStringLiteral("text")},
    });
    addTemplatesOption(parser);
}

DraftContext draftContextFromOptions(const QCommandLineParser& parser)
{
    DraftContext c;
    c.agentName = parser.value(QStringLiteral("agent")).trimmed().toStdString();
    c.agentTitle = parser.value(QStringLiteral("agent-title")).trimmed().toStdString();
    c.shop = parser.value(QStringLiteral("shop-name")).trimmed().toStdString();
    c.remedy = parser.value(QStringLiteral("remedy")).trimmed().toStdString();
    return c;
}

std::optional<TemplateLibrary> loadTemplates(const QCommandLineParser& parser)
{
    const bool named = parser.isSet(QStringLiteral("templates"));
    const std::string file = named ? parser.value(QStringLiteral("templates")).toStdString()
                                   : AppPaths::userTemplatesFile();
    try {
        if (named) { // an explicitly named file must exist
            TemplateLibrary lib = TemplateLibrary::builtIn();
            lib.addFile(file);
            return lib;
        }
        return TemplateLibrary::withUserFile(file);
    } catch (const TemplateError& e) {
        printErr(QStringLiteral("error: %1\n  template file rejected; fix it or move it away"
                                " (the built-in templates are used without it)")
                     .arg(QString::fromStdString(e.what())));
        return std::nullopt;
    }
}

std::string actorFromOptions(const QCommandLineParser& parser)
{
    const QString agent = parser.value(QStringLiteral("agent")).trimmed();
    return agent.isEmpty() ? std::string("cli") : agent.toStdString();
}

bool anyFilterSet(const QCommandLineParser& parser)
{
    for (const char* name :
         {"platform", "shop", "rating", "polarity", "category", "status", "language", "from", "to",
          "product", "search", "suspicious", "safety", "limit"}) {
        if (parser.isSet(QLatin1String(name))) {
            return true;
        }
    }
    return false;
}

bool isStderrTerminal()
{
    return isatty(STDERR_FILENO) != 0;
}

} // namespace rd::cli
