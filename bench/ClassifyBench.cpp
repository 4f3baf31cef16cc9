// Classifier throughput (issue 2, docs/performance.md "Classifier"), driven by
// bench/classify_bench.sh. Reads review CSV files (header with id, rating and text columns, as in
// ../shared/data), builds the classifier from the built-in rules, and classifies every review
// again and again on one thread for at least --seconds of that thread's CPU time. Prints one
// line of key=value figures: reviews/s and MB/s per core (CPU time, so other load on the machine
// hardly matters).
//
// --dump DIR also writes what the Python baseline (bench/classify_baseline.py) needs to do the
// same matching work: DIR/terms.txt (every literal of the compiled rule set, one per line) and
// DIR/texts.txt (every review normalised as the classifier sees it, one per line).
#include "classify/ClassifierFactory.h"
#include "classify/ClassifierWorkspace.h"
#include "classify/CompiledRules.h"
#include "classify/ReviewCsv.h"
#include "text/TextNormalizer.h"

#include <QCoreApplication>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Appends the reviews of one CSV file (the classify --input format); false with a message.
bool readReviews(const std::string& path, std::vector<rd::Review>& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << path << ": cannot read\n";
        return false;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::vector<rd::Review> reviews;
    rd::CsvProblem problem;
    if (!rd::ReviewCsv::readAll(buffer.str(), reviews, problem)) {
        std::cerr << path << ':' << problem.line << ": " << problem.reason << '\n';
        return false;
    }
    out.insert(out.end(), reviews.begin(), reviews.end());
    return true;
}

void dump(const std::string& dir, const rd::Classifier& classifier,
          const std::vector<rd::Review>& reviews)
{
    std::ofstream terms(dir + "/terms.txt", std::ios::binary);
    const auto& compiled = classifier.compiled();
    for (std::size_t i = 0; i < classifier.literalCount(); ++i) {
        terms << compiled.literal(std::uint32_t(i)) << '\n';
    }
    std::ofstream texts(dir + "/texts.txt", std::ios::binary);
    for (const rd::Review& r : reviews) {
        std::string t = rd::TextNormalizer::normalize(r.text);
        for (char& c : t) {
            if (c == '\n' || c == '\r') {
                c = ' ';
            }
        }
        texts << t << '\n';
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv); // the built-in rules are Qt resources
    double seconds = 3.0;
    std::string dumpDir;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--seconds" && i + 1 < argc) {
            seconds = std::stod(argv[++i]);
        } else if (a == "--dump" && i + 1 < argc) {
            dumpDir = argv[++i];
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) {
        std::cerr << "usage: classify_bench [--seconds S] [--dump DIR] FILE.csv...\n";
        return 2;
    }
    std::vector<rd::Review> reviews;
    for (const std::string& f : files) {
        if (!readReviews(f, reviews)) {
            return 1;
        }
    }
    rd::RuleSources sources; // built-in rules only: no user file
    const rd::ClassifierLoad load = rd::ClassifierFactory::load(sources);
    const rd::Classifier& classifier = *load.classifier;
    if (!dumpDir.empty()) {
        dump(dumpDir, classifier, reviews);
    }
    std::size_t bytes = 0;
    for (const rd::Review& r : reviews) {
        bytes += r.text.size() + r.title.size();
    }
    auto ws = classifier.makeWorkspace();
    rd::Classification out;
    long long classified = 0;
    long long decided = 0;
    const double start = threadCpuSeconds();
    double elapsed = 0;
    int passes = 0;
    while (elapsed < seconds || passes == 0) {
        for (const rd::Review& r : reviews) {
            classifier.classify(r, *ws, out);
            decided += out.category != rd::Category::Other;
        }
        classified += static_cast<long long>(reviews.size());
        ++passes;
        elapsed = threadCpuSeconds() - start;
    }
    std::printf("reviews=%zu bytes=%zu rules=%zu terms=%zu literals=%zu passes=%d cpu_s=%.3f "
                "reviews_per_s=%.0f mb_per_s=%.1f decided_share=%.3f\n",
                reviews.size(), bytes, classifier.ruleCount(), classifier.termCount(),
                classifier.literalCount(), passes, elapsed, double(classified) / elapsed,
                double(bytes) * passes / elapsed / 1e6, double(decided) / double(classified));
    return 0;
}
