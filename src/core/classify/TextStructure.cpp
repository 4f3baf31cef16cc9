#include "classify/TextStructure.h"

#include "text/CharClass.h"
#include "text/Utf8.h"

#include <algorithm>
#include <array>
#include <limits>

namespace rd {
namespace {

constexpr std::uint8_t kNoBreak = 0;
constexpr std::uint8_t kClauseBreak = 1;
constexpr std::uint8_t kSentenceBreak = 2;
constexpr std::uint8_t kLookCloser = 3;

// What a byte of the normalised text can end.
constexpr std::array<std::uint8_t, 256> kBreakClass = [] {
    std::array<std::uint8_t, 256> table{};
    for (unsigned char c : {',', ';', ':', '(', ')', '[', ']', '~'}) {
        table[c] = kClauseBreak;
    }
    for (unsigned char c : {'!', '?', '\n'}) {
        table[c] = kSentenceBreak;
    }
    for (unsigned char c : {'.', '\xE3', '\xF0'}) {
        table[c] = kLookCloser;
    }
    return table;
}();

bool isDigitByte(unsigned char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

void TextStructure::findBreaks() const
{
    m_found = true;
    const auto* t = reinterpret_cast<const unsigned char*>(m_text.data());
    const std::size_t n = m_text.size();
    m_sentences.push_back(0);
    auto add = [&](std::size_t pos, bool sentence) {
        m_breaks.push_back(static_cast<std::uint32_t>(pos));
        m_sentences.push_back(m_sentences.back() + (sentence ? 1 : 0));
    };
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t kind = kBreakClass[t[i]];
        if (kind == kNoBreak) {
            continue;
        }
        if (kind != kLookCloser) {
            add(i, kind == kSentenceBreak);
        } else if (t[i] == '.') { // not between digits ("2.5 kg")
            if (!(i > 0 && i + 1 < n && isDigitByte(t[i - 1]) && isDigitByte(t[i + 1]))) {
                add(i, true);
            }
        } else if (t[i] == 0xE3 && i + 2 < n && t[i + 1] == 0x80 &&
                   (t[i + 2] == 0x82 || t[i + 2] == 0x81)) {
            add(i, t[i + 2] == 0x82); // 。 ends a sentence, 、 a clause
        } else if (t[i] == 0xF0 && i + 1 < n && t[i + 1] == 0x9F) {
            add(i, false); // an emoji (U+1F000-U+1FFFF) separates clauses
        }
    }
}

std::size_t TextStructure::breaksBefore(std::uint32_t pos) const
{
    if (!m_found) {
        findBreaks();
    }
    return static_cast<std::size_t>(std::lower_bound(m_breaks.begin(), m_breaks.end(), pos) -
                                    m_breaks.begin());
}

bool TextStructure::breakBetween(std::uint32_t a, std::uint32_t b, bool sentence) const
{
    if (b <= a) {
        return false;
    }
    if (b - a > kMaxSpan) {
        return true;
    }
    const std::size_t first = breaksBefore(a);
    const std::size_t last = breaksBefore(b);
    return sentence ? m_sentences[last] > m_sentences[first] : last > first;
}

std::pair<std::uint32_t, std::uint32_t> TextStructure::clauseAround(std::uint32_t pos) const
{
    const std::size_t k = breaksBefore(pos);
    const std::uint32_t start = k > 0 ? m_breaks[k - 1] + 1 : 0;
    const std::uint32_t end =
        k < m_breaks.size() ? m_breaks[k] : static_cast<std::uint32_t>(m_text.size());
    return {start, end};
}

bool TextStructure::boundaryBefore(std::uint32_t pos) const
{
    if (pos == 0) {
        return true;
    }
    std::size_t start = pos - 1;
    while (start > 0 && (static_cast<unsigned char>(m_text[start]) & 0xC0) == 0x80 &&
           pos - start < 4) {
        --start;
    }
    return !chars::isWordChar(utf8::next(m_text, start));
}

bool TextStructure::boundaryAfter(std::uint32_t pos) const
{
    if (pos >= m_text.size()) {
        return true;
    }
    std::size_t p = pos;
    return !chars::isWordChar(utf8::next(m_text, p));
}

std::uint32_t TextStructure::wordStart(std::uint32_t pos) const
{
    while (pos > 0) {
        std::size_t start = pos - 1;
        while (start > 0 && (static_cast<unsigned char>(m_text[start]) & 0xC0) == 0x80 &&
               pos - start < 4) {
            --start;
        }
        std::size_t p = start;
        if (!chars::isWordChar(utf8::next(m_text, p))) {
            break;
        }
        pos = static_cast<std::uint32_t>(start);
    }
    return pos;
}

std::uint32_t TextStructure::wordEnd(std::uint32_t pos) const
{
    while (pos < m_text.size()) {
        std::size_t p = pos;
        if (!chars::isWordChar(utf8::next(m_text, p))) {
            break;
        }
        pos = static_cast<std::uint32_t>(p);
    }
    return pos;
}

int TextStructure::tokensBetween(std::uint32_t begin, std::uint32_t end) const
{
    if (end <= begin) {
        return 0;
    }
    if (end - begin > kMaxSpan) {
        return std::numeric_limits<int>::max() / 2;
    }
    int count = 0;
    bool inWord = false;
    std::size_t pos = begin;
    while (pos < end) {
        const char32_t c = utf8::next(m_text, pos);
        if (chars::isWordChar(c)) {
            count += inWord ? 0 : 1;
            inWord = true;
        } else {
            inWord = false;
            count += chars::isCjk(c) ? 1 : 0;
        }
    }
    return count;
}

} // namespace rd
