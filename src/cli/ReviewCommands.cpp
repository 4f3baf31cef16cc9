// list, show, stats and export: read-only views of the store.
#include "CliCommon.h"

#include "export/CsvWriter.h"
#include "export/ReviewSerializer.h"
#include "store/ClassificationStore.h"
#include "store/DraftStore.h"
#include "store/WorkflowStore.h"
#include "text/Utf8.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace rd::cli {
namespace {

constexpr auto kReplace = nlohmann::json::error_handler_t::replace;

std::string preview(const std::string& text, std::size_t maxChars)
{
    std::string out;
    std::size_t pos = 0;
    std::size_t n = 0;
    while (pos < text.size() && n < maxChars) {
        char32_t c = utf8::next(text, pos);
        utf8::append(out, (c == '\n' || c == '\r' || c == '\t') ? U' ' : c);
        ++n;
    }
    if (pos < text.size()) {
        out += "…";
    }
    return out;
}

void printTableRow(const ReviewRecord& rec)
{
    const Review& r = rec.review;
    auto cat = rec.category();
    std::string flags = std::string(rec.safety ? "S" : "") + (rec.suspicious ? "?" : "");
    std::cout << r.id << '\t' << toKey(r.platform) << '\t'
              << (r.rating ? std::to_string(*r.rating) + "*" : std::string(toKey(r.polarity)))
              << '\t' << (cat ? toKey(*cat) : "-") << '\t' << (flags.empty() ? "-" : flags)
              << '\t' << toKey(rec.workflow.status) << '\t' << isoTime(r.publishedAt).substr(0, 10)
              << '\t' << preview(r.title.empty() ? r.text : r.title + ". " + r.text, 80) << '\n';
}

// Writes the matching reviews in `format` to `out`; returns how many.
std::int64_t writeReviews(ReviewStore& store, const ReviewFilter& filter, const QString& format,
                          std::ostream& out)
{
    std::int64_t n = 0;
    if (format == QLatin1String("csv")) {
        CsvWriter csv(out);
        csv.writeRow(ReviewSerializer::csvHeader());
        store.forEach(filter, [&](const ReviewRecord& rec) {
            csv.writeRow(ReviewSerializer::csvRow(rec));
            ++n;
            return true;
        });
    } else if (format == QLatin1String("json")) {
        // Streamed as a JSON array, one review per line, so a huge export never sits in memory.
        out << "[";
        store.forEach(filter, [&](const ReviewRecord& rec) {
            out << (n ? ",\n" : "\n") << ReviewSerializer::toJson(rec).dump(-1, ' ', false, kReplace);
            ++n;
            return true;
        });
        out << (n ? "\n]\n" : "]\n");
    } else {
        store.forEach(filter, [&](const ReviewRecord& rec) {
            printTableRow(rec);
            ++n;
            return true;
        });
    }
    return n;
}

bool checkFormat(const QString& format, bool allowTable)
{
    if (format == QLatin1String("csv") || format == QLatin1String("json") ||
        (allowTable && format == QLatin1String("table"))) {
        return true;
    }
    printErr(QStringLiteral("unknown --format '%1'").arg(format));
    return false;
}

} // namespace

int runList(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                      QStringLiteral("format"), QStringLiteral("table")});
    if (int rc = parseOrExit(parser, arguments, QStringLiteral("List the reviews that match the"
                                                               " filters, newest first."));
        rc >= 0) {
        return rc;
    }
    ReviewFilter filter;
    QString error;
    const QString format = parser.value(QStringLiteral("format"));
    if (!filterFromOptions(parser, filter, error) || !checkFormat(format, true)) {
        if (!error.isEmpty()) {
            printErr(error);
        }
        return ExitUsage;
    }
    auto store = openStore(parser);
    const std::int64_t n = writeReviews(*store, filter, format, std::cout);
    if (format == QLatin1String("table")) {
        std::cerr << n << " review(s)\n";
    }
    return ExitOk;
}

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv (default) or json."),
                      QStringLiteral("format"), QStringLiteral("csv")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write to this file instead of standard output."),
                      QStringLiteral("file")});
    if (int rc = parseOrExit(parser, arguments, QStringLiteral("Export reviews with their"
                                                               " classification and status."));
        rc >= 0) {
        return rc;
    }
    ReviewFilter filter;
    QString error;
    const QString format = parser.value(QStringLiteral("format"));
    if (!filterFromOptions(parser, filter, error) || !checkFormat(format, false)) {
        if (!error.isEmpty()) {
            printErr(error);
        }
        return ExitUsage;
    }
    auto store = openStore(parser);
    std::int64_t n = 0;
    if (parser.isSet(QStringLiteral("output"))) {
        const std::string path = parser.value(QStringLiteral("output")).toStdString();
        std::ofstream file(path, std::ios::binary);
        if (!file) {
            printErr(QStringLiteral("cannot write %1").arg(QString::fromStdString(path)));
            return ExitFailure;
        }
        n = writeReviews(*store, filter, format, file);
        file.close();
        if (!file) {
            printErr(QStringLiteral("writing %1 failed").arg(QString::fromStdString(path)));
            return ExitFailure;
        }
    } else {
        n = writeReviews(*store, filter, format, std::cout);
    }
    std::cerr << "exported " << n << " review(s)\n";
    return ExitOk;
}

