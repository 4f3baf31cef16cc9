#include "text/LanguageDetector.h"

#include "text/CharClass.h"
#include "text/Utf8.h"

namespace rd {

Language LanguageDetector::detect(std::string_view text)
{
    // Only the first few kilobytes matter: a review does not switch script half-way, and this
    // keeps a 10 MB field from costing more than a normal review.
    constexpr std::size_t kSample = 4096;
    if (text.size() > kSample) {
        text = text.substr(0, kSample);
    }
    int han = 0;
    int cyr = 0;
    int lat = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b < 0x80) {
            ++pos;
            lat += ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ? 1 : 0;
            continue;
        }
        char32_t c = utf8::next(text, pos);
        if (chars::isHan(c)) {
            ++han;
        } else if (chars::isCyrillic(c)) {
            ++cyr;
        } else if (chars::isLatinLetter(c)) {
            ++lat;
        }
    }
    // A Han character carries about a word's worth of meaning: weigh it against letters so
    // that "这个iPhone壳很差" is Chinese and a Russian text quoting "Wildberries" stays Russian.
    if (han > 0 && han * 3 >= cyr + lat) {
        return Language::Zh;
    }
    if (cyr > 0 && cyr >= lat) {
        return Language::Ru;
    }
    if (lat > 0) {
        return Language::En;
    }
    if (han > 0) {
        return Language::Zh;
    }
    return cyr > 0 ? Language::Ru : Language::Unknown;
}

} // namespace rd
