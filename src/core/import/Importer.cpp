#include "import/Importer.h"

#include "import/AmazonJsonlReader.h"
#include "import/CsvReviewReader.h"
#include "import/EncodingDetector.h"
#include "import/FormatDetector.h"
#include "import/ImportBatchWriter.h"
#include "import/ImportError.h"
#include "import/ImportPreviewSink.h"
#include "import/MappingFile.h"
#include "import/OzonJsonReader.h"
#include "import/TextDecoder.h"
#include "store/ReviewStore.h"
#include "store/StoreError.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace rd {
namespace {

// A preview decodes and reads only the start of a big file.
constexpr std::size_t kPreviewBytes = 1024 * 1024;

// The bytes of an input file: memory-mapped, or read when the file cannot be mapped (a pipe).
class InputFile
{
public:
    explicit InputFile(const std::string& path) : m_file(QString::fromStdString(path))
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("cannot open " + path + ": " +
                                     m_file.errorString().toStdString());
        }
        if (m_file.size() > 0) {
            if (uchar* p = m_file.map(0, m_file.size())) {
                m_bytes = std::string_view(reinterpret_cast<const char*>(p),
                                           static_cast<std::size_t>(m_file.size()));
                return;
            }
        }
        m_copy = m_file.readAll();
        m_bytes = std::string_view(m_copy.constData(), static_cast<std::size_t>(m_copy.size()));
    }
    std::string_view bytes() const { return m_bytes; }

private:
    QFile m_file;
    QByteArray m_copy;
    std::string_view m_bytes;
};

// How an input is read: settled from the options, the mapping file and the content.
struct Plan
{
    std::string format;
    std::string encoding;
    DecodedText decoded;
    std::optional<MappingFile> mappingFile;
    Platform platform = Platform::Other;
    std::string shop;
    bool partial = false;
};

std::string chooseEncoding(std::string_view bytes, const ImportOptions& o,
                           const std::optional<MappingFile>& mf)
{
    std::string enc;
    if (!o.encoding.empty()) {
        enc = EncodingDetector::canonicalName(o.encoding);
        if (enc.empty()) {
            throw ImportError("unknown encoding '" + o.encoding +
                              "' (utf-8, utf-16le, utf-16be, gb18030, gbk, windows-1251)");
        }
    } else if (mf && !mf->encoding().empty()) {
        enc = mf->encoding();
    } else {
        enc = EncodingDetector::detect(bytes);
    }
    if (enc == "utf-16") {
        const std::string bom = EncodingDetector::bomEncoding(bytes);
        enc = bom == "utf-16be" ? bom : "utf-16le";
    }
    // Windows-1251 reads any bytes and GB18030 most: a UTF-8 file declared as one of them would
    // be stored as mojibake without an error. UTF-8 text is never either, so that is refused.
    const bool declared = !o.encoding.empty() || (mf && !mf->encoding().empty());
    if (declared && (enc == "windows-1251" || enc == "gb18030")) {
        if (const std::size_t at = EncodingDetector::utf8TextOffset(bytes); at != bytes.npos) {
            const auto line = 1 + std::count(bytes.begin(), bytes.begin() + at, '\n');
            throw ImportError("the file is UTF-8 text, not " + enc +
                                  " as declared; give --encoding utf-8 or leave the encoding out",
                              line);
        }
    }
    return enc;
}

