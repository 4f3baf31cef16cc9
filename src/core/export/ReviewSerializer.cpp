#include "export/ReviewSerializer.h"

#include <nlohmann/json.hpp>

#include <ctime>

namespace rd {

std::string isoTime(std::optional<Timestamp> ms)
{
    if (!ms) {
        return {};
    }
    std::time_t secs = static_cast<std::time_t>(*ms / 1000);
    if (*ms < 0 && *ms % 1000 != 0) {
        --secs;
    }
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::vector<std::string> ReviewSerializer::csvHeader()
{
    return {"id",       "platform",      "external_id", "shop",     "sku",      "product",
            "customer_id", "customer_name", "order_id",    "rating",   "polarity", "language",
            "published_at", "title",      "text",        "category", "also",     "suspicious",
            "safety",   "status",        "follow_up_at"};
}

std::vector<std::string> ReviewSerializer::csvRow(const ReviewRecord& rec)
{
    const Review& r = rec.review;
    auto cat = rec.category();
    return {std::to_string(r.id),
            std::string(toKey(r.platform)),
            r.externalId,
            r.shop,
            r.sku,
            r.product,
            r.customerId,
            r.customerName,
            r.orderId,
            r.rating ? std::to_string(*r.rating) : std::string(),
            std::string(toKey(r.polarity)),
            std::string(toKey(r.language)),
            isoTime(r.publishedAt),
            r.title,
            r.text,
            cat ? std::string(toKey(*cat)) : std::string(),
            joinCategories(rec.also),
            rec.suspicious ? "1" : "0",
            rec.safety ? "1" : "0",
            std::string(toKey(rec.workflow.status)),
            isoTime(rec.workflow.followUpAt)};
}

nlohmann::json ReviewSerializer::toJson(const ReviewRecord& rec)
{
    const Review& r = rec.review;
    nlohmann::json j = {
        {"id", r.id},
        {"platform", toKey(r.platform)},
        {"external_id", r.externalId},
        {"shop", r.shop},
        {"sku", r.sku},
        {"product", r.product},
        {"customer_id", r.customerId},
        {"customer_name", r.customerName},
        {"order_id", r.orderId},
        {"rating", r.rating ? nlohmann::json(*r.rating) : nlohmann::json()},
        {"polarity", toKey(r.polarity)},
        {"language", toKey(r.language)},
        {"published_at", r.publishedAt ? nlohmann::json(isoTime(r.publishedAt)) : nlohmann::json()},
        {"title", r.title},
        {"text", r.text},
        {"source_file", r.sourceFile},
        {"status", toKey(rec.workflow.status)},
    };
    auto cat = rec.category();
    j["category"] = cat ? nlohmann::json(toKey(*cat)) : nlohmann::json();
    j["category_overridden"] = rec.overrideCategory.has_value();
    nlohmann::json also = nlohmann::json::array();
    for (Category c : rec.also) {
        also.push_back(toKey(c));
    }
    j["also"] = also;
    j["suspicious"] = rec.suspicious;
    j["safety"] = rec.safety;
    return j;
}

} // namespace rd
