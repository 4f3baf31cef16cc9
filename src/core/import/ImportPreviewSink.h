#pragma once

#include "import/Importer.h"
#include "import/ReviewSink.h"

#include <string>

namespace rd {

// Collects the first reviews of an Ozon JSON or Amazon JSONL file as preview rows, one cell
// per field the reader takes from the source.
class ImportPreviewSink : public ReviewSink
{
public:
    ImportPreviewSink(ImportPreview& preview, const std::string& format, int maxRows);

    bool add(Review& review, std::int64_t line) override;
    void skip(std::int64_t line, const std::string& reason) override;
    bool progress(std::size_t) override { return !full(); }

    // The text a preview shows for one field of a review.
    static std::string cellText(const Review& review, ImportField field);

private:
    bool full() const { return static_cast<int>(m_preview.rows.size()) >= m_maxRows; }

    ImportPreview& m_preview;
    int m_maxRows;
};

} // namespace rd
