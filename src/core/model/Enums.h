#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// Marketplace a review came from. Tmall and JD share Taobao's conventions (polarity ratings,
// 500-character reply limit) and are stored as Taobao with the shop name telling them apart.
enum class Platform
{
    Other,
    Ozon,
    Amazon,
    Taobao,
    Wildberries,
};

// The taxonomy's primary categories (../shared/taxonomy.md), in the order of the keyboard map.
enum class Category
{
    Product,
    Logistics,
    AfterSales,
    Price,
    Other,
};

// Language of a review's text. Detected from its script; stored with the review.
enum class Language
{
    Unknown,
    Zh,
    Ru,
    En,
};

// Overall tone of a review: from stars (1-2 negative, 3 neutral, 4-5 positive) or from a
// polarity label when the source has no stars (Taobao 好评/中评/差评, datasets' pos/neg).
enum class Polarity
{
    Unknown,
    Negative,
    Neutral,
    Positive,
};

// Workflow of a review in the support team's queue.
enum class Status
{
    New,
    InProgress,
    WaitingForBuyer,
    Resolved,
    ReviewRevised,
    Appealed,
    Closed,
};

inline constexpr Category kAllCategories[] = {Category::Product, Category::Logistics,
                                              Category::AfterSales, Category::Price,
                                              Category::Other};
inline constexpr Platform kAllPlatforms[] = {Platform::Ozon, Platform::Amazon, Platform::Taobao,
                                             Platform::Wildberries, Platform::Other};
inline constexpr Language kAllLanguages[] = {Language::Zh, Language::Ru, Language::En,
                                             Language::Unknown};
inline constexpr Status kAllStatuses[] = {Status::New,      Status::InProgress,
                                          Status::WaitingForBuyer, Status::Resolved,
                                          Status::ReviewRevised,   Status::Appealed,
                                          Status::Closed};

// Stable keys used in files, the database and the CLI ("product", "after_sales", "ozon", ...).
std::string_view toKey(Platform platform);
std::string_view toKey(Category category);
std::string_view toKey(Language language);
std::string_view toKey(Polarity polarity);
std::string_view toKey(Status status);

std::optional<Platform> platformFromKey(std::string_view key);
std::optional<Category> categoryFromKey(std::string_view key);
std::optional<Language> languageFromKey(std::string_view key);
std::optional<Polarity> polarityFromKey(std::string_view key);
std::optional<Status> statusFromKey(std::string_view key);

// Polarity implied by a 1-5 star rating.
Polarity polarityFromRating(int stars);

// "product;price" <-> {Product, Price}; unknown keys are ignored by the parser.
std::string joinCategories(const std::vector<Category>& categories);
std::vector<Category> splitCategories(std::string_view text);

} // namespace rd
