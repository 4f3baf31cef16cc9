#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace rd {

class WeeklyReport;

// A cell of an exported table: empty, a whole number, a fraction or text.
using ReportCell = std::variant<std::monostate, std::int64_t, double, std::string>;

// One table of the report's numbers, as CSV and XLSX write them (one sheet per table).
struct ReportTable
{
    std::string name; // also the sheet name: lower case, at most 31 characters
    std::vector<std::string> columns;
    std::vector<std::vector<ReportCell>> rows;
};

// The report as tables: summary, weekly, week_vs_last, top_products, phrases, response, bursts
// (docs/reports.md lists their columns).
class ReportTables
{
public:
    static std::vector<ReportTable> build(const WeeklyReport& report);
};

} // namespace rd
