#include "CliCommon.h"

namespace rd::cli {

int runList(const QStringList& arguments);
int runShow(const QStringList& arguments);
int runStats(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runImport(const QStringList& arguments);

// The subcommands, in the order `reviewdesk-cli --help` lists them.
const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
        {"import", "Import review files (CSV, Ozon JSON, Amazon JSONL).", runImport},
        {"list", "List reviews matching filters (table, CSV or JSON).", runList},
        {"show", "Show one review with its history.", runShow},
        {"stats", "Summary figures of the database.", runStats},
        {"export", "Export reviews as CSV or JSON.", runExport},
        {"report", "Weekly complaint-cause report (JSON, CSV or XLSX).", runReport},
    };
    return all;
}

} // namespace rd::cli
