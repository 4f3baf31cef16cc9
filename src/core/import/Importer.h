#pragma once

#include "import/ColumnMapping.h"
#include "store/ImportSession.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

class ReviewStore;

// Format keys: "csv", "ozon-json", "amazon-jsonl". Encoding keys: "utf-8", "utf-16le",
// "utf-16be", "gb18030" (also read for "gbk" and "gb2312"), "windows-1251".
struct ImportOptions
{
    std::string format;   // "" = detect from the content
    std::string encoding; // "" = detect (BOM, UTF-8 validity, byte statistics)
    char delimiter = 0;   // CSV only; 0 = sniff among , ; and tab
    // A column-mapping JSON file (docs/formats.md). Applied to the header of the file.
    std::string mappingFile;
    // A complete mapping for this very file (the GUI's import dialog, after preview()). Takes
    // precedence over mappingFile and header recognition.
    std::optional<ColumnMapping> mapping;
    // Platform of rows that do not name one; empty = the format's own (Ozon for Ozon JSON,
    // Amazon for Amazon JSONL, Other for CSV).
    std::optional<Platform> platform;
    // Shop of rows that do not name one.
    std::string shop;
};

struct ImportProgress
{
    std::int64_t bytesDone = 0;
    std::int64_t bytesTotal = 0;
    std::int64_t records = 0;
    // Nothing read yet: another connection (another import) holds the database's write lock
    // and the import waits for it. Returning false gives up (Cancelled).
    bool waitingForLock = false;
};

// Called now and then during an import (about every 1000 records, and about every half second
// while it waits for another writer to finish); return false to cancel.
using ImportProgressFn = std::function<bool(const ImportProgress&)>;

struct ImportResult
{
    enum class Status
    {
        Ok,        // committed; counts say what happened, skipped rows are listed
        Rejected,  // the input cannot be read as a whole: nothing stored
        Cancelled, // the progress callback said stop: nothing stored
        Failed,    // the store failed (disk full, locked...): nothing stored
    };
    Status status = Status::Failed;
    std::string error;          // "file:line: reason" (Rejected, Failed); empty when Ok
    std::int64_t errorLine = 0; // 1-based line of a Rejected input, 0 when not about a line
    std::string sourceFile;
    ImportCounts counts;      // what was read (for Cancelled/Rejected: up to the stop, not stored)
    std::string format;       // as detected or forced
    std::string encoding;     // as detected or forced
    char delimiter = 0;       // CSV only
    std::int64_t batchId = 0; // the committed batch (Ok only)

    bool ok() const { return status == Status::Ok; }
};

// What the import dialog shows before importing: how the file will be read and its first rows.
struct ImportPreview
{
    bool ok = false;
    std::string error; // "file:line: reason" when the file would be rejected
    std::int64_t errorLine = 0;
    std::string format;
    std::string encoding;
    char delimiter = 0; // CSV only
    // The source's columns: the CSV header cells (or "Column 1".. without a header), or the
    // JSON field names the importer reads for Ozon / Amazon files.
    std::vector<std::string> headers;
    // The mapping the import would use (recognised, from the mapping file, or as given). Edit
    // it and pass it back in ImportOptions::mapping. Fixed for the JSON formats.
    ColumnMapping mapping;
    // The first data rows as text, one cell per header, and the line each starts on.
    std::vector<std::vector<std::string>> rows;
    std::vector<std::int64_t> rowLines;
    // Rows among them that the import would skip, with the reason.
    std::vector<SkippedRow> problems;
};

// The import service shared by the CLI and the GUI: reads a file in any supported format and
// encoding and stores its reviews as one import batch (one transaction). A rejected, cancelled
// or failed import leaves the store exactly as before, without a batch row.
class Importer
{
public:
    static ImportResult importFile(ReviewStore& store, const std::string& path,
                                   const ImportOptions& options,
                                   const ImportProgressFn& progress = {});
    // The same from memory (built-in demo data, fuzzing); `sourceName` is used in messages
    // and recorded as the batch's source file.
    static ImportResult importData(ReviewStore& store, std::string_view data,
                                   const std::string& sourceName, const ImportOptions& options,
                                   const ImportProgressFn& progress = {});

    static ImportPreview preview(const std::string& path, const ImportOptions& options,
                                 int maxRows = 50);
    static ImportPreview previewData(std::string_view data, const std::string& sourceName,
                                     const ImportOptions& options, int maxRows = 50);
};

} // namespace rd
