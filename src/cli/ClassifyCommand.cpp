// classify: sort reviews into complaint categories by the rules (docs/rules.md, docs/cli.md).
//   classify --input FILE.csv --output FILE.csv    a CSV of reviews -> the labelled-data format
//   classify --db PATH [filters]                   (re)classify stored reviews
//   classify --db PATH --explain ID                why a stored review got its category
//   classify --explain-text "..."                  the same for a text typed on the command line
#include "CliCommon.h"

#include "classify/ClassificationService.h"
#include "classify/ClassifierFactory.h"
#include "classify/ClassifierWorkspace.h"
#include "classify/ReviewCsv.h"
#include "export/CsvWriter.h"
#include "import/CsvReader.h"
#include "import/ImportError.h"

#include <QFile>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace rd::cli {

void printExplanation(const Review& review, const Explanation& ex, const std::string& heading);

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onClassifyInterrupt(int)
{
    g_interrupted = 1;
}

// An input CSV problem: "file:line: reason".
using InputError = CsvProblem;

// Classifies every row of the CSV `text` and writes the labelled-data format to `out`; stops
// at the first bad row and describes it in `error`.
void writeLabels(std::string_view text, const Classifier& classifier, std::ostream& out,
                 InputError& error)
{
    try {
        CsvReader reader(text, CsvReader::sniffDelimiter(text));
        std::vector<std::string_view> fields;
        ReviewCsv::Columns cols;
        if (!reader.next(fields)) {
            error = {1, "the file is empty: it needs a header with id and text"};
            return;
        }
        if (!ReviewCsv::findColumns(fields, cols, error)) {
            return;
        }
        CsvWriter csv(out);
        csv.writeRow({"id", "category", "also", "suspicious", "safety"});
        auto workspace = classifier.makeWorkspace();
        Review review;
        Classification result;
        std::string reason;
        while (reader.next(fields)) {
            if (fields.size() != cols.count) {
                error = {reader.recordLine(), std::to_string(fields.size()) +
                                                  " fields where the header has " +
                                                  std::to_string(cols.count)};
                return;
            }
            if (!ReviewCsv::rowToReview(fields, cols, review, reason)) {
                error = {reader.recordLine(), reason};
                return;
            }
            classifier.classify(review, *workspace, result);
            csv.writeRow({review.externalId, std::string(toKey(result.category)),
                          joinCategories(result.also), result.suspicious ? "1" : "0",
                          result.safety ? "1" : "0"});
        }
    } catch (const ImportError& e) {
        error = {e.line(), e.what()};
    }
}

// Reads the whole input, classifies row by row and writes the labelled-data format to a
// temporary file that replaces `outPath` only when everything succeeded.
int classifyCsv(const Classifier& classifier, const QString& inPath, const QString& outPath)
{
    const std::string inName = inPath.toStdString();
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        printErr(QStringLiteral("%1: cannot read: %2").arg(inPath, in.errorString()));
        return ExitInputRejected;
    }
    const QByteArray bytes = in.readAll();
    const std::string_view text = ReviewCsv::withoutBom(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    InputError error;
    auto reject = [&] {
        std::cerr << inName << ':' << error.line << ": " << error.reason << '\n';
        return ExitInputRejected;
    };
    if (!ReviewCsv::checkUtf8(text, error)) {
        return reject();
    }
    const std::filesystem::path outFile(outPath.toStdString());
    const std::filesystem::path tmpFile = outFile.string() + ".tmp";
    std::ofstream out(tmpFile, std::ios::binary | std::ios::trunc);
    if (!out) {
        printErr(QStringLiteral("%1: cannot write").arg(QString::fromStdString(tmpFile.string())));
        return ExitFailure;
    }
    int rc = ExitOk;
    writeLabels(text, classifier, out, error);
    if (!error.reason.empty()) {
        rc = reject();
    }
    out.close();
    if (rc == ExitOk && !out) {
        printErr(QStringLiteral("%1: writing failed").arg(outPath));
        rc = ExitFailure;
    }
    std::error_code ec;
    if (rc != ExitOk) {
        std::filesystem::remove(tmpFile, ec);
        return rc;
    }
    std::filesystem::rename(tmpFile, outFile, ec);
    if (ec) {
        printErr(QStringLiteral("%1: cannot replace: %2")
                     .arg(outPath, QString::fromStdString(ec.message())));
        std::filesystem::remove(tmpFile, ec);
        return ExitFailure;
    }
    return ExitOk;
}

int classifyStore(const Classifier& classifier, const QCommandLineParser& parser)
{
    ReviewFilter filter;
    QString error;
    if (!filterFromOptions(parser, filter, error)) {
        printErr(error);
        return ExitUsage;
    }
    filter.unclassifiedOnly = parser.isSet(QStringLiteral("unclassified"));
    filter.sort = SortColumn::Id;
    filter.descending = false;
    auto store = openStore(parser);
    std::signal(SIGINT, onClassifyInterrupt);
    std::signal(SIGTERM, onClassifyInterrupt);
    const bool tty = isatty(STDERR_FILENO) != 0;
    auto last = std::chrono::steady_clock::now();
    ClassificationService service(*store, classifier);
    const ClassificationRun run = service.run(filter, [&](std::int64_t done, std::int64_t total) {
        const auto now = std::chrono::steady_clock::now();
        if (now - last > std::chrono::milliseconds(tty ? 200 : 5000)) {
            last = now;
            std::cerr << (tty ? "\r" : "") << "classified " << done << " of " << total
                      << (tty ? "   " : "\n") << std::flush;
        }
        return g_interrupted == 0;
    });
    if (tty && run.total > 0) {
        std::cerr << "\r";
    }
    std::cout << "classified " << run.classified << " of " << run.total << " reviews with rules "
              << classifier.rulesetVersion() << '\n';
    for (Category c : kAllCategories) {
        std::cout << "  " << toKey(c) << ' ' << run.byCategory[static_cast<std::size_t>(c)] << '\n';
    }
    std::cout << "  suspicious " << run.suspicious << "\n  safety " << run.safety << '\n';
    if (run.cancelled) {
        std::cerr << "interrupted: the reviews classified so far are stored\n";
        return ExitCancelled;
    }
    return ExitOk;
}

