#pragma once

#include "classify/ClassifierWorkspace.h"
#include "classify/CompiledRules.h"
#include "classify/TextStructure.h"

#include <cstdint>

namespace rd {

// Turns the raw matcher hits of one normalised review (in a ClassifierWorkspace) into term
// matches with a status and a weight factor (docs/rules.md, "How a review is scored"):
// word-boundary checks, "a ... b" terms, exclusions, the longest of overlapping matches,
// negation, contrast and concession, title factor. Used by Classifier; one per review.
class ReviewAnalyzer
{
public:
    ReviewAnalyzer(const CompiledRules& rules, ClassifierWorkspace& workspace);

    // Fills workspace.matches. Returns false when no vote term occurs at all.
    bool run();

private:
    using Match = ClassifierWorkspace::Match;
    using Cue = ClassifierWorkspace::Cue;

    void collect();
    void assemblePieces();
    void assembleTerm(std::size_t from, std::size_t to);
    bool contrastBetween(std::uint32_t from, std::uint32_t to) const;
    void applyExclusions();
    std::int32_t findExclusion(const Match& m) const;
    void resolveContainment();
    void markIgnoredCues();
    void applyNegation();
    bool startsWithNegation(std::uint32_t pos, LanguageMask languages) const;
    std::int32_t negationBefore(std::uint32_t pos, LanguageMask languages,
                                std::uint32_t floor = 0) const;
    std::int32_t negationAfter(std::uint32_t pos, LanguageMask languages) const;
    void applyFactors();

    void addMatch(const Match& m);

    const CompiledRules& m_rules;
    ClassifierWorkspace& m_ws;
    const std::string& m_text;
    TextStructure m_structure;
};

} // namespace rd
