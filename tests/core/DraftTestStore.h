#pragma once

// A small store of classified reviews for the draft, workflow and reply-export tests.

#include "TestSupport.h"

#include "store/ClassificationStore.h"
#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "text/Utf8.h"

#include <memory>
#include <string>
#include <vector>

namespace rd::test {

struct ReviewSpec
{
    Platform platform = Platform::Ozon;
    std::string externalId;
    Language language = Language::Ru;
    int stars = 1;
    std::string text;
    std::optional<Category> category; // classified when set
    std::string problemWords;         // evidence for the category: these words of the text
};

class DraftTestStore
{
public:
    DraftTestStore() { store = ReviewStore::openSqlite(dir.file("drafts.sqlite")); }

    // Imports the reviews and stores their classifications; returns their ids in order.
    std::vector<std::int64_t> add(const std::vector<ReviewSpec>& specs)
    {
        auto session = store->beginImport({"fixture.csv", "csv", "utf-8", 1});
        std::vector<std::int64_t> ids;
        std::vector<std::pair<std::int64_t, Classification>> results;
        ImportCounts counts;
        for (const ReviewSpec& s : specs) {
            Review r;
            r.platform = s.platform;
            r.externalId = s.externalId;
            r.language = s.language;
            r.rating = s.stars;
            r.polarity = polarityFromRating(s.stars);
            r.text = s.text;
            r.publishedAt = 1'794'500'000'000 + static_cast<Timestamp>(ids.size()) * 60'000;
            session->upsert(r);
            ++counts.read;
            ++counts.added;
            ids.push_back(r.id);
            if (s.category) {
                Classification c;
                c.category = *s.category;
                c.rulesetVersion = "test";
                if (!s.problemWords.empty()) {
                    const auto byte = s.text.find(s.problemWords);
                    Evidence e;
                    e.ruleId = "test.rule";
                    e.term = s.problemWords;
                    e.target = std::string(toKey(*s.category));
                    e.begin = static_cast<int>(utf8::length(s.text.substr(0, byte)));
                    e.end = e.begin + static_cast<int>(utf8::length(s.problemWords));
                    e.weight = 1.0;
                    c.evidence.push_back(e);
                }
                results.emplace_back(r.id, c);
            }
        }
        session->commit(counts);
        store->classifications().saveAutomatic(results);
        return ids;
    }

    TempDir dir;
    std::unique_ptr<ReviewStore> store;
};

} // namespace rd::test
