// rule_editor_bench: what the rule editor does while the user types (docs/rules.md, "Rule
// editor"). Google Benchmark, one process:
//   Compile/BuiltinOnly      ClassifierFactory::load of the built-in rules with an empty user
//                            draft: the baseline (what the program does at start)
//   Compile/Draft/N          the same plus a user draft of N rules, as RuleCompiler does off
//                            the GUI thread after each pause in typing
//   Save/SerialiseAndCheck/N UserRuleDocument::toText + the check Save runs on the GUI thread
//   Live/Explain             Classifier::explain of a typical review: the live box, on every key
//   Live/Classify            Classifier::classify of the same review: the engine's own floor
//
//   rule_editor_bench [--rules-dir DIR] [benchmark options]   (default: resources/rules of the
//                                                              source tree)
#include "classify/Classifier.h"
#include "classify/ClassifierFactory.h"
#include "classify/UserRuleDocument.h"

#include <benchmark/benchmark.h>

#include <cstring>
#include <string>
#include <vector>

namespace {

using namespace rd;

std::string g_rulesDir = REVIEWDESK_SOURCE_DIR "/resources/rules";

std::string draftOf(int rules)
{
    UserRuleDocument doc;
    for (int i = 0; i < rules; ++i) {
        RuleDraft d;
        d.id = "user.product.r" + std::to_string(i);
        d.languages = {"any"};
        d.terms = {"squeak" + std::to_string(i) + "*", "rattl{e,es,ing} " + std::to_string(i),
                   "lid ... loose" + std::to_string(i)};
        doc.rules().push_back(d);
    }
    return doc.toText();
}

RuleSources sources(const std::string& draft)
{
    RuleSources s;
    s.builtinDir = g_rulesDir;
    s.userFile = "rules.json";
    s.userText = draft;
    s.keepLastGood = false;
    return s;
}

void compileBuiltinOnly(benchmark::State& state)
{
    const RuleSources s = sources(draftOf(0));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ClassifierFactory::load(s).classifier);
    }
}

void compileDraft(benchmark::State& state)
{
    const RuleSources s = sources(draftOf(static_cast<int>(state.range(0))));
    for (auto _ : state) {
        ClassifierLoad load = ClassifierFactory::load(s);
        if (load.rejected) {
            state.SkipWithError("the draft was rejected");
        }
        benchmark::DoNotOptimize(load.classifier);
    }
}

void saveCheck(benchmark::State& state)
{
    std::string error;
    const auto doc = UserRuleDocument::fromText(draftOf(static_cast<int>(state.range(0))), error);
    for (auto _ : state) {
        benchmark::DoNotOptimize(ClassifierFactory::load(sources(doc->toText())).rejected);
    }
}

Review typicalReview()
{
    Review r;
    r.rating = 1;
    r.polarity = Polarity::Negative;
    r.text = "Delivery was fast, but the kettle stopped working after two days, the lid squeaks "
             "and the seller does not answer. Доставка быстрая, но чайник сломался. "
             "物流很快，但是用了两天就坏了，客服也不理人。";
    return r;
}

void liveExplain(benchmark::State& state)
{
    const auto classifier = ClassifierFactory::load(sources(draftOf(20))).classifier;
    const Review review = typicalReview();
    for (auto _ : state) {
        benchmark::DoNotOptimize(classifier->explain(review));
    }
}

void liveClassify(benchmark::State& state)
{
    const auto classifier = ClassifierFactory::load(sources(draftOf(20))).classifier;
    const Review review = typicalReview();
    for (auto _ : state) {
        benchmark::DoNotOptimize(classifier->classify(review));
    }
}

} // namespace

BENCHMARK(compileBuiltinOnly)->Name("Compile/BuiltinOnly")->Unit(benchmark::kMillisecond);
BENCHMARK(compileDraft)
    ->Name("Compile/Draft")
    ->Arg(10)
    ->Arg(100)
    ->Arg(500)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(saveCheck)->Name("Save/SerialiseAndCheck")->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(liveExplain)->Name("Live/Explain")->Unit(benchmark::kMicrosecond);
BENCHMARK(liveClassify)->Name("Live/Classify")->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--rules-dir") == 0 && i + 1 < argc) {
            g_rulesDir = argv[++i];
        } else {
            args.push_back(argv[i]);
        }
    }
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
