#include "report/LightStemmer.h"

#include "text/CharClass.h"

#include <algorithm>
#include <initializer_list>

namespace rd {
namespace {

using Endings = std::initializer_list<const char32_t*>;

bool endsWith(const std::u32string& w, std::u32string_view suffix)
{
    return w.size() >= suffix.size() &&
           std::u32string_view(w).substr(w.size() - suffix.size()) == suffix;
}

// --- Russian (Snowball) -------------------------------------------------------------------

bool isRuVowel(char32_t c)
{
    return std::u32string_view(U"аеиоуыэюя").find(c) != std::u32string_view::npos;
}

// Start of RV: the part after the first vowel.
std::size_t rvStart(const std::u32string& w)
{
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (isRuVowel(w[i])) {
            return i + 1;
        }
    }
    return w.size();
}

// Removes the longest ending of `endings` that lies in RV; with `afterAYa`, the ending must
// follow а or я (also in RV), which stays. Returns whether one was removed.
bool removeEnding(std::u32string& w, std::size_t rv, Endings endings, bool afterAYa = false)
{
    std::size_t best = 0;
    for (const char32_t* e : endings) {
        const std::u32string_view ending(e);
        if (ending.size() <= best || !endsWith(w, ending)) {
            continue;
        }
        const std::size_t at = w.size() - ending.size();
        if (at < rv) {
            continue;
        }
        if (afterAYa && (at == 0 || at - 1 < rv || (w[at - 1] != U'а' && w[at - 1] != U'я'))) {
            continue;
        }
        best = ending.size();
    }
    if (best == 0) {
        return false;
    }
    w.resize(w.size() - best);
    return true;
}

bool removeAdjectival(std::u32string& w, std::size_t rv)
{
    static const Endings adjective = {U"ее",  U"ие",  U"ые",  U"ое",  U"ими", U"ыми", U"ей",
                                      U"ий",  U"ый",  U"ой",  U"ем",  U"им",  U"ым",  U"ом",
                                      U"его", U"ого", U"ему", U"ому", U"их",  U"ых",  U"ую",
                                      U"юю",  U"ая",  U"яя",  U"ою",  U"ею"};
    if (!removeEnding(w, rv, adjective)) {
        return false;
    }
    if (!removeEnding(w, rv, {U"ем", U"нн", U"вш", U"ющ", U"щ"}, true)) {
        removeEnding(w, rv, {U"ивш", U"ывш", U"ующ"});
    }
    return true;
}

bool removeVerb(std::u32string& w, std::size_t rv)
{
    return removeEnding(w, rv,
                        {U"ла", U"на", U"ете", U"йте", U"ли", U"й", U"л", U"ем", U"н", U"ло", U"но",
                         U"ет", U"ют", U"ны", U"ть", U"ешь", U"нно"},
                        true) ||
           removeEnding(w, rv, {U"ила", U"ыла", U"ена", U"ейте", U"уйте", U"ите", U"или", U"ыли",
                                U"ей",  U"уй",  U"ил",  U"ыл",   U"им",   U"ым",  U"ен",  U"ило",
                                U"ыло", U"ено", U"ят",  U"ует",  U"уют",  U"ит",  U"ыт",  U"ены",
                                U"ить", U"ыть", U"ишь", U"ую",   U"ю"});
}

// --- English (Porter step 1) --------------------------------------------------------------

bool isEnConsonant(const std::u32string& w, std::size_t i)
{
    switch (w[i]) {
    case U'a':
    case U'e':
    case U'i':
    case U'o':
    case U'u':
        return false;
    case U'y':
        return i == 0 || !isEnConsonant(w, i - 1);
    default:
        return true;
    }
}

// Porter's m: the number of vowel-consonant sequences in w[0, end).
int measure(const std::u32string& w, std::size_t end)
{
    int m = 0;
    bool prevVowel = false;
    for (std::size_t i = 0; i < end; ++i) {
        const bool vowel = !isEnConsonant(w, i);
        if (prevVowel && !vowel) {
            ++m;
        }
        prevVowel = vowel;
    }
    return m;
}

bool hasVowel(const std::u32string& w, std::size_t end)
{
    for (std::size_t i = 0; i < end; ++i) {
        if (!isEnConsonant(w, i)) {
            return true;
        }
    }
    return false;
}

// Consonant-vowel-consonant at the end, the last not w, x or y.
bool endsCvc(const std::u32string& w)
{
    const std::size_t n = w.size();
    return n >= 3 && isEnConsonant(w, n - 3) && !isEnConsonant(w, n - 2) &&
           isEnConsonant(w, n - 1) && w[n - 1] != U'w' && w[n - 1] != U'x' && w[n - 1] != U'y';
}

void afterEdIng(std::u32string& w)
{
    if (endsWith(w, U"at") || endsWith(w, U"bl") || endsWith(w, U"iz")) {
        w += U'e';
    } else if (w.size() >= 2 && w.back() == w[w.size() - 2] && isEnConsonant(w, w.size() - 1) &&
               w.back() != U'l' && w.back() != U's' && w.back() != U'z') {
        w.pop_back();
    } else if (measure(w, w.size()) == 1 && endsCvc(w)) {
        w += U'e';
    }
}

} // namespace

