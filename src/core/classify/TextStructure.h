#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace rd {

// Questions the classifier asks about a normalised text (docs/rules.md, "Clauses"): word
// boundaries, words, clauses and sentences. The clause ends are found in one pass over the
// text, made on the first question about clauses (many reviews ask none), into buffers the
// caller keeps from review to review.
class TextStructure
{
public:
    // A clause or sentence longer than this counts as broken: no negation, "a ... b" term or
    // contrast reaches that far, whatever the punctuation.
    static constexpr std::uint32_t kMaxSpan = 4096;

    // `breaks` and `sentences` are scratch buffers (cleared here).
    TextStructure(std::string_view text, std::vector<std::uint32_t>& breaks,
                  std::vector<std::uint32_t>& sentences)
        : m_text(text), m_breaks(breaks), m_sentences(sentences)
    {
        m_breaks.clear();
        m_sentences.clear();
    }

    // No letter or digit right before / after the byte offset.
    bool boundaryBefore(std::uint32_t pos) const;
    bool boundaryAfter(std::uint32_t pos) const;
    // The start / end of the word around a byte offset.
    std::uint32_t wordStart(std::uint32_t pos) const;
    std::uint32_t wordEnd(std::uint32_t pos) const;

    // Whether a clause (with `sentence`: a sentence) ends within [a, b).
    bool breakBetween(std::uint32_t a, std::uint32_t b, bool sentence = false) const;
    bool sameClause(std::uint32_t a, std::uint32_t b) const
    {
        return a <= b ? !breakBetween(a, b) : !breakBetween(b, a);
    }
    bool sameSentence(std::uint32_t a, std::uint32_t b) const
    {
        return a <= b ? !breakBetween(a, b, true) : !breakBetween(b, a, true);
    }
    // [start, end) of the clause that holds `pos`.
    std::pair<std::uint32_t, std::uint32_t> clauseAround(std::uint32_t pos) const;

    // Words (runs of letters and digits) plus CJK characters in [begin, end).
    int tokensBetween(std::uint32_t begin, std::uint32_t end) const;

private:
    void findBreaks() const;
    std::size_t breaksBefore(std::uint32_t pos) const;

    std::string_view m_text;
    std::vector<std::uint32_t>& m_breaks;    // byte offsets of clause-ending characters
    std::vector<std::uint32_t>& m_sentences; // [i]: sentence ends among m_breaks[0, i)
    mutable bool m_found = false;
};

} // namespace rd
