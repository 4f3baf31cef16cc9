#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace rd {

class WeeklyReport;

enum class ReportFormat
{
    Json,
    Csv,
    Xlsx,
    Pdf, // drawn by the GUI library (QtGui): not written by the core
    Png,
};

// Writes a WeeklyReport's numbers as JSON, CSV or XLSX (docs/reports.md, "Export").
class ReportExporter
{
public:
    static std::optional<ReportFormat> formatFromKey(std::string_view key);
    // JSON, CSV and XLSX; PDF and PNG need the drawing code of the GUI.
    static bool writesFormat(ReportFormat format);

    static nlohmann::json toJson(const WeeklyReport& report);
    // Every table of ReportTables, one after another: a line with the table's name, its header,
    // its rows and an empty line. Cells go through CsvWriter (formula guard).
    static void writeCsv(const WeeklyReport& report, std::ostream& out);

    // Writes the file completely or not at all: into a temporary file next to `path` that
    // replaces `path` only when complete. Throws std::runtime_error naming the file and the
    // reason, and std::invalid_argument for PDF and PNG.
    static void writeFile(const WeeklyReport& report, ReportFormat format, const std::string& path);
};

} // namespace rd
