#include "report/PhraseNormalizer.h"

#include "report/LightStemmer.h"
#include "text/CharClass.h"
#include "text/Utf8.h"

namespace rd {

std::string PhraseNormalizer::key(std::string_view term)
{
    std::string out;
    std::u32string word;
    bool wordIsCjk = false;
    auto flush = [&] {
        if (word.empty()) {
            return;
        }
        if (!out.empty()) {
            out += ' ';
        }
        for (char32_t c : wordIsCjk ? word : LightStemmer::stem(word)) {
            utf8::append(out, c);
        }
        word.clear();
    };
    std::size_t pos = 0;
    while (pos < term.size()) {
        const char32_t c = chars::fold(utf8::next(term, pos));
        const bool cjk = chars::isCjk(c);
        if (!cjk && !chars::isWordChar(c)) {
            flush();
            continue;
        }
        if (!word.empty() && cjk != wordIsCjk) {
            flush();
        }
        wordIsCjk = cjk;
        word += c;
    }
    flush();
    return out;
}

} // namespace rd
