// libFuzzer target: the rule-file loader. A file is parsed; one that parses is merged into a
// rule set as the user's file would be, compiled into a classifier and used on a few reviews.
// Every problem must carry a message; nothing may crash, whatever the file holds.
#include "FuzzSupport.h"

#include "classify/Classifier.h"
#include "classify/RuleFileParser.h"
#include "classify/RuleSet.h"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace {

rd::Review sampleReview(const char* title, const char* text, int rating)
{
    rd::Review review;
    review.title = title;
    review.text = text;
    review.rating = rating;
    return review;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    rd::fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<rd::RuleProblem> problems;
    const auto file =
        rd::RuleFileParser::parse(rd::fuzz::asText(data, size), "fuzz.json", problems);
    for (const rd::RuleProblem& p : problems) {
        if (p.message.empty()) {
            std::fprintf(stderr, "a rule problem without a message\n");
            std::abort();
        }
    }
    if (!file) {
        return 0;
    }
    rd::RuleSet rules;
    rules.add(*file, true, problems);
    rules.addVersionInput(rd::fuzz::asText(data, size));
    try {
        const rd::Classifier classifier(rules);
        for (const rd::Review& review :
             {sampleReview("", "the box arrived crushed and the seller never answered", 1),
              sampleReview("Плохо", "Размер маломерит, курьер опоздал на неделю", 2),
              sampleReview("", "快递太慢了，包装破损，客服不理人", 1), sampleReview("ok", "", 3)}) {
            (void)classifier.classify(review);
            (void)classifier.explain(review);
        }
    } catch (const std::runtime_error&) {
        // A matcher that cannot be built is reported by the constructor (documented).
    }
    return 0;
}
