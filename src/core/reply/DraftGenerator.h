#pragma once

#include "model/Draft.h"
#include "model/ReviewRecord.h"
#include "reply/DraftContext.h"
#include "reply/ReplyTemplate.h"
#include "reply/TemplateText.h"

#include <optional>
#include <string>
#include <vector>

namespace rd {

class TemplateLibrary;

// The result of drafting one review: a draft, or why there is none.
struct DraftOutcome
{
    enum class Status
    {
        Ok,
        Unclassified, // a complaint with no category yet: classify first
        NoTemplate,   // no template fits (kind, category, language, platform)
    };
    Status status = Status::Ok;
    ReplyDraft draft;
    std::string reason; // for the other statuses
};

// Writes the reply draft of one review from the template library: picks the template for the
// review's kind (safety escalation, suspicious, thank-you, or the complaint's category and
// sub-reason), its language and platform, a variant by VariantPicker, and fills the variables
// from the review, the evidence and the DraftContext. A value missing with no fallback leaves
// the draft needing input (ReplyDraft::missing); a draft over the platform's limit is flagged
// (ReplyDraft::overLimit), never cut. Pure: reads nothing but its arguments.
class DraftGenerator
{
public:
    DraftGenerator(const TemplateLibrary& library, DraftContext context);

    // `evidence` is the automatic classification's (ClassificationStore::automatic), empty when
    // there is none.
    DraftOutcome generate(const ReviewRecord& record, const std::vector<Evidence>& evidence,
                          Timestamp now) const;
    // The same with the template a person picked (the GUI's template picker) instead of the
    // library's choice; NoTemplate when there is no such template or it has no text in the
    // reply language.
    DraftOutcome generate(const ReviewRecord& record, const std::vector<Evidence>& evidence,
                          Timestamp now, const std::string& templateId) const;
    // The same with one variant of that template (0-based) instead of VariantPicker's choice:
    // the template editor's preview of the variant being edited. NoTemplate when the template
    // has no such variant in the reply language.
    DraftOutcome generate(const ReviewRecord& record, const std::vector<Evidence>& evidence,
                          Timestamp now, const std::string& templateId, int variant) const;

    // Safety first, then suspicious, then positive reviews; everything else is a complaint.
    static TemplateKind kindOf(const ReviewRecord& record);
    // A 4-star review whose classification still found a cause: its thank-you names the remark
    // (the "positive.remark" templates match any evidence of the category).
    static bool hasRemark(const ReviewRecord& record);
    // The review's language; when unknown, the platform's (Ozon/Wildberries ru, Taobao zh,
    // otherwise en).
    static Language replyLanguage(const Review& review);
    // A date as a support agent writes it in `language`: 12.11.2026, November 12, 2026,
    // 2026年11月12日 (UTC).
    static std::string formatDate(Timestamp at, Language language);

    const DraftContext& context() const { return m_context; }

private:
    DraftOutcome generate(const ReviewRecord& record, const std::vector<Evidence>& evidence,
                          Timestamp now, const std::string* templateId,
                          std::optional<int> variant) const;
    TemplateText::Values values(const ReviewRecord& record, const std::string& problem,
                                const ReplyTemplate& tmpl, Language language, Timestamp now) const;

    const TemplateLibrary& m_library;
    DraftContext m_context;
};

} // namespace rd
