#pragma once

#include "model/Classification.h"
#include "model/Review.h"
#include "model/Workflow.h"

#include <string>
#include <vector>

namespace rd {

// Why a suspicious review breaks the marketplace's rules (taxonomy.md, "suspicious").
enum class AppealGround
{
    Extortion,   // threatens or keeps a bad rating unless paid or refunded
    Advertising, // advertises a competitor, another product or a website
    Unrelated,   // about something unrelated to the item or the order
    Abuse,       // insults or obscenities with no substance
};

inline constexpr AppealGround kAllAppealGrounds[] = {AppealGround::Extortion,
                                                     AppealGround::Advertising,
                                                     AppealGround::Unrelated, AppealGround::Abuse};

std::string_view toKey(AppealGround ground);
std::optional<AppealGround> appealGroundFromKey(std::string_view key);

// What goes into an appeal.
struct AppealRequest
{
    Review review;
    std::vector<Evidence> evidence; // the classifier's; the counted "suspicious" ones are quoted
    std::vector<ContactEntry> contacts; // the contact log, in time order
    AppealGround ground = AppealGround::Extortion;
    std::string agentName; // who signs it; empty: unsigned
};

// Assembles the text a seller pastes into a marketplace's "report a review" form: the review
// with its order details, the rule it breaks in the marketplace's own terms, the phrases that
// flagged it, and the contact log. Written in the marketplace's working language (Ozon and
// Wildberries Russian, Taobao Chinese, Amazon and others English), whatever the UI language.
// Times are written in UTC. Pure text assembly: no store, no clock, no widgets.
class AppealBuilder
{
public:
    // The ground the evidence points to (rule ids and terms naming extortion, advertising,
    // off-topic or abuse); Extortion when nothing tells.
    static AppealGround suggestGround(const std::vector<Evidence>& evidence);
    // The language the appeal to this marketplace is written in.
    static Language languageFor(Platform platform);
    // The marketplace rule the review breaks, in the appeal's language (one sentence).
    static std::string ruleText(Platform platform, AppealGround ground);

    static std::string build(const AppealRequest& request);

    // The quoted fragments: each counted suspicious match with a little context, "…" where
    // cut. Offsets are code points of the original text (or title).
    static std::vector<std::string> quotedEvidence(const Review& review,
                                                   const std::vector<Evidence>& evidence);
};

} // namespace rd
