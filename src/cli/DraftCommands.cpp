// drafts, approve and mark-posted: reply drafts from the command line (docs/templates.md).
// export-replies and templates are in ReplyExportCommand.cpp.
#include "CliCommon.h"
#include "DraftCliSupport.h"

#include "import/CsvReader.h"
#include "reply/DraftService.h"
#include "reply/DraftWorkflow.h"
#include "reply/TemplateLibrary.h"
#include "util/Clock.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>

#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>

namespace rd::cli {
namespace {

volatile std::sig_atomic_t g_draftsInterrupted = 0;

extern "C" void onDraftsInterrupt(int)
{
    g_draftsInterrupted = 1;
}

void printRunSummary(const DraftRunSummary& s, const std::string& db)
{
    std::cout << "drafts: " << s.matched << " review(s) matched\n"
              << "  written " << s.created << " new, " << s.refreshed << " refreshed, "
              << s.unchanged << " already up to date\n";
    if (s.keptEdited) {
        std::cout << "  kept " << s.keptEdited
                  << " edited by a person or already approved/exported/posted\n";
    }
    if (s.unclassified) {
        std::cout << "  " << s.unclassified
                  << " complaint(s) not classified yet: run `reviewdesk-cli classify --db " << db
                  << "` first\n";
    }
    if (s.noTemplate) {
        std::cout << "  " << s.noTemplate
                  << " without a template for their language and platform (see `templates`)\n";
    }
    if (s.needsInput) {
        std::cout << "  " << s.needsInput
                  << " need input: a variable has no value (see `show ID`; export skips them)\n";
    }
    if (s.overLimit) {
        std::cout << "  " << s.overLimit << " longer than their platform's reply limit\n";
    }
    if (s.cancelled) {
        std::cout << "  interrupted: the batches finished so far are stored\n";
    }
}

// Review ids from an export-replies file: CSV (review_id column), Ozon JSON (review_id = the
// Ozon review id) or the text pack ("review N |" headers). Throws with "file:line: reason".
std::vector<std::int64_t> idsFromExport(ReviewStore& store, const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error(path + ": cannot open the file");
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    std::vector<std::int64_t> ids;
    const auto first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first != std::string::npos && text[first] == '[') {
        const auto j = nlohmann::json::parse(text, nullptr, false);
        if (!j.is_array()) {
            throw std::runtime_error(path + ": not a JSON array of Ozon reply payloads");
        }
        for (std::size_t i = 0; i < j.size(); ++i) {
            if (!j[i].is_object() || !j[i].contains("review_id") ||
                !j[i]["review_id"].is_string()) {
                throw std::runtime_error(path + ": item " + std::to_string(i + 1) +
                                         " has no \"review_id\" string");
            }
            const std::string ext = j[i]["review_id"].get<std::string>();
            auto id = store.findId(Platform::Ozon, ext);
            if (!id) {
                throw std::runtime_error(path + ": item " + std::to_string(i + 1) +
                                         ": no Ozon review \"" + ext + "\" in this database");
            }
            ids.push_back(*id);
        }
        return ids;
    }
    if (text.compare(first == std::string::npos ? 0 : first, 10, "review_id,") == 0) {
        CsvReader reader(std::string_view(text).substr(first), ',');
        std::vector<std::string_view> fields;
        reader.next(fields); // header
        while (reader.next(fields)) {
            bool ok = false;
            const qint64 id =
                QString::fromUtf8(fields[0].data(), static_cast<qsizetype>(fields[0].size()))
                    .toLongLong(&ok);
            if (!ok) {
                throw std::runtime_error(path + ":" + std::to_string(reader.recordLine()) +
                                         ": review_id is not a number");
            }
            ids.push_back(id);
        }
        return ids;
    }
    static const QRegularExpression header(QStringLiteral("^review (\\d+) \\|"),
                                           QRegularExpression::MultilineOption);
    auto it = header.globalMatch(QString::fromStdString(text));
    while (it.hasNext()) {
        ids.push_back(it.next().captured(1).toLongLong());
    }
    if (ids.empty()) {
        throw std::runtime_error(path + ": no review ids found (expected an export-replies file:"
                                        " CSV, Ozon JSON or text)");
    }
    return ids;
}

// Ids from positional arguments; false with a message on a bad one.
bool idsFromArguments(const QStringList& args, std::vector<std::int64_t>& ids)
{
    for (const QString& a : args) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0) {
            printErr(QStringLiteral("'%1' is not a review id").arg(a));
            return false;
        }
        ids.push_back(id);
    }
    return true;
}

void printTransition(const char* verb, const DraftTransitionResult& r)
{
    std::cout << verb << ' ' << r.changed << " draft(s)";
    if (r.unchanged) {
        std::cout << "; " << r.unchanged << " already " << verb;
    }
    if (r.wrongState) {
        std::cout << "; " << r.wrongState << " skipped: already further along";
    }
    if (r.needsInput) {
        std::cout << "; " << r.needsInput << " skipped: still need input";
    }
    if (r.noDraft) {
        std::cout << "; " << r.noDraft << " review(s) without a draft";
    }
    std::cout << '\n';
}

} // namespace

