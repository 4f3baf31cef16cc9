#include "report/ReportXlsxWriter.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace rd {
namespace {

// Excel's limit for one text cell.
constexpr std::size_t kMaxCellChars = 32767;

std::string fail(const std::string& path, const std::string& reason)
{
    return path + ": cannot write the XLSX report: " + reason;
}

void writeSheet(lxw_workbook* book, lxw_format* bold, const ReportTable& table,
                const std::string& path)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, table.name.substr(0, 31).c_str());
    if (!sheet) {
        throw std::runtime_error(fail(path, "cannot add the sheet '" + table.name + "'"));
    }
    std::vector<std::size_t> widths(table.columns.size(), 8);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.columns[c].c_str(), bold);
        widths[c] = std::max(widths[c], table.columns[c].size());
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const ReportCell& cell = table.rows[r][c];
            if (const auto* i = std::get_if<std::int64_t>(&cell)) {
                worksheet_write_number(sheet, row, col, static_cast<double>(*i), nullptr);
            } else if (const auto* d = std::get_if<double>(&cell)) {
                worksheet_write_number(sheet, row, col, *d, nullptr);
            } else if (const auto* s = std::get_if<std::string>(&cell); s && !s->empty()) {
                const std::string text = s->substr(0, kMaxCellChars);
                worksheet_write_string(sheet, row, col, text.c_str(), nullptr);
                if (c < widths.size()) {
                    widths[c] = std::max(widths[c], std::min<std::size_t>(text.size(), 60));
                }
            }
        }
    }
    for (std::size_t c = 0; c < widths.size(); ++c) {
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             static_cast<double>(widths[c]) + 2, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
}

} // namespace

void ReportXlsxWriter::write(const std::vector<ReportTable>& tables, const std::string& path)
{
    // A temporary name in the target folder, so the final rename is atomic (same file system).
    const std::string tempPath =
        path + ".part-" + std::to_string(QCoreApplication::applicationPid());
    auto discard = [&tempPath] {
        std::error_code ignored;
        std::filesystem::remove(tempPath, ignored);
    };
    lxw_workbook* book = workbook_new(tempPath.c_str());
    if (!book) {
        throw std::runtime_error(fail(path, "cannot create the workbook"));
    }
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    try {
        for (const ReportTable& table : tables) {
            writeSheet(book, bold, table, path);
        }
    } catch (...) {
        workbook_close(book);
        discard();
        throw;
    }
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR) {
        discard();
        throw std::runtime_error(fail(path, lxw_strerror(error)));
    }
    std::error_code ec;
    std::filesystem::rename(tempPath, path, ec);
    if (ec) {
        discard();
        throw std::runtime_error(fail(path, ec.message()));
    }
}

} // namespace rd
