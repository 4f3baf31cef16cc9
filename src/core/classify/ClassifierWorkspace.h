#pragma once

#include "classify/LiteralMatcher.h"
#include "model/Classification.h"
#include "text/NormalizedText.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace rd {

// The per-thread working memory of a Classifier: the Vectorscan scratch and the buffers one
// review needs. Reused from review to review, so that classifying allocates nothing once the
// buffers have grown. Made by Classifier::makeWorkspace; belongs to that classifier and must
// not be used by two threads at once.
struct ClassifierWorkspace
{
    enum class Status : std::uint8_t
    {
        Counted,
        Negated,
        Excluded,
        Contained,
    };

    // One occurrence of one part of an "a ... b" term.
    struct Piece
    {
        std::uint32_t term;
        std::uint32_t begin;
        std::uint32_t end;
        std::uint32_t piece;
    };

    // A whole term found in the normalised text (byte offsets).
    struct Match
    {
        std::uint32_t term;
        std::uint32_t begin;
        std::uint32_t end;
        std::uint32_t lastBegin;    // start of the last part of an "a ... b" term
        std::uint32_t gapBegin = 0; // end of the part before the last one (multi-part terms)
        double factor = 1.0;
        Status status = Status::Counted;
        std::int32_t cause = -1; // Negated: cue; Excluded: exclusion; Contained: the longer term
    };

    // A negation, contrast or concession word.
    struct Cue
    {
        std::uint8_t kind;     // CompiledRules::UseKind
        std::uint8_t language; // Language
        bool ignored = false;  // part of a "not a negation" phrase
        std::uint32_t begin;
        std::uint32_t end;
        std::uint32_t literal;
    };

    std::uint64_t owner = 0;
    LiteralMatcher::Scratch scratch;
    NormalizedText norm;
    std::uint32_t titleEnd = 0; // bytes of `norm.text` that belong to the title
    std::vector<LiteralMatcher::Hit> hits;
    std::vector<Piece> pieces;
    std::vector<Match> matches;    // votes
    std::vector<Match> exclusions; // occurrences of exclusion terms
    std::uint32_t longestExclusion = 0;
    std::vector<Cue> cues;
    std::vector<std::uint32_t> contrasts; // indices into cues, by position
    std::vector<std::uint32_t> breaks;    // TextStructure's clause ends
    std::vector<std::uint32_t> sentences; // TextStructure's sentence counts
    std::vector<std::uint32_t> order;
    std::vector<std::pair<std::uint32_t, double>> ruleWeights;
    std::vector<Evidence> spareEvidence; // keeps the strings' storage between reviews

    void clear()
    {
        norm.clear();
        titleEnd = 0;
        hits.clear();
        pieces.clear();
        matches.clear();
        exclusions.clear();
        longestExclusion = 0;
        cues.clear();
        contrasts.clear();
        order.clear();
        ruleWeights.clear();
    }

    // Gives back memory after an exceptionally large review.
    void trim()
    {
        constexpr std::size_t kKeep = 1 << 20;
        if (norm.text.capacity() > kKeep) {
            norm = NormalizedText();
        }
        if (hits.capacity() > kKeep / 8) {
            std::vector<LiteralMatcher::Hit>().swap(hits);
            std::vector<Match>().swap(matches);
            std::vector<Match>().swap(exclusions);
            std::vector<Piece>().swap(pieces);
            std::vector<Cue>().swap(cues);
            std::vector<std::uint32_t>().swap(breaks);
            std::vector<std::uint32_t>().swap(sentences);
        }
    }
};

} // namespace rd
