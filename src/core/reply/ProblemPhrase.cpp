#include "reply/ProblemPhrase.h"

#include "reply/TemplateLibrary.h"
#include "text/CharClass.h"
#include "text/Utf8.h"

#include <algorithm>

namespace rd {
namespace {

constexpr int kMaxClauseChars = 80; // alphabetic scripts
constexpr int kMaxClauseWords = 12;
constexpr int kMaxCjkClauseChars = 20;

// Words and particles that open a clause without being part of the complaint.
constexpr std::u32string_view kLeadingWords[] = {
    U"и",    U"а",    U"но",   U"что",   U"ведь",    U"однако",  U"просто",
    U"зато", U"хотя", U"так",  U"еще",   U"тоже",    U"потому",  U"поэтому",
    U"and",  U"but",  U"so",   U"that",  U"because", U"however", U"though",
    U"also", U"then", U"plus", U"which", U"just",    U"вот"};
constexpr std::u32string_view kLeadingCjk[] = {U"但是", U"可是", U"不过", U"而且", U"并且",
                                               U"就是", U"因为", U"所以", U"结果", U"但",
                                               U"而",   U"还",   U"就",   U"也"};

// Words that join two clauses: a long sentence is cut at them around the matched words.
constexpr std::u32string_view kJoinWords[] = {
    U"а",       U"но",      U"и",     U"или",   U"что",    U"чтобы",    U"хотя",   U"потому",
    U"поэтому", U"когда",   U"если",  U"зато",  U"однако", U"and",      U"but",    U"or",
    U"so",      U"because", U"which", U"while", U"when",   U"although", U"though", U"since"};
// Words that do not end a phrase ("маломерит так | что ...").
constexpr std::u32string_view kTrailingWords[] = {U"так", U"вот", U"the", U"a", U"an"};

std::u32string decode(std::string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        out += utf8::next(text, pos);
    }
    return out;
}

std::string encode(std::u32string_view cps)
{
    std::string out;
    for (char32_t c : cps) {
        utf8::append(out, c);
    }
    return out;
}

bool isSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x3000;
}

bool isClauseBreak(char32_t c)
{
    switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '"':
    case '\n':
    case '\r':
    case '/':
    case '|':
    case '~':
    case 0x2026: // …
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x201E: // « » “ ” „
    case 0x2014:
    case 0x2013: // — –
    case 0x3002:
    case 0xFF0C:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF1B:
    case 0xFF1A: // 。，！？；：
    case 0x3001:
    case 0xFF08:
    case 0xFF09:
    case 0x3010:
    case 0x3011: // 、（）【】
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F:
    case 0xFF5E: // 「」『』～
        return true;
    default:
        return c >= 0x1F000; // emoji and pictographs end a clause too
    }
}

// Widens [b, e) to whole words of an alphabetic script (a stem match becomes the word).
void widenToWords(const std::u32string& cps, std::size_t& b, std::size_t& e)
{
    while (b > 0 && b < cps.size() && chars::isWordChar(cps[b - 1]) && chars::isWordChar(cps[b])) {
        --b;
    }
    while (e > 0 && e < cps.size() && chars::isWordChar(cps[e - 1]) && chars::isWordChar(cps[e])) {
        ++e;
    }
}

// Code points [begin, end) of `cps`, clamped.
void clampSpan(const std::u32string& cps, int begin, int end, std::size_t& b, std::size_t& e)
{
    b = std::min<std::size_t>(static_cast<std::size_t>(std::max(begin, 0)), cps.size());
    e = std::clamp<std::size_t>(static_cast<std::size_t>(std::max(end, 0)), b, cps.size());
}

struct Word
{
    std::size_t begin;
    std::size_t end;
};

std::vector<Word> wordsOf(const std::u32string& cps, std::size_t from, std::size_t to)
{
    std::vector<Word> words;
    for (std::size_t i = from; i < to;) {
        while (i < to && isSpace(cps[i])) {
            ++i;
        }
        const std::size_t start = i;
        while (i < to && !isSpace(cps[i])) {
            ++i;
        }
        if (i > start) {
            words.push_back({start, i});
        }
    }
    return words;
}

template <std::size_t N>
bool isOneOf(const std::u32string& cps, const Word& w, const std::u32string_view (&list)[N])
{
    std::u32string folded;
    for (std::size_t i = w.begin; i < w.end; ++i) {
        folded += chars::fold(cps[i]);
    }
    return std::find(std::begin(list), std::end(list), folded) != std::end(list);
}

// Narrows the clause [cb, ce) to the part between the joining words around the match [b, e).
void narrowToSubClause(const std::u32string& cps, std::size_t& cb, std::size_t& ce, std::size_t b,
                       std::size_t e)
{
    const std::vector<Word> words = wordsOf(cps, cb, ce);
    std::size_t first = 0;
    std::size_t last = words.size();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].end <= b && isOneOf(cps, words[i], kJoinWords)) {
            first = i + 1;
        }
        if (words[i].begin >= e && last == words.size() && isOneOf(cps, words[i], kJoinWords)) {
            last = i;
        }
    }
    while (last > first + 1 && words[last - 1].begin >= e &&
           isOneOf(cps, words[last - 1], kTrailingWords)) {
        --last;
    }
    if (first < last) {
        cb = words[first].begin;
        ce = words[last - 1].end;
    }
}

bool hasCjk(std::u32string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char32_t c) { return chars::isCjk(c); });
}

int wordCount(std::u32string_view s)
{
    int words = 0;
    bool inWord = false;
    for (char32_t c : s) {
        const bool w = !isSpace(c);
        words += (w && !inWord) ? 1 : 0;
        inWord = w;
    }
    return words;
}

