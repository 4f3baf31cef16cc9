#include "CliCommon.h"

namespace rd::cli {

int runList(const QStringList& arguments);
int runShow(const QStringList& arguments);
int runStats(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runDrafts(const QStringList& arguments);
int runApprove(const QStringList& arguments);
int runExportReplies(const QStringList& arguments);
int runMarkPosted(const QStringList& arguments);
int runTemplates(const QStringList& arguments);
int runClassify(const QStringList& arguments);
int runBackup(const QStringList& arguments);

// The subcommands, in the order `reviewdesk-cli --help` lists them.
const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
        {"import", "Import review files (CSV, Ozon JSON, Amazon JSONL).", runImport},
        {"classify", "Classify reviews by complaint cause; explain a result.", runClassify},
        {"list", "List reviews matching filters (table, CSV or JSON).", runList},
        {"show", "Show one review with its history.", runShow},
        {"stats", "Summary figures of the database.", runStats},
        {"export", "Export reviews as CSV or JSON.", runExport},
        {"drafts", "Generate or refresh reply drafts for matching reviews.", runDrafts},
        {"approve", "Approve reply drafts (draft -> approved).", runApprove},
        {"export-replies", "Export reply drafts: CSV, Ozon payloads or a text pack.",
         runExportReplies},
        {"mark-posted", "Mark reply drafts as posted on the marketplace.", runMarkPosted},
        {"templates", "Check and list the reply templates and length limits.", runTemplates},
        {"report", "Weekly complaint-cause report (JSON, CSV or XLSX).", runReport},
        {"backup", "Copy the database to a verified backup file (online backup).", runBackup},
    };
    return all;
}

} // namespace rd::cli