int runDrafts(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    addFilterOptions(parser);
    addDraftContextOptions(parser);
    parser.addOption({QStringLiteral("batch"),
                      QStringLiteral("Reviews per transaction (default %1).")
                          .arg(DraftService::kDefaultBatchSize),
                      QStringLiteral("N")});
    if (int rc = parseOrExit(parser, arguments,
                             QStringLiteral("Generate or refresh the reply drafts of the reviews"
                                            " matching the filters. A draft a person edited, or"
                                            " one already approved, exported or posted, is never"
                                            " overwritten."));
        rc >= 0) {
        return rc;
    }
    ReviewFilter filter;
    QString error;
    if (!filterFromOptions(parser, filter, error)) {
        printErr(error);
        return ExitUsage;
    }
    bool ok = true;
    const int batch = parser.isSet(QStringLiteral("batch"))
                          ? parser.value(QStringLiteral("batch")).toInt(&ok)
                          : DraftService::kDefaultBatchSize;
    if (!ok || batch < 1) {
        printErr(QStringLiteral("--batch wants a positive number"));
        return ExitUsage;
    }
    std::optional<TemplateLibrary> library = loadTemplates(parser);
    if (!library) {
        return ExitInputRejected;
    }
    auto store = openStore(parser);
    std::signal(SIGINT, onDraftsInterrupt);
    std::signal(SIGTERM, onDraftsInterrupt);
    DraftService service(*store, *library, draftContextFromOptions(parser));
    const bool tty = isStderrTerminal();
    const DraftRunSummary s = service.generate(
        filter,
        [&](const DraftRunProgress& p) {
            if (tty && p.total > 2000) {
                std::cerr << "\rdrafting: " << p.done << '/' << p.total << std::flush;
            }
            return g_draftsInterrupted == 0;
        },
        batch);
    if (tty && s.matched > 2000) {
        std::cerr << '\n';
    }
    printRunSummary(s, store->location());
    return s.cancelled ? ExitCancelled : ExitOk;
}

int runApprove(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    addFilterOptions(parser);
    parser.addPositionalArgument(QStringLiteral("IDS"), QStringLiteral("Review ids."),
                                 QStringLiteral("[ID...]"));
    parser.addOption({QStringLiteral("agent"), QStringLiteral("Who approves (draft history)."),
                      QStringLiteral("name")});
    if (int rc = parseOrExit(parser, arguments,
                             QStringLiteral("Approve reply drafts (draft -> approved): the reviews"
                                            " given by id, or every review matching the filters."
                                            " A draft still needing input is not approved."));
        rc >= 0) {
        return rc;
    }
    std::vector<std::int64_t> ids;
    if (!idsFromArguments(parser.positionalArguments(), ids)) {
        return ExitUsage;
    }
    ReviewFilter filter;
    QString error;
    if (!filterFromOptions(parser, filter, error)) {
        printErr(error);
        return ExitUsage;
    }
    if (ids.empty() && !anyFilterSet(parser)) {
        printErr(QStringLiteral("approve wants review ids or filters (e.g. --platform ozon"
                                " --category logistics)"));
        return ExitUsage;
    }
    auto store = openStore(parser);
    if (ids.empty()) {
        ids = store->queryIds(filter);
    }
    DraftWorkflow workflow(*store, actorFromOptions(parser));
    printTransition("approved", workflow.approve(ids, Clock::nowMs()));
    return ExitOk;
}

int runMarkPosted(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("IDS"), QStringLiteral("Review ids."),
                                 QStringLiteral("[ID...]"));
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("An export-replies file (CSV, Ozon JSON or text) whose"
                                     " replies were posted."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("agent"), QStringLiteral("Who posted (draft history)."),
                      QStringLiteral("name")});
    if (int rc = parseOrExit(parser, arguments,
                             QStringLiteral("Mark reply drafts as posted on the marketplace."
                                            " A review still 'new' moves to 'in_progress'."));
        rc >= 0) {
        return rc;
    }
    std::vector<std::int64_t> ids;
    if (!idsFromArguments(parser.positionalArguments(), ids)) {
        return ExitUsage;
    }
    if (ids.empty() == !parser.isSet(QStringLiteral("from"))) {
        printErr(QStringLiteral("mark-posted wants review ids or --from FILE (not both)"));
        return ExitUsage;
    }
    auto store = openStore(parser);
    if (parser.isSet(QStringLiteral("from"))) {
        try {
            ids = idsFromExport(*store, parser.value(QStringLiteral("from")).toStdString());
        } catch (const std::runtime_error& e) {
            printErr(QString::fromStdString(e.what()) + QStringLiteral("\n  nothing was marked"));
            return ExitInputRejected;
        }
    }
    DraftWorkflow workflow(*store, actorFromOptions(parser));
    printTransition("posted", workflow.markPosted(ids, Clock::nowMs()));
    return ExitOk;
}

} // namespace rd::cli