// Drops opening conjunctions of [b, e) that end before `keep` (the matched words' start).
void dropLeadingWords(const std::u32string& cps, std::size_t& b, std::size_t keep)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (std::u32string_view w : kLeadingWords) {
            const std::size_t end = b + w.size();
            if (end > keep || end >= cps.size() || !isSpace(cps[end])) {
                continue;
            }
            std::u32string folded;
            for (std::size_t i = b; i < end; ++i) {
                folded += chars::fold(cps[i]);
            }
            if (folded == w) {
                b = end;
                while (b < keep && isSpace(cps[b])) {
                    ++b;
                }
                changed = true;
            }
        }
        for (std::u32string_view w : kLeadingCjk) {
            if (b + w.size() <= keep && std::u32string_view(cps).substr(b, w.size()) == w) {
                b += w.size();
                changed = true;
            }
        }
    }
}

std::string tidy(std::u32string_view cps)
{
    std::u32string out;
    for (char32_t c : cps) {
        if (isSpace(c)) {
            if (!out.empty() && out.back() != ' ') {
                out += ' ';
            }
        } else {
            out += c;
        }
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '-' || out.back() == '\'')) {
        out.pop_back();
    }
    while (!out.empty() && (out.front() == '-' || out.front() == '\'')) {
        out.erase(0, 1);
    }
    // "Упаковка была надорвана" -> "упаковка была надорвана" inside the reply's sentence;
    // acronyms ("USB", "ТЦ") keep their case.
    if (out.size() > 1 && chars::fold(out[0]) != out[0] && chars::fold(out[1]) == out[1] &&
        (chars::isWordChar(out[1]))) {
        out[0] = chars::fold(out[0]);
    }
    return encode(out);
}

} // namespace

std::string ProblemPhrase::slice(std::string_view text, int begin, int end)
{
    const std::u32string cps = decode(text);
    std::size_t b = 0;
    std::size_t e = 0;
    clampSpan(cps, begin, end, b, e);
    return encode(std::u32string_view(cps).substr(b, e - b));
}

std::vector<const Evidence*> ProblemPhrase::ranked(const std::vector<Evidence>& evidence,
                                                   std::string_view target)
{
    std::vector<const Evidence*> out;
    for (const Evidence& e : evidence) {
        if (e.target == target && !e.negated && e.weight > 0 && e.end > e.begin) {
            out.push_back(&e);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Evidence* a, const Evidence* b) {
        if (a->weight != b->weight) {
            return a->weight > b->weight;
        }
        if (a->end - a->begin != b->end - b->begin) {
            return a->end - a->begin > b->end - b->begin;
        }
        if (a->inTitle != b->inTitle) {
            return !a->inTitle; // the text's words before the title's
        }
        return a->begin < b->begin;
    });
    return out;
}

std::string ProblemPhrase::extract(const Review& review, const std::vector<Evidence>& evidence,
                                   std::string_view target)
{
    const auto best = ranked(evidence, target);
    return best.empty() ? std::string() : phraseFor(review, *best.front());
}

std::string ProblemPhrase::phraseFor(const Review& review, const Evidence& ev)
{
    const std::u32string cps = decode(ev.inTitle ? review.title : review.text);
    std::size_t b = 0;
    std::size_t e = 0;
    clampSpan(cps, ev.begin, ev.end, b, e);
    if (b == e) {
        return {};
    }
    widenToWords(cps, b, e);
    std::size_t cb = b;
    std::size_t ce = e;
    while (cb > 0 && !isClauseBreak(cps[cb - 1])) {
        --cb;
    }
    while (ce < cps.size() && !isClauseBreak(cps[ce])) {
        ++ce;
    }
    while (cb < b && isSpace(cps[cb])) {
        ++cb;
    }
    dropLeadingWords(cps, cb, b);
    auto isShort = [&](std::size_t from, std::size_t to) {
        const std::u32string_view part = std::u32string_view(cps).substr(from, to - from);
        return hasCjk(part) ? part.size() <= kMaxCjkClauseChars
                            : part.size() <= kMaxClauseChars && wordCount(part) <= kMaxClauseWords;
    };
    if (!isShort(cb, ce) && !hasCjk(std::u32string_view(cps).substr(cb, ce - cb))) {
        narrowToSubClause(cps, cb, ce, b, e);
    }
    return tidy(isShort(cb, ce) ? std::u32string_view(cps).substr(cb, ce - cb)
                                : std::u32string_view(cps).substr(b, e - b));
}

std::vector<std::string> ProblemPhrase::keys(const Review& review, const Evidence& ev)
{
    std::vector<std::string> out;
    auto add = [&](std::string key) {
        key = TemplateLibrary::fold(key);
        if (!key.empty() && std::find(out.begin(), out.end(), key) == out.end()) {
            out.push_back(std::move(key));
        }
    };
    const std::u32string text = decode(ev.inTitle ? review.title : review.text);
    std::size_t b = 0;
    std::size_t e = 0;
    clampSpan(text, ev.begin, ev.end, b, e);
    widenToWords(text, b, e);
    const std::u32string cps = text.substr(b, e - b);
    add(encode(cps));
    std::u32string word;
    for (std::size_t i = 0; i <= cps.size(); ++i) {
        if (i < cps.size() && !isSpace(cps[i]) && !isClauseBreak(cps[i])) {
            word += cps[i];
        } else if (!word.empty()) {
            add(encode(word));
            word.clear();
        }
    }
    add(ev.term);
    add(ev.ruleId);
    return out;
}

} // namespace rd
