#include "import/RatingParser.h"

#include "import/HeaderRecognizer.h"
#include "text/Utf8.h"

#include <cmath>

namespace rd {
namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

// Counts ★ in a cell made only of ★ ☆ and spaces; -1 for any other cell.
int countStars(std::string_view s)
{
    int stars = 0;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const char32_t c = utf8::next(s, pos);
        if (c == U'★') {
            ++stars;
        } else if (c != U'☆' && c != U' ') {
            return -1;
        }
    }
    return stars;
}

// Reads a decimal number ("4", "4.0", "4,5") at the start of `s`; advances it.
bool readNumber(std::string_view& s, double& value, bool& integral)
{
    std::size_t i = 0;
    double v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i < 9) {
        v = v * 10 + (s[i] - '0');
        ++i;
    }
    if (i == 0) {
        return false;
    }
    integral = true;
    if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && s[i + 1] >= '0' && s[i + 1] <= '9') {
        ++i;
        double scale = 0.1;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            v += (s[i] - '0') * scale;
            integral = integral && s[i] == '0';
            scale /= 10;
            ++i;
        }
    }
    value = v;
    s.remove_prefix(i);
    return true;
}

bool isUnitWord(const std::string& w)
{
    static const char* const units[] = {"",      "star", "stars", "звезда", "звезды",
                                        "звезд", "балл", "балла", "баллов", "星",
                                        "颗星",  "分",   "stern", "sterne"};
    for (const char* u : units) {
        if (w == u) {
            return true;
        }
    }
    return false;
}

// "4", "4.0", "5/5", "8/10", "4 out of 5 stars", "4 из 5", "4星" -> stars (rounded), or false.
bool parseStars(std::string_view s, double& stars, std::string& reason)
{
    double value = 0;
    bool integral = true;
    const std::string_view original = s;
    if (!readNumber(s, value, integral)) {
        return false;
    }
    std::string rest = HeaderRecognizer::normalize(s);
    double scale = 5;
    const bool slash = trim(s).substr(0, 1) == "/";
    std::string_view ofPrefix;
    for (std::string_view p : {"outof", "из", "of"}) {
        if (std::string_view(rest).substr(0, p.size()) == p) {
            ofPrefix = p;
            break;
        }
    }
    if (slash || !ofPrefix.empty()) {
        std::string_view after = trim(s);
        after.remove_prefix(slash ? 1 : 0);
        after = trim(after);
        if (!ofPrefix.empty()) { // skip the words up to the number
            while (!after.empty() && !(after.front() >= '0' && after.front() <= '9')) {
                after.remove_prefix(1);
            }
        }
        double denominator = 0;
        bool denIntegral = true;
        if (!readNumber(after, denominator, denIntegral)) {
            return false;
        }
        if (denominator != 5 && denominator != 10 && denominator != 100) {
            reason = "rating '" + std::string(original) + "' is not on a scale of 5, 10 or 100";
            return true;
        }
        scale = denominator;
        rest = HeaderRecognizer::normalize(after);
    }
    if (!isUnitWord(rest)) {
        return false;
    }
    stars = value * 5.0 / scale;
    return true;
}

} // namespace

std::optional<Polarity> RatingParser::polarityWord(std::string_view word)
{
    struct Word
    {
        std::string_view text;
        Polarity polarity;
    };
    static const Word words[] = {
        {"好评", Polarity::Positive},     {"中评", Polarity::Neutral},
        {"差评", Polarity::Negative},     {"正面", Polarity::Positive},
        {"中性", Polarity::Neutral},      {"负面", Polarity::Negative},
        {"积极", Polarity::Positive},     {"消极", Polarity::Negative},
        {"positive", Polarity::Positive}, {"neutral", Polarity::Neutral},
        {"negative", Polarity::Negative}, {"pos", Polarity::Positive},
        {"neu", Polarity::Neutral},       {"neg", Polarity::Negative},
    };
    static const struct
    {
        std::string_view stem;
        Polarity polarity;
    } stems[] = {
        {"положительн", Polarity::Positive}, {"позитивн", Polarity::Positive},
        {"нейтральн", Polarity::Neutral},    {"отрицательн", Polarity::Negative},
        {"негативн", Polarity::Negative},
    };
    const std::string w = HeaderRecognizer::normalize(word);
    for (const Word& x : words) {
        if (w == x.text) {
            return x.polarity;
        }
    }
    for (const auto& x : stems) {
        // The stem and one of the adjective endings (-ый, -ая, -ое, -ые, -о).
        if (w.size() > x.stem.size() && w.size() <= x.stem.size() + 4 &&
            std::string_view(w).substr(0, x.stem.size()) == x.stem) {
            return x.polarity;
        }
    }
    return std::nullopt;
}

bool RatingParser::parse(std::string_view cell, bool labelColumn, RatingValue& out,
                         std::string& reason)
{
    out = RatingValue{};
    cell = trim(cell);
    if (cell.empty()) {
        return true;
    }
    if (labelColumn && (cell == "1" || cell == "0")) {
        out.polarity = cell == "1" ? Polarity::Positive : Polarity::Negative;
        return true;
    }
    if (auto p = polarityWord(cell)) {
        out.polarity = *p;
        return true;
    }
    double stars = 0;
    const int starChars = countStars(cell);
    if (starChars >= 0) {
        stars = starChars;
    } else if (!parseStars(cell, stars, reason)) {
        reason = labelColumn ? "unknown polarity '" + std::string(cell) + "'"
                             : "unrecognised rating '" + std::string(cell) + "'";
        return false;
    } else if (!reason.empty()) {
        return false;
    }
    const int rounded = static_cast<int>(std::floor(stars + 0.5));
    if (rounded < 1 || rounded > 5) {
        reason = "rating '" + std::string(cell) + "' is out of range (1-5 stars)";
        return false;
    }
    out.stars = rounded;
    out.polarity = polarityFromRating(rounded);
    return true;
}

} // namespace rd