Plan makePlan(std::string_view bytes, const ImportOptions& o, std::size_t previewBytes)
{
    Plan plan;
    if (!o.mappingFile.empty()) {
        plan.mappingFile = MappingFile::load(o.mappingFile);
    }
    if (bytes.empty()) {
        throw ImportError("the file is empty");
    }
    plan.encoding = chooseEncoding(bytes, o, plan.mappingFile);
    if (!o.format.empty()) {
        plan.format = FormatDetector::canonicalName(o.format);
        if (plan.format.empty()) {
            throw ImportError("unknown format '" + o.format + "' (csv, ozon-json, amazon-jsonl)");
        }
    }
    // A preview reads a prefix, except of Ozon JSON, which is one document.
    plan.partial = previewBytes && bytes.size() > previewBytes && plan.format != "ozon-json";
    plan.decoded = TextDecoder::decode(plan.partial ? bytes.substr(0, previewBytes) : bytes,
                                       plan.encoding, plan.partial);
    if (plan.format.empty()) {
        plan.format = FormatDetector::detect(plan.decoded.text());
        if (plan.partial && plan.format == "ozon-json") {
            plan.partial = false;
            plan.decoded = TextDecoder::decode(bytes, plan.encoding, false);
        }
    }
    const Platform formatDefault = plan.format == "ozon-json"      ? Platform::Ozon
                                   : plan.format == "amazon-jsonl" ? Platform::Amazon
                                                                   : Platform::Other;
    plan.platform = o.platform ? *o.platform
                    : plan.mappingFile && plan.mappingFile->platform()
                        ? *plan.mappingFile->platform()
                        : formatDefault;
    plan.shop = !o.shop.empty() ? o.shop : plan.mappingFile ? plan.mappingFile->shop() : "";
    return plan;
}

std::string located(const std::string& file, std::int64_t line, const std::string& reason)
{
    return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + reason;
}

// Opens the batch's transaction. Another connection's write transaction (another import) may
// hold the lock for longer than the busy timeout: with a progress callback the import goes on
// waiting, asking the callback about every half second whether to (nullptr: it said stop);
// without one the store's busy error stands. Measured in docs/performance.md.
std::unique_ptr<ImportSession> beginWhenFree(ReviewStore& store, const ImportBatchInfo& info,
                                             const ImportProgressFn& progress,
                                             std::int64_t bytesTotal)
{
    if (!progress) {
        return store.beginImport(info);
    }
    // Short waits, so that the callback can show why nothing happens and cancel; the store's
    // usual timeout comes back once the transaction is open.
    struct Restore
    {
        ReviewStore& store;
        ~Restore() { store.setBusyTimeout(ReviewStore::kDefaultBusyTimeoutMs); }
    } restore{store};
    store.setBusyTimeout(500);
    for (;;) {
        try {
            return store.beginImport(info);
        } catch (const StoreError& e) {
            if (!e.busy()) {
                throw;
            }
            ImportProgress waiting;
            waiting.bytesTotal = bytesTotal;
            waiting.waitingForLock = true;
            if (!progress(waiting)) {
                return nullptr;
            }
        }
    }
}

// Runs the reader of the plan's format into `sink`; false when the sink stopped it.
bool readAll(Plan& plan, std::optional<CsvReviewReader>& csv, ReviewSink& sink)
{
    const std::string_view text = plan.decoded.text();
    if (plan.format == "csv") {
        return csv->read(sink, plan.platform, plan.shop);
    }
    if (plan.format == "amazon-jsonl") {
        return AmazonJsonlReader::read(text, sink, plan.platform, plan.shop);
    }
    return OzonJsonReader::read(text, sink, plan.platform, plan.shop);
}

