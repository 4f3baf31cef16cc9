#pragma once

#include "model/ReviewFilter.h"
#include "reply/ReplyExporter.h"

#include <cstdint>
#include <ostream>
#include <vector>

namespace rd {

class ReviewStore;
class ReplyLimits;

struct ReplyExportOptions
{
    ReplyExportFormat format = ReplyExportFormat::Csv;
    // Drafts in these states are exported; the default is every draft not yet posted.
    std::vector<DraftState> states = {DraftState::Draft, DraftState::Approved,
                                      DraftState::Exported};
    bool markProcessed = true; // Ozon: mark_review_as_processed
};

struct ReplyExportSummary
{
    std::int64_t exported = 0;
    std::int64_t needsInput = 0;         // skipped: values still missing or no text
    std::int64_t otherPlatform = 0;      // skipped: not an Ozon review (ozon-json only)
    std::int64_t overLimit = 0;          // exported, but longer than the platform's limit
    std::vector<std::int64_t> reviewIds; // exported, in order
};

// Picks the drafts to export (reviews matching the filter whose draft is in one of the
// options' states) and streams them through a ReplyExporter. It changes nothing in the store:
// the caller marks the drafts exported (DraftWorkflow::markExported) once the output is safely
// written.
class ReplyExportService
{
public:
    ReplyExportService(ReviewStore& store, const ReplyLimits& limits);

    ReplyExportSummary write(const ReviewFilter& filter, const ReplyExportOptions& options,
                             std::ostream& out);

    // The review's first words on one line, for the text pack.
    static std::string excerpt(const std::string& text, std::size_t maxChars);

private:
    ReviewStore& m_store;
    const ReplyLimits& m_limits;
};

} // namespace rd
