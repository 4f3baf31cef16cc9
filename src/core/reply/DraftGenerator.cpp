#include "reply/DraftGenerator.h"

#include "reply/ProblemPhrase.h"
#include "reply/TemplateLibrary.h"
#include "reply/TemplateVariables.h"
#include "reply/VariantPicker.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace rd {

DraftGenerator::DraftGenerator(const TemplateLibrary& library, DraftContext context)
    : m_library(library), m_context(std::move(context))
{
}

TemplateKind DraftGenerator::kindOf(const ReviewRecord& record)
{
    if (record.safety) {
        return TemplateKind::Safety;
    }
    if (record.suspicious) {
        return TemplateKind::Suspicious;
    }
    const Review& r = record.review;
    const Polarity polarity = r.rating ? polarityFromRating(*r.rating) : r.polarity;
    return polarity == Polarity::Positive ? TemplateKind::Positive : TemplateKind::Complaint;
}

bool DraftGenerator::hasRemark(const ReviewRecord& record)
{
    const auto category = record.category();
    return record.review.rating == 4 && category && *category != Category::Other;
}

Language DraftGenerator::replyLanguage(const Review& review)
{
    if (review.language != Language::Unknown) {
        return review.language;
    }
    switch (review.platform) {
    case Platform::Ozon:
    case Platform::Wildberries:
        return Language::Ru;
    case Platform::Taobao:
        return Language::Zh;
    default:
        return Language::En;
    }
}

std::string DraftGenerator::formatDate(Timestamp at, Language language)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).date();
    switch (language) {
    case Language::Ru:
        return date.toString(QStringLiteral("dd.MM.yyyy")).toStdString();
    case Language::Zh:
        return QStringLiteral("%1年%2月%3日")
            .arg(date.year())
            .arg(date.month())
            .arg(date.day())
            .toStdString();
    default:
        return QLocale(QLocale::English, QLocale::UnitedStates)
            .toString(date, QStringLiteral("MMMM d, yyyy"))
            .toStdString();
    }
}

TemplateText::Values DraftGenerator::values(const ReviewRecord& record, const std::string& problem,
                                            const ReplyTemplate& tmpl, Language language,
                                            Timestamp now) const
{
    using V = TemplateVariables;
    const Review& r = record.review;
    TemplateText::Values v;
    v[std::string(V::kCustomerName)] = r.customerName;
    v[std::string(V::kProduct)] = r.product;
    v[std::string(V::kSku)] = r.sku;
    v[std::string(V::kOrderId)] = r.orderId;
    v[std::string(V::kShop)] = r.shop.empty() ? m_context.shop : r.shop;
    v[std::string(V::kAgentName)] = m_context.agentName;
    v[std::string(V::kAgentTitle)] = m_context.agentTitle;
    v[std::string(V::kProblem)] = problem;
    if (!m_context.remedy.empty()) {
        v[std::string(V::kRemedy)] = m_context.remedy;
    } else if (auto it = tmpl.remedy.find(language); it != tmpl.remedy.end()) {
        v[std::string(V::kRemedy)] = it->second;
    }
    if (r.publishedAt) {
        v[std::string(V::kReviewDate)] = formatDate(*r.publishedAt, language);
    }
    if (record.workflow.followUpAt) {
        v[std::string(V::kFollowUpDate)] = formatDate(*record.workflow.followUpAt, language);
    }
    v[std::string(V::kToday)] = formatDate(now, language);
    return v;
}

DraftOutcome DraftGenerator::generate(const ReviewRecord& record,
                                      const std::vector<Evidence>& evidence, Timestamp now) const
{
    return generate(record, evidence, now, nullptr, std::nullopt);
}

DraftOutcome DraftGenerator::generate(const ReviewRecord& record,
                                      const std::vector<Evidence>& evidence, Timestamp now,
                                      const std::string& templateId) const
{
    return generate(record, evidence, now, &templateId, std::nullopt);
}

DraftOutcome DraftGenerator::generate(const ReviewRecord& record,
                                      const std::vector<Evidence>& evidence, Timestamp now,
                                      const std::string& templateId, int variant) const
{
    return generate(record, evidence, now, &templateId, variant);
}

DraftOutcome DraftGenerator::generate(const ReviewRecord& record,
                                      const std::vector<Evidence>& evidence, Timestamp now,
                                      const std::string* templateId,
                                      std::optional<int> variantWanted) const
{
    DraftOutcome out;
    const Review& review = record.review;
    TemplateQuery query;
    query.kind = kindOf(record);
    query.language = replyLanguage(review);
    query.platform = review.platform;
    std::string target;
    if (query.kind == TemplateKind::Complaint) {
        query.category = record.category();
        if (!query.category) {
            out.status = DraftOutcome::Status::Unclassified;
            out.reason = "not classified yet";
            return out;
        }
        target = std::string(toKey(*query.category));
    } else if (query.kind == TemplateKind::Safety) {
        target = "safety";
    } else if (query.kind == TemplateKind::Positive && hasRemark(record)) {
        target = std::string(toKey(*record.category()));
    }
    const auto ranked =
        target.empty() ? std::vector<const Evidence*>{} : ProblemPhrase::ranked(evidence, target);
    for (const Evidence* e : ranked) {
        query.evidence.push_back(ProblemPhrase::keys(review, *e));
    }
    std::optional<std::size_t> matched; // the evidence a sub-reason template was chosen by
    const ReplyTemplate* tmpl =
        templateId ? m_library.find(*templateId) : m_library.select(query, &matched);
    if (tmpl && !tmpl->variantsFor(query.language)) {
        tmpl = nullptr; // a picked template without a text in the reply language
    }
    if (!tmpl) {
        out.status = DraftOutcome::Status::NoTemplate;
        out.reason = "no " + std::string(toKey(query.kind)) + " template" +
                     (query.category ? " for " + std::string(toKey(*query.category)) : "") +
                     " in " + std::string(toKey(query.language)) + " for " +
                     std::string(toKey(query.platform));
        return out;
    }
    // The phrase of the evidence that chose the template keeps reply and problem consistent.
    const std::string problem =
        ranked.empty() ? std::string()
                       : ProblemPhrase::phraseFor(review, *ranked[matched.value_or(0)]);
    const auto& texts = *tmpl->variantsFor(query.language);
    const int count = static_cast<int>(texts.size());
    if (variantWanted && (*variantWanted < 0 || *variantWanted >= count)) {
        out.status = DraftOutcome::Status::NoTemplate;
        out.reason = "template '" + tmpl->id + "' has no " + std::string(toKey(query.language)) +
                     " variant " + std::to_string(*variantWanted + 1);
        return out;
    }
    const int variant =
        variantWanted ? *variantWanted : VariantPicker::pick(review, tmpl->id, count);
    const TemplateText::Rendered rendered = texts[static_cast<std::size_t>(variant)].render(
        values(record, problem, *tmpl, query.language, now));
    ReplyDraft& d = out.draft;
    d.reviewId = review.id;
    d.templateId = tmpl->id;
    d.variant = variant;
    d.language = query.language;
    d.text = rendered.text;
    d.missing = rendered.missing;
    d.overLimit = m_library.limits().exceeds(review.platform, d.text);
    d.state = DraftState::Draft;
    d.createdAt = now;
    d.updatedAt = now;
    return out;
}

} // namespace rd
