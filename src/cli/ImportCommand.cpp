// import: read review files into the database (docs/formats.md, docs/cli.md).
#include "CliCommon.h"

#include "import/EncodingDetector.h"
#include "import/FormatDetector.h"
#include "import/Importer.h"
#include "store/StoreError.h"

#include <chrono>
#include <csignal>
#include <iostream>
#include <unistd.h>

namespace rd::cli {
namespace {

constexpr std::size_t kListedSkips = 20;
constexpr std::int64_t kBigFile = 1024 * 1024; // progress is shown for files above this
constexpr std::int64_t kIndexChunk = 20000;

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

// Progress on stderr: redrawn in place on a terminal, a line every few seconds otherwise.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(std::string label)
        : m_label(std::move(label)), m_tty(isatty(STDERR_FILENO) != 0)
    {
    }
    void show(std::int64_t done, std::int64_t total, std::int64_t records, const char* unit)
    {
        const auto now = std::chrono::steady_clock::now();
        if (m_shown && now - m_last < (m_tty ? std::chrono::milliseconds(200)
                                             : std::chrono::milliseconds(5000))) {
            return;
        }
        m_last = now;
        m_shown = true;
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        std::cerr << (m_tty ? "\r" : "") << m_label << ": " << percent << "% (" << records << ' '
                  << unit << ")" << (m_tty ? "   " : "\n") << std::flush;
    }
    void done()
    {
        if (m_shown && m_tty) {
            std::cerr << '\n';
        }
    }

private:
    std::string m_label;
    bool m_tty;
    bool m_shown = false;
    std::chrono::steady_clock::time_point m_last;
};

void printSummary(const std::string& file, const ImportResult& r)
{
    const ImportCounts& c = r.counts;
    std::cout << file << ": " << r.format << ", " << r.encoding;
    if (r.format == "csv") {
        std::cout << ", delimiter "
                  << (r.delimiter == '\t' ? std::string("tab") : std::string(1, r.delimiter));
    }
    std::cout << "\n  read " << c.read << ", new " << c.added << ", updated " << c.updated
              << ", revised " << c.revised << ", unchanged " << c.unchanged << ", skipped "
              << c.skipped << '\n';
    for (std::size_t i = 0; i < c.skippedRows.size() && i < kListedSkips; ++i) {
        std::cout << "  line " << c.skippedRows[i].line << ": " << c.skippedRows[i].reason << '\n';
    }
    if (c.skipped > static_cast<std::int64_t>(kListedSkips)) {
        std::cout << "  ... and " << (c.skipped - std::int64_t(kListedSkips))
                  << " more skipped rows\n";
    }
}

// Reads the import options; false (with the reason printed) on a bad value.
bool optionsFrom(const QCommandLineParser& p, ImportOptions& o)
{
    if (p.isSet(QStringLiteral("format"))) {
        o.format = p.value(QStringLiteral("format")).toStdString();
        if (FormatDetector::canonicalName(o.format).empty()) {
            printErr(QStringLiteral("unknown --format '%1' (csv, ozon-json, amazon-jsonl)")
                         .arg(p.value(QStringLiteral("format"))));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("encoding"))) {
        o.encoding = p.value(QStringLiteral("encoding")).toStdString();
        if (EncodingDetector::canonicalName(o.encoding).empty()) {
            printErr(QStringLiteral("unknown --encoding '%1' (utf-8, utf-16, utf-16le, utf-16be,"
                                    " gb18030, gbk, windows-1251)")
                         .arg(p.value(QStringLiteral("encoding"))));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("delimiter"))) {
        const QString d = p.value(QStringLiteral("delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t")) {
            o.delimiter = '\t';
        } else if (d.size() == 1 && d[0].unicode() < 0x80) {
            o.delimiter = static_cast<char>(d[0].unicode());
        } else {
            printErr(QStringLiteral("--delimiter wants one character or 'tab'"));
            return false;
        }
    }
    o.mappingFile = p.value(QStringLiteral("mapping")).toStdString();
    if (p.isSet(QStringLiteral("platform"))) {
        o.platform = platformFromKey(p.value(QStringLiteral("platform")).toLower().toStdString());
        if (!o.platform) {
            printErr(QStringLiteral("unknown --platform '%1' (ozon, amazon, taobao, wildberries,"
                                    " other)")
                         .arg(p.value(QStringLiteral("platform"))));
            return false;
        }
    }
    o.shop = p.value(QStringLiteral("shop")).toStdString();
    return true;
}

// Catches up the full-text index, with progress on stderr.
void updateIndex(ReviewStore& store)
{
    ProgressPrinter progress("indexing");
    SearchIndexState state = store.searchIndexState();
    const std::int64_t start = state.indexed;
    const bool show = state.total - start > kIndexChunk;
    while (!state.complete() && !g_interrupted) {
        try {
            state = store.updateSearchIndex(kIndexChunk);
        } catch (const StoreError& e) {
            if (!e.busy()) {
                throw;
            }
            // Another program writes (an import): the reviews are stored and searchable by
            // substring; the next import or the GUI catches the index up.
            std::cerr << "search index: left for later, the database is busy\n";
            break;
        }
        if (show) {
            progress.show(state.indexed - start, state.total - start, state.indexed, "reviews");
        }
    }
    progress.done();
}

void addImportOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("format"),
         QStringLiteral("csv, ozon-json or amazon-jsonl (default: detect)."),
         QStringLiteral("format")},
        {QStringLiteral("encoding"),
         QStringLiteral(
             "utf-8, utf-16le, utf-16be, gb18030/gbk or windows-1251 (default: detect)."),
         QStringLiteral("encoding")},
        {QStringLiteral("delimiter"),
         QStringLiteral("CSV delimiter: one character or 'tab' (default: detect)."),
         QStringLiteral("char")},
        {QStringLiteral("mapping"), QStringLiteral("Column-mapping JSON file (docs/formats.md)."),
         QStringLiteral("file")},
        {QStringLiteral("platform"),
         QStringLiteral(
             "Platform of rows that name none: ozon, amazon, taobao, wildberries or other."),
         QStringLiteral("name")},
        {QStringLiteral("shop"), QStringLiteral("Shop of rows that name none."),
         QStringLiteral("name")},
        {QStringLiteral("no-index"),
         QStringLiteral("Do not catch up the full-text index afterwards.")},
    });
}