ImportResult runImport(ReviewStore& store, std::string_view bytes, const std::string& name,
                       const ImportOptions& options, const ImportProgressFn& progress)
{
    ImportResult res;
    res.sourceFile = name;
    try {
        Plan plan = makePlan(bytes, options, 0);
        res.format = plan.format;
        res.encoding = plan.encoding;
        std::optional<CsvReviewReader> csv;
        if (plan.format == "csv") { // header problems reject before anything is written
            csv.emplace(plan.decoded.text(), options.delimiter, options.mapping,
                        plan.mappingFile ? &*plan.mappingFile : nullptr, false);
            res.delimiter = csv->delimiter();
        }
        auto session = beginWhenFree(store, {name, plan.format, plan.encoding, Clock::nowMs()},
                                     progress, static_cast<std::int64_t>(bytes.size()));
        if (!session) {
            res.status = ImportResult::Status::Cancelled;
            return res;
        }
        ImportBatchWriter writer(*session, progress, static_cast<std::int64_t>(bytes.size()),
                                 plan.decoded.text().size());
        const bool complete = readAll(plan, csv, writer) && writer.finish();
        res.counts = writer.counts();
        if (!complete) {
            session->rollback();
            res.status = ImportResult::Status::Cancelled;
            return res;
        }
        session->commit(res.counts);
        res.batchId = session->batchId();
        res.status = ImportResult::Status::Ok;
    } catch (const ImportError& e) {
        res.status = ImportResult::Status::Rejected;
        res.errorLine = e.line();
        res.error = located(e.file().empty() ? name : e.file(), e.line(), e.what());
    } catch (const std::exception& e) {
        res.status = ImportResult::Status::Failed;
        res.error = located(name, 0, e.what());
    }
    return res;
}

} // namespace

ImportResult Importer::importFile(ReviewStore& store, const std::string& path,
                                  const ImportOptions& options, const ImportProgressFn& progress)
{
    std::string name = QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString();
    try {
        InputFile input(path);
        ImportResult res = runImport(store, input.bytes(), name, options, progress);
        spdlog::info("import {}: {} (read {}, new {}, updated {}, revised {}, skipped {}) {}", name,
                     static_cast<int>(res.status), res.counts.read, res.counts.added,
                     res.counts.updated, res.counts.revised, res.counts.skipped, res.error);
        return res;
    } catch (const std::exception& e) {
        ImportResult res;
        res.sourceFile = name;
        res.status = ImportResult::Status::Failed;
        res.error = e.what();
        return res;
    }
}

ImportResult Importer::importData(ReviewStore& store, std::string_view data,
                                  const std::string& sourceName, const ImportOptions& options,
                                  const ImportProgressFn& progress)
{
    return runImport(store, data, sourceName, options, progress);
}

ImportPreview Importer::preview(const std::string& path, const ImportOptions& options, int maxRows)
{
    try {
        InputFile input(path);
        return previewData(input.bytes(), path, options, maxRows);
    } catch (const std::exception& e) {
        ImportPreview p;
        p.error = e.what();
        return p;
    }
}

ImportPreview Importer::previewData(std::string_view data, const std::string& sourceName,
                                    const ImportOptions& options, int maxRows)
{
    ImportPreview p;
    try {
        Plan plan = makePlan(data, options, kPreviewBytes);
        p.format = plan.format;
        p.encoding = plan.encoding;
        if (plan.format == "csv") {
            CsvReviewReader csv(plan.decoded.text(), options.delimiter, options.mapping,
                                plan.mappingFile ? &*plan.mappingFile : nullptr, plan.partial);
            p.delimiter = csv.delimiter();
            p.headers = csv.headers();
            p.mapping = csv.mapping();
            std::vector<std::string> cells;
            std::int64_t line = 0;
            std::string reason;
            while (static_cast<int>(p.rows.size()) < maxRows && csv.nextRaw(cells, line)) {
                reason.clear();
                if (!csv.check(cells, plan.platform, reason)) {
                    p.problems.push_back({line, reason});
                }
                p.rows.push_back(cells);
                p.rowLines.push_back(line);
            }
        } else {
            ImportPreviewSink sink(p, plan.format, maxRows);
            std::optional<CsvReviewReader> none;
            readAll(plan, none, sink);
        }
        p.ok = true;
    } catch (const ImportError& e) {
        p.ok = false;
        p.errorLine = e.line();
        p.error = located(e.file().empty() ? sourceName : e.file(), e.line(), e.what());
    } catch (const std::exception& e) {
        p.ok = false;
        p.error = located(sourceName, 0, e.what());
    }
    return p;
}

} // namespace rd
