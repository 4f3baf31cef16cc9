// export-replies and templates (docs/templates.md).
#include "CliCommon.h"
#include "DraftCliSupport.h"

#include "reply/DraftWorkflow.h"
#include "reply/ReplyExportService.h"
#include "util/Clock.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>

namespace rd::cli {
namespace {

bool parseStates(const QCommandLineParser& parser, std::vector<DraftState>& states)
{
    if (!parser.isSet(QStringLiteral("state"))) {
        return true; // the default: every draft not yet posted
    }
    states.clear();
    for (const QString& v : parser.values(QStringLiteral("state"))) {
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto s = draftStateFromKey(part.trimmed().toLower().toStdString());
            if (!s) {
                printErr(QStringLiteral("unknown --state '%1' (draft, approved, exported, posted)")
                             .arg(part));
                return false;
            }
            states.push_back(*s);
        }
    }
    return true;
}

void printExportSummary(const ReplyExportSummary& s, const QString& where, ReplyExportFormat f)
{
    std::cerr << "exported " << s.exported << " repl" << (s.exported == 1 ? "y" : "ies") << " ("
              << toKey(f) << ") to " << where.toStdString() << '\n';
    if (s.needsInput) {
        std::cerr << "  skipped " << s.needsInput
                  << " draft(s) that still need input (missing values or no text)\n";
    }
    if (s.otherPlatform) {
        std::cerr << "  skipped " << s.otherPlatform
                  << " draft(s) of reviews not on Ozon (the Ozon payload is for Ozon only)\n";
    }
    if (s.overLimit) {
        std::cerr << "  warning: " << s.overLimit
                  << " repl(ies) longer than their platform's limit; shorten them before"
                     " posting\n";
    }
}

// Writes the export to `path` (standard output when empty). A file is written next to the
// target and renamed when complete, so a failed export never leaves a half file under the real
// name; false after a failed write (the caller then marks nothing).
bool writeReplies(ReplyExportService& service, const ReviewFilter& filter,
                  const ReplyExportOptions& options, const QString& path,
                  ReplyExportSummary& summary)
{
    if (path.isEmpty()) {
        summary = service.write(filter, options, std::cout);
        std::cout.flush();
        if (!std::cout) {
            printErr(QStringLiteral("writing to standard output failed; nothing was marked"));
            return false;
        }
        return true;
    }
    const std::string target = path.toStdString();
    const std::string part = target + ".part";
    std::ofstream file(part, std::ios::binary | std::ios::trunc);
    if (!file) {
        printErr(QStringLiteral("cannot write %1").arg(QString::fromStdString(part)));
        return false;
    }
    summary = service.write(filter, options, file);
    file.close();
    if (!file || std::rename(part.c_str(), target.c_str()) != 0) {
        std::remove(part.c_str());
        printErr(QStringLiteral("writing %1 failed; nothing was marked").arg(path));
        return false;
    }
    return true;
}

// The templates in force, the limits and the cells no template covers.
nlohmann::ordered_json templatesReport(const TemplateLibrary& library)
{
    const TemplateLibrary* lib = &library;
    nlohmann::ordered_json out;
    out["sources"] = lib->sources();
    for (Platform p : kAllPlatforms) {
        out["limits"][std::string(toKey(p))] = lib->limits().limit(p);
    }
    out["templates"] = nlohmann::ordered_json::array();
    for (const ReplyTemplate& t : lib->templates()) {
        nlohmann::ordered_json j = {{"id", t.id}, {"kind", toKey(t.kind)}};
        j["category"] = t.category ? std::string(toKey(*t.category)) : "";
        j["sub_reason"] = t.subReason;
        j["platforms"] = nlohmann::ordered_json::array();
        for (Platform p : t.platforms) {
            j["platforms"].push_back(toKey(p));
        }
        for (const auto& [lang, texts] : t.variants) {
            j["variants"][std::string(toKey(lang))] = texts.size();
        }
        j["source"] = t.source;
        out["templates"].push_back(j);
    }
    out["gaps"] = nlohmann::ordered_json::array();
    for (Language l : {Language::Zh, Language::Ru, Language::En}) {
        for (Platform p : kAllPlatforms) {
            TemplateQuery q;
            q.language = l;
            q.platform = p;
            auto gap = [&](const std::string& what) {
                if (!lib->select(q)) {
                    out["gaps"].push_back(what + " " + std::string(toKey(l)) + " " +
                                          std::string(toKey(p)));
                }
            };
            for (Category c : kAllCategories) {
                q.category = c;
                gap(std::string(toKey(c)));
            }
            q.category.reset();
            for (TemplateKind k :
                 {TemplateKind::Positive, TemplateKind::Suspicious, TemplateKind::Safety}) {
                q.kind = k;
                gap(std::string(toKey(k)));
            }
        }
    }
    return out;
}

void printTemplatesReport(const nlohmann::ordered_json& out)
{
    std::cout << "limits (characters, 0 = none):";
    for (const auto& [p, n] : out["limits"].items()) {
        std::cout << ' ' << p << ' ' << n.get<int>();
    }
    std::cout << "\n\n"
              << std::left << std::setw(26) << "id" << std::setw(12) << "kind" << std::setw(18)
              << "sub-reason" << std::setw(22) << "platforms"
              << "zh ru en  source\n";
    for (const auto& t : out["templates"]) {
        std::string platforms;
        for (const auto& p : t["platforms"]) {
            platforms += (platforms.empty() ? "" : ",") + p.get<std::string>();
        }
        std::cout << std::setw(26) << t["id"].get<std::string>() << std::setw(12)
                  << t["kind"].get<std::string>() << std::setw(18)
                  << (t["sub_reason"].get<std::string>().empty()
                          ? "-"
                          : t["sub_reason"].get<std::string>())
                  << std::setw(22) << (platforms.empty() ? "generic" : platforms);
        for (const char* l : {"zh", "ru", "en"}) {
            std::cout << std::setw(3)
                      << (t["variants"].contains(l) ? t["variants"][l].get<int>() : 0);
        }
        std::cout << ' ' << t["source"].get<std::string>() << '\n';
    }
    std::cout << "\ngaps (no template): "
              << (out["gaps"].empty() ? std::string("none") : std::to_string(out["gaps"].size()))
              << '\n';
    for (const auto& g : out["gaps"]) {
        std::cout << "  " << g.get<std::string>() << '\n';
    }
}

} // namespace