// Imports one file with progress on stderr for a big one; Ctrl-C cancels.
ImportResult importOne(ReviewStore& store, const std::string& file, const ImportOptions& options)
{
    ProgressPrinter progress("importing " + file);
    bool told = false;
    ImportResult r = Importer::importFile(store, file, options, [&](const ImportProgress& p) {
        if (p.waitingForLock && !told) {
            told = true;
            std::cerr << file << ": waiting for another program to finish writing to the"
                      << " database (Ctrl-C gives up)\n";
        }
        if (p.bytesTotal >= kBigFile && !p.waitingForLock) {
            progress.show(p.bytesDone, p.bytesTotal, p.records, "records");
        }
        return g_interrupted == 0;
    });
    progress.done();
    return r;
}

} // namespace

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("CSV, Ozon JSON or Amazon JSONL file(s)."),
                                 QStringLiteral("FILE..."));
    addImportOptions(parser);
    if (int rc = parseOrExit(parser, arguments,
                             QStringLiteral("Import review files. Each file is one transaction:"
                                            " a rejected or interrupted file stores nothing."));
        rc >= 0) {
        return rc;
    }
    ImportOptions options;
    if (parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("import wants at least one FILE"));
        return ExitUsage;
    }
    if (!optionsFrom(parser, options)) {
        return ExitUsage;
    }
    auto store = openStore(parser);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    int exitCode = ExitOk;
    bool stored = false;
    for (const QString& f : parser.positionalArguments()) {
        const std::string file = f.toStdString();
        const ImportResult r = importOne(*store, file, options);
        switch (r.status) {
        case ImportResult::Status::Ok:
            printSummary(file, r);
            stored = true;
            break;
        case ImportResult::Status::Rejected:
            std::cerr << r.error << "\n  file rejected; nothing from it was stored\n";
            exitCode = exitCode == ExitOk ? ExitInputRejected : exitCode;
            break;
        case ImportResult::Status::Cancelled:
            std::cerr << file << ": interrupted; nothing from it was stored\n";
            return ExitCancelled;
        case ImportResult::Status::Failed:
            std::cerr << "error: " << r.error << "\n  nothing from " << file << " was stored\n";
            exitCode = ExitFailure;
            break;
        }
    }
    if (stored && !parser.isSet(QStringLiteral("no-index"))) {
        updateIndex(*store);
    }
    return g_interrupted ? ExitCancelled : exitCode;
}

} // namespace rd::cli
