#include "reply/ReplyExportService.h"

#include "reply/DraftWorkflow.h"
#include "reply/ReplyLimits.h"
#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "text/Utf8.h"

#include <algorithm>

namespace rd {

ReplyExportService::ReplyExportService(ReviewStore& store, const ReplyLimits& limits)
    : m_store(store), m_limits(limits)
{
}

std::string ReplyExportService::excerpt(const std::string& text, std::size_t maxChars)
{
    std::string out;
    std::size_t pos = 0;
    std::size_t n = 0;
    bool space = false;
    while (pos < text.size() && n < maxChars) {
        const char32_t c = utf8::next(text, pos);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            ++n;
            space = false;
        }
        utf8::append(out, c);
        ++n;
    }
    if (pos < text.size()) {
        out += "…";
    }
    return out;
}

ReplyExportSummary ReplyExportService::write(const ReviewFilter& filter,
                                             const ReplyExportOptions& options, std::ostream& out)
{
    ReplyExportSummary summary;
    ReplyExporter exporter(out, options.format, options.markProcessed);
    exporter.begin();
    m_store.forEach(filter, [&](const ReviewRecord& rec) {
        if (!rec.draftState || std::find(options.states.begin(), options.states.end(),
                                         *rec.draftState) == options.states.end()) {
            return true;
        }
        const Review& r = rec.review;
        if (options.format == ReplyExportFormat::OzonJson && r.platform != Platform::Ozon) {
            ++summary.otherPlatform;
            return true;
        }
        const auto draft = m_store.drafts().draft(r.id);
        if (!draft || !DraftWorkflow::isComplete(*draft)) {
            ++summary.needsInput;
            return true;
        }
        ReplyExportItem item;
        item.reviewId = r.id;
        item.platform = r.platform;
        item.externalId = r.externalId;
        item.language = draft->language != Language::Unknown ? draft->language : r.language;
        item.text = draft->text;
        item.state = draft->state;
        item.rating = r.rating;
        item.publishedAt = r.publishedAt;
        item.reviewExcerpt = excerpt(r.title.empty() ? r.text : r.title + ". " + r.text, 120);
        item.length = ReplyLimits::length(item.text);
        item.limit = m_limits.limit(r.platform);
        summary.overLimit += (item.limit > 0 && item.length > item.limit) ? 1 : 0;
        exporter.write(item);
        summary.reviewIds.push_back(r.id);
        ++summary.exported;
        return true;
    });
    exporter.end();
    return summary;
}

} // namespace rd
