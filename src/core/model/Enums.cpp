#include "model/Enums.h"

#include <array>
#include <utility>

namespace rd {
namespace {

template <typename E, std::size_t N>
std::string_view keyOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [e, key] : table) {
        if (e == value) {
            return key;
        }
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table,
                         std::string_view key)
{
    for (const auto& [e, k] : table) {
        if (k == key) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Platform, std::string_view>, 5> kPlatformKeys{{
    {Platform::Other, "other"},
    {Platform::Ozon, "ozon"},
    {Platform::Amazon, "amazon"},
    {Platform::Taobao, "taobao"},
    {Platform::Wildberries, "wildberries"},
}};

constexpr std::array<std::pair<Category, std::string_view>, 5> kCategoryKeys{{
    {Category::Product, "product"},
    {Category::Logistics, "logistics"},
    {Category::AfterSales, "after_sales"},
    {Category::Price, "price"},
    {Category::Other, "other"},
}};

constexpr std::array<std::pair<Language, std::string_view>, 4> kLanguageKeys{{
    {Language::Unknown, "und"},
    {Language::Zh, "zh"},
    {Language::Ru, "ru"},
    {Language::En, "en"},
}};

constexpr std::array<std::pair<Polarity, std::string_view>, 4> kPolarityKeys{{
    {Polarity::Unknown, "unknown"},
    {Polarity::Negative, "negative"},
    {Polarity::Neutral, "neutral"},
    {Polarity::Positive, "positive"},
}};

constexpr std::array<std::pair<Status, std::string_view>, 7> kStatusKeys{{
    {Status::New, "new"},
    {Status::InProgress, "in_progress"},
    {Status::WaitingForBuyer, "waiting"},
    {Status::Resolved, "resolved"},
    {Status::ReviewRevised, "revised"},
    {Status::Appealed, "appealed"},
    {Status::Closed, "closed"},
}};

} // namespace

std::string_view toKey(Platform platform) { return keyOf(kPlatformKeys, platform); }
std::string_view toKey(Category category) { return keyOf(kCategoryKeys, category); }
std::string_view toKey(Language language) { return keyOf(kLanguageKeys, language); }
std::string_view toKey(Polarity polarity) { return keyOf(kPolarityKeys, polarity); }
std::string_view toKey(Status status) { return keyOf(kStatusKeys, status); }

std::optional<Platform> platformFromKey(std::string_view key)
{
    return valueOf(kPlatformKeys, key);
}
std::optional<Category> categoryFromKey(std::string_view key)
{
    return valueOf(kCategoryKeys, key);
}
std::optional<Language> languageFromKey(std::string_view key)
{
    return valueOf(kLanguageKeys, key);
}
std::optional<Polarity> polarityFromKey(std::string_view key)
{
    return valueOf(kPolarityKeys, key);
}
std::optional<Status> statusFromKey(std::string_view key) { return valueOf(kStatusKeys, key); }

Polarity polarityFromRating(int stars)
{
    if (stars <= 2) {
        return Polarity::Negative;
    }
    return stars == 3 ? Polarity::Neutral : Polarity::Positive;
}

std::string joinCategories(const std::vector<Category>& categories)
{
    std::string out;
    for (Category c : categories) {
        if (!out.empty()) {
            out += ';';
        }
        out += toKey(c);
    }
    return out;
}

std::vector<Category> splitCategories(std::string_view text)
{
    std::vector<Category> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(';', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view part = text.substr(start, end - start);
        while (!part.empty() && part.front() == ' ') {
            part.remove_prefix(1);
        }
        while (!part.empty() && part.back() == ' ') {
            part.remove_suffix(1);
        }
        if (auto c = categoryFromKey(part)) {
            out.push_back(*c);
        }
        start = end + 1;
    }
    return out;
}

} // namespace rd