int runExportReplies(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    addFilterOptions(parser);
    addTemplatesOption(parser);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("csv (default), ozon-json or text."),
         QStringLiteral("format"), QStringLiteral("csv")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Write to this file instead of standard output."),
         QStringLiteral("file")},
        {QStringLiteral("state"),
         QStringLiteral("Draft states to export (default: draft,approved,exported, i.e. every"
                        " draft not yet posted)."),
         QStringLiteral("list")},
        {QStringLiteral("no-mark"),
         QStringLiteral("Leave the drafts' states as they are (a preview); by default exported"
                        " drafts are marked exported.")},
        {QStringLiteral("leave-unprocessed"),
         QStringLiteral("ozon-json: mark_review_as_processed = false.")},
        {QStringLiteral("agent"), QStringLiteral("Who exports (draft history)."),
         QStringLiteral("name")},
    });
    if (int rc = parseOrExit(parser, arguments,
                             QStringLiteral("Export reply drafts to paste or post: CSV, the Ozon"
                                            " /v1/review/comment/create payloads, or a text"
                                            " pack. Drafts needing input are skipped."));
        rc >= 0) {
        return rc;
    }
    ReviewFilter filter;
    QString error;
    ReplyExportOptions options;
    const auto format = replyExportFormatFromKey(
        parser.value(QStringLiteral("format")).trimmed().toLower().toStdString());
    if (!format) {
        printErr(QStringLiteral("unknown --format '%1' (csv, ozon-json or text)")
                     .arg(parser.value(QStringLiteral("format"))));
        return ExitUsage;
    }
    options.format = *format;
    options.markProcessed = !parser.isSet(QStringLiteral("leave-unprocessed"));
    if (!filterFromOptions(parser, filter, error)) {
        printErr(error);
        return ExitUsage;
    }
    if (!parseStates(parser, options.states)) {
        return ExitUsage;
    }
    std::optional<TemplateLibrary> library = loadTemplates(parser); // for the length limits
    if (!library) {
        return ExitInputRejected;
    }
    auto store = openStore(parser);
    ReplyExportService service(*store, library->limits());
    ReplyExportSummary summary;
    const QString where =
        parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : QString();
    if (!writeReplies(service, filter, options, where, summary)) {
        return ExitFailure;
    }
    printExportSummary(summary, where.isEmpty() ? QStringLiteral("standard output") : where,
                       options.format);
    if (!parser.isSet(QStringLiteral("no-mark")) && !summary.reviewIds.empty()) {
        DraftWorkflow workflow(*store, actorFromOptions(parser));
        const auto r = workflow.markExported(summary.reviewIds, Clock::nowMs());
        std::cerr << "  marked " << r.changed << " draft(s) exported";
        if (r.unchanged) {
            std::cerr << " (" << r.unchanged << " were already)";
        }
        std::cerr << '\n';
    }
    return ExitOk;
}

int runTemplates(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    addTemplatesOption(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print as JSON.")});
    if (int rc = parseOrExit(parser, arguments,
                             QStringLiteral("Check and list the reply templates in force (built-in"
                                            " plus the user file), the length limits, and the"
                                            " cells of category x language x platform that have"
                                            " no template."));
        rc >= 0) {
        return rc;
    }
    std::optional<TemplateLibrary> lib = loadTemplates(parser);
    if (!lib) {
        return ExitInputRejected;
    }
    const nlohmann::ordered_json report = templatesReport(*lib);
    if (parser.isSet(QStringLiteral("json"))) {
        std::cout << report.dump(2) << '\n';
    } else {
        printTemplatesReport(report);
    }
    return ExitOk;
}

} // namespace rd::cli
