// The human-readable evidence of `reviewdesk-cli classify --explain` / `--explain-text`.
#include "CliCommon.h"

#include "classify/Explanation.h"
#include "text/Utf8.h"

#include <cstdio>
#include <iostream>

namespace rd::cli {
namespace {

// Code points [begin, end) of `text`.
std::string slice(const std::string& text, int begin, int end)
{
    std::string out;
    std::size_t pos = 0;
    int index = 0;
    while (pos < text.size() && index < end) {
        const char32_t c = utf8::next(text, pos);
        if (index >= begin) {
            utf8::append(out, c);
        }
        ++index;
    }
    return out;
}

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string oneLine(const std::string& s)
{
    std::string out;
    for (char c : s) {
        out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
    return out;
}

} // namespace

void printExplanation(const Review& review, const Explanation& ex, const std::string& heading)
{
    const Classification& r = ex.result;
    std::cout << heading << '\n';
    if (!review.title.empty()) {
        std::cout << "  title: " << oneLine(review.title) << '\n';
    }
    std::cout << "  text: " << oneLine(review.text) << '\n';
    std::cout << "  rating: "
              << (review.rating ? std::to_string(*review.rating) + " stars"
                                : std::string(toKey(review.polarity)))
              << (ex.positive ? " (positive: the higher positiveMinScore applies)" : "") << '\n';
    std::cout << "normalised: " << oneLine(ex.normalizedText) << '\n';
    std::cout << "result: " << toKey(r.category) << "  confidence " << number(r.confidence);
    if (!r.also.empty()) {
        std::cout << "  also: " << joinCategories(r.also);
    }
    if (r.suspicious || r.safety) {
        std::cout << "  flags:" << (r.suspicious ? " suspicious" : "")
                  << (r.safety ? " safety" : "");
    }
    std::cout << "\nrules: " << r.rulesetVersion << "\nscores:";
    for (int t = 0; t < kRuleTargetCount; ++t) {
        std::cout << ' ' << toKey(static_cast<RuleTarget>(t)) << ' ' << number(ex.scores[t]);
    }
    std::cout << '\n';
    if (ex.matches.empty()) {
        std::cout << "matches: none"
                  << (r.category == Category::Other ? " (no cause words: other)" : "") << '\n';
        return;
    }
    std::cout << "matches:\n";
    for (const ExplainedMatch& m : ex.matches) {
        const Evidence& e = m.evidence;
        const std::string& field = e.inTitle ? review.title : review.text;
        std::cout << "  " << (e.inTitle ? "title " : "text ") << e.begin << '-' << e.end << "  \""
                  << oneLine(slice(field, e.begin, e.end)) << "\"  " << e.target << "  " << e.ruleId
                  << "  term '" << e.term << "'  weight " << number(e.weight);
        if (m.factor != 1.0) {
            std::cout << " (factor " << number(m.factor) << ")";
        }
        std::cout << "  " << m.status << '\n';
    }
}

} // namespace rd::cli
