#pragma once

#include "import/ColumnMapping.h"
#include "import/Importer.h"

#include <QCoreApplication>
#include <QString>

namespace rd::gui {

// The words the import dialog uses for the importer's keys, translated.
class ImportLabels
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::ImportLabels)

public:
    static QString fieldName(ImportField field);
    static QString formatName(const std::string& format); // "csv" -> "CSV"
    static QString encodingName(const std::string& encoding);
    static QString delimiterName(char delimiter);
    static QString platformName(Platform platform);
    // "Added 120, updated 3, revised 2, unchanged 10, skipped 4." for one file's result.
    static QString counts(const ImportCounts& counts);
    // One line for a file's result: what happened, or why nothing was stored.
    static QString result(const ImportResult& result);
};

} // namespace rd::gui