int runShow(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Review id (see list)."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print as JSON.")});
    if (int rc = parseOrExit(parser, arguments, QStringLiteral("Show one review completely."));
        rc >= 0) {
        return rc;
    }
    bool ok = false;
    const std::int64_t id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("show wants one review id"));
        return ExitUsage;
    }
    auto store = openStore(parser);
    auto rec = store->record(id);
    if (!rec) {
        printErr(QStringLiteral("no review with id %1").arg(id));
        return ExitFailure;
    }
    nlohmann::json j = ReviewSerializer::toJson(*rec);
    nlohmann::json revs = nlohmann::json::array();
    for (const auto& rev : store->revisions(id)) {
        revs.push_back({{"changed_at", isoTime(rev.changedAt)},
                        {"old_rating", rev.oldRating ? nlohmann::json(*rev.oldRating) : nlohmann::json()},
                        {"new_rating", rev.newRating ? nlohmann::json(*rev.newRating) : nlohmann::json()},
                        {"old_text", rev.oldText},
                        {"new_text", rev.newText}});
    }
    j["revisions"] = revs;
    nlohmann::json contacts = nlohmann::json::array();
    for (const auto& c : store->workflow().contacts(id)) {
        contacts.push_back({{"at", isoTime(c.at)}, {"channel", toKey(c.channel)}, {"agent", c.agent},
                            {"offered", c.offered}, {"buyer_answer", c.buyerAnswer}, {"note", c.note}});
    }
    j["contacts"] = contacts;
    if (auto d = store->drafts().draft(id)) {
        j["draft"] = {{"state", toKey(d->state)}, {"text", d->text}, {"template", d->templateId}};
    }
    if (parser.isSet(QStringLiteral("json"))) {
        std::cout << j.dump(2, ' ', false, kReplace) << '\n';
        return ExitOk;
    }
    for (const auto& [key, value] : j.items()) {
        if (value.is_string() && value.get<std::string>().empty()) {
            continue;
        }
        std::cout << key << ": "
                  << (value.is_string() ? value.get<std::string>() : value.dump(-1, ' ', false, kReplace))
                  << '\n';
    }
    return ExitOk;
}

int runStats(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print as JSON.")});
    if (int rc = parseOrExit(parser, arguments, QStringLiteral("Summary figures of the database."));
        rc >= 0) {
        return rc;
    }
    auto store = openStore(parser);
    const StoreStats s = store->stats();
    const SearchIndexState fts = store->searchIndexState();
    nlohmann::json j = {{"database", store->location()},
                        {"schema_version", store->schemaVersion()},
                        {"reviews", s.reviews},
                        {"negative", s.negative},
                        {"neutral", s.neutral},
                        {"positive", s.positive},
                        {"unrated", s.unrated},
                        {"classified", s.classified},
                        {"revisions", s.revisions},
                        {"import_batches", s.batches},
                        {"search_indexed", fts.indexed},
                        {"oldest", isoTime(s.oldest)},
                        {"newest", isoTime(s.newest)}};
    for (const auto& [p, n] : s.byPlatform) {
        j["by_platform"][std::string(toKey(p))] = n;
    }
    for (const auto& [l, n] : s.byLanguage) {
        j["by_language"][std::string(toKey(l))] = n;
    }
    for (const auto& [c, n] : s.byCategory) {
        j["by_category"][std::string(toKey(c))] = n;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        std::cout << j.dump(2, ' ', false, kReplace) << '\n';
        return ExitOk;
    }
    for (const auto& [key, value] : j.items()) {
        if (value.is_object()) {
            std::cout << key << ':';
            for (const auto& [k, v] : value.items()) {
                std::cout << ' ' << k << '=' << v.dump();
            }
            std::cout << '\n';
        } else {
            std::cout << key << ": " << (value.is_string() ? value.get<std::string>() : value.dump())
                      << '\n';
        }
    }
    return ExitOk;
}

} // namespace rd::cli
