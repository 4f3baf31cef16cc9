#pragma once

#include "report/ReportTables.h"

#include <string>
#include <vector>

namespace rd {

// Writes tables as an XLSX workbook with libxlsxwriter, one sheet per table: a bold header
// row, frozen; numbers as numbers; text always as text cells, which a spreadsheet never runs
// as a formula. Writes into a temporary file next to `path` and renames it over `path` only
// when the workbook is complete. Throws std::runtime_error naming the file and the reason.
class ReportXlsxWriter
{
public:
    static void write(const std::vector<ReportTable>& tables, const std::string& path);
};

} // namespace rd