int explainStored(const Classifier& classifier, const QCommandLineParser& parser)
{
    bool ok = false;
    const std::int64_t id = parser.value(QStringLiteral("explain")).toLongLong(&ok);
    if (!ok) {
        printErr(QStringLiteral("--explain wants a review id (see `reviewdesk-cli list`)"));
        return ExitUsage;
    }
    auto store = openStore(parser);
    auto review = store->review(id);
    if (!review) {
        printErr(QStringLiteral("no review with id %1").arg(id));
        return ExitFailure;
    }
    printExplanation(*review, classifier.explain(*review),
                     "review " + std::to_string(id) + " (" + std::string(toKey(review->platform)) +
                         ", " + review->externalId + ")");
    return ExitOk;
}

int explainText(const Classifier& classifier, const QCommandLineParser& parser)
{
    Review review;
    review.text = parser.value(QStringLiteral("explain-text")).toStdString();
    review.title = parser.value(QStringLiteral("title")).toStdString();
    std::string reason;
    if (!ReviewCsv::parseRating(parser.value(QStringLiteral("rating")).toStdString(), review,
                                reason) ||
        !ReviewCsv::parseSentiment(parser.value(QStringLiteral("sentiment")).toStdString(), review,
                                   reason)) {
        printErr(QString::fromStdString(reason));
        return ExitUsage;
    }
    printExplanation(review, classifier.explain(review), "text");
    return ExitOk;
}

void addOptions(QCommandLineParser& parser)
{
    addCommonOptions(parser);
    addFilterOptions(parser);
    parser.addOptions({
        {QStringLiteral("input"),
         QStringLiteral("CSV with columns id,text (optional title, "
                        "rating, sentiment, product) to classify."),
         QStringLiteral("file")},
        {QStringLiteral("output"),
         QStringLiteral("Where --input's results go, as "
                        "id,category,also,suspicious,safety."),
         QStringLiteral("file")},
        {QStringLiteral("explain"),
         QStringLiteral("Show why stored review ID gets its "
                        "category."),
         QStringLiteral("ID")},
        {QStringLiteral("explain-text"), QStringLiteral("Show how TEXT would be classified."),
         QStringLiteral("text")},
        {QStringLiteral("title"), QStringLiteral("Title for --explain-text."),
         QStringLiteral("text")},
        {QStringLiteral("sentiment"), QStringLiteral("pos or neg, for --explain-text."),
         QStringLiteral("value")},
        {QStringLiteral("unclassified"), QStringLiteral("With --db: only reviews without an "
                                                        "automatic result yet.")},
        {QStringLiteral("rules"),
         QStringLiteral("An extra rule file, applied after the "
                        "built-in and user rules; repeatable."),
         QStringLiteral("file")},
        {QStringLiteral("builtin-rules"),
         QStringLiteral("Read the built-in rules from this "
                        "folder instead of the program."),
         QStringLiteral("dir")},
        {QStringLiteral("no-user-rules"), QStringLiteral("Ignore the user rule file of the "
                                                         "app-data folder.")},
    });
}

} // namespace

int runClassify(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (int rc = parseOrExit(parser, arguments,
                             QStringLiteral("Classify reviews by complaint cause with the rules "
                                            "(built-in, the user's rules.json, --rules)."));
        rc >= 0) {
        return rc;
    }
    const bool csvMode = parser.isSet(QStringLiteral("input"));
    if (csvMode != parser.isSet(QStringLiteral("output"))) {
        printErr(QStringLiteral("--input and --output go together"));
        return ExitUsage;
    }
    if (csvMode &&
        (parser.isSet(QStringLiteral("explain")) || parser.isSet(QStringLiteral("db")))) {
        printErr(QStringLiteral("--input/--output classify a file; --db and --explain work on the"
                                " database: use one or the other"));
        return ExitUsage;
    }
    RuleSources sources = RuleSources::standard();
    if (parser.isSet(QStringLiteral("no-user-rules"))) {
        sources.userFile.clear();
    }
    sources.builtinDir = parser.value(QStringLiteral("builtin-rules")).toStdString();
    for (const QString& f : parser.values(QStringLiteral("rules"))) {
        sources.extraFiles.push_back(f.toStdString());
    }
    const ClassifierLoad load = ClassifierFactory::load(sources);
    for (const RuleProblem& p : load.problems) {
        std::cerr << p.toString() << '\n';
    }
    if (!sources.extraFiles.empty() && load.rejected) {
        return ExitInputRejected; // an explicitly named rule file must load
    }
    if (csvMode) {
        return classifyCsv(*load.classifier, parser.value(QStringLiteral("input")),
                           parser.value(QStringLiteral("output")));
    }
    if (parser.isSet(QStringLiteral("explain-text"))) {
        return explainText(*load.classifier, parser);
    }
    if (parser.isSet(QStringLiteral("explain"))) {
        return explainStored(*load.classifier, parser);
    }
    return classifyStore(*load.classifier, parser);
}

} // namespace rd::cli