std::u32string LightStemmer::stemRussian(std::u32string w)
{
    const std::size_t rv = rvStart(w);
    // Step 1: perfective gerund; else reflexive, then adjectival, verb or noun.
    if (!removeEnding(w, rv, {U"в", U"вши", U"вшись"}, true) &&
        !removeEnding(w, rv, {U"ив", U"ивши", U"ившись", U"ыв", U"ывши", U"ывшись"})) {
        removeEnding(w, rv, {U"ся", U"сь"});
        if (!removeAdjectival(w, rv) && !removeVerb(w, rv)) {
            removeEnding(w, rv,
                         {U"а",  U"ев",  U"ов", U"ие",  U"ье", U"е",  U"иями", U"ями", U"ами",
                          U"еи", U"ии",  U"и",  U"ией", U"ей", U"ой", U"ий",   U"й",   U"иям",
                          U"ям", U"ием", U"ем", U"ам",  U"ом", U"о",  U"у",    U"ах",  U"иях",
                          U"ях", U"ы",   U"ь",  U"ию",  U"ью", U"ю",  U"ия",   U"ья",  U"я"});
        }
    }
    // Step 2: a final и. Step 4: superlative, double н, final ь.
    removeEnding(w, rv, {U"и"});
    removeEnding(w, rv, {U"ейше", U"ейш"});
    if (endsWith(w, U"нн") && w.size() - 2 >= rv) {
        w.pop_back();
    } else {
        removeEnding(w, rv, {U"ь"});
    }
    return w;
}

std::u32string LightStemmer::stemEnglish(std::u32string w)
{
    if (w.size() <= 2) {
        return w;
    }
    // Step 1a: plurals.
    if (endsWith(w, U"sses") || endsWith(w, U"ies")) {
        w.resize(w.size() - 2);
    } else if (!endsWith(w, U"ss") && w.back() == U's') {
        w.pop_back();
    }
    // Step 1b: -eed, -ed, -ing.
    if (endsWith(w, U"eed")) {
        if (measure(w, w.size() - 3) > 0) {
            w.pop_back();
        }
    } else if (endsWith(w, U"ed") && hasVowel(w, w.size() - 2)) {
        w.resize(w.size() - 2);
        afterEdIng(w);
    } else if (endsWith(w, U"ing") && hasVowel(w, w.size() - 3)) {
        w.resize(w.size() - 3);
        afterEdIng(w);
    }
    // Step 1c: a final y after a vowel-containing stem becomes i.
    if (w.size() > 1 && w.back() == U'y' && hasVowel(w, w.size() - 1)) {
        w.back() = U'i';
    }
    return w;
}

std::u32string LightStemmer::stem(const std::u32string& word)
{
    const bool latin = !word.empty() && std::all_of(word.begin(), word.end(), [](char32_t c) {
        return c >= U'a' && c <= U'z';
    });
    if (latin) {
        return stemEnglish(word);
    }
    const bool cyrillic = !word.empty() && std::all_of(word.begin(), word.end(), chars::isCyrillic);
    return cyrillic ? stemRussian(word) : word;
}

} // namespace rd
