#include "model/ReviewFilterJson.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace rd {
namespace {

using nlohmann::json;

template <typename E>
json keys(const std::vector<E>& values)
{
    json out = json::array();
    for (E v : values) {
        out.push_back(std::string(toKey(v)));
    }
    return out;
}

[[noreturn]] void bad(const std::string& key, const std::string& why)
{
    throw std::invalid_argument("saved view: \"" + key + "\" " + why);
}

template <typename E, typename FromKey>
void readKeys(const json& j, const char* key, std::vector<E>& out, FromKey fromKey)
{
    if (!j.contains(key)) {
        return;
    }
    const json& list = j.at(key);
    if (!list.is_array()) {
        bad(key, "is not a list");
    }
    for (const json& item : list) {
        if (!item.is_string()) {
            bad(key, "holds a value that is not text");
        }
        auto value = fromKey(item.get<std::string>());
        if (!value) {
            bad(key, "holds an unknown value \"" + item.get<std::string>() + "\"");
        }
        out.push_back(*value);
    }
}

template <typename T>
std::optional<T> readOpt(const json& j, const char* key)
{
    if (!j.contains(key) || j.at(key).is_null()) {
        return std::nullopt;
    }
    try {
        return j.at(key).get<T>();
    } catch (const json::exception&) {
        bad(key, "has a value of the wrong type");
    }
}

} // namespace

std::string filterToJson(const ReviewFilter& f)
{
    json j = json::object();
    auto putList = [&j](const char* key, json list) {
        if (!list.empty()) {
            j[key] = std::move(list);
        }
    };
    putList("platforms", keys(f.platforms));
    putList("shops", json(f.shops));
    putList("polarities", keys(f.polarities));
    putList("categories", keys(f.categories));
    putList("statuses", keys(f.statuses));
    putList("languages", keys(f.languages));
    putList("ids", json(f.ids));
    auto putOpt = [&j](const char* key, const auto& value) {
        if (value) {
            j[key] = *value;
        }
    };
    putOpt("minRating", f.minRating);
    putOpt("maxRating", f.maxRating);
    putOpt("suspicious", f.suspicious);
    putOpt("safety", f.safety);
    putOpt("assignee", f.assignee);
    putOpt("publishedFrom", f.publishedFrom);
    putOpt("publishedTo", f.publishedTo);
    auto putText = [&j](const char* key, const std::string& value) {
        if (!value.empty()) {
            j[key] = value;
        }
    };
    putText("product", f.product);
    putText("customerId", f.customerId);
    putText("search", f.search);
    if (f.overdueOnly) {
        j["overdueOnly"] = true;
    }
    if (f.unclassifiedOnly) {
        j["unclassifiedOnly"] = true;
    }
    return j.dump();
}

ReviewFilter filterFromJson(std::string_view text)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        throw std::invalid_argument("saved view: the filter is not a JSON object");
    }
    ReviewFilter f;
    readKeys(j, "platforms", f.platforms, [](const std::string& k) { return platformFromKey(k); });
    readKeys(j, "polarities", f.polarities,
             [](const std::string& k) { return polarityFromKey(k); });
    readKeys(j, "categories", f.categories,
             [](const std::string& k) { return categoryFromKey(k); });
    readKeys(j, "statuses", f.statuses, [](const std::string& k) { return statusFromKey(k); });
    readKeys(j, "languages", f.languages, [](const std::string& k) { return languageFromKey(k); });
    f.shops = readOpt<std::vector<std::string>>(j, "shops").value_or(std::vector<std::string>{});
    f.ids = readOpt<std::vector<std::int64_t>>(j, "ids").value_or(std::vector<std::int64_t>{});
    f.minRating = readOpt<int>(j, "minRating");
    f.maxRating = readOpt<int>(j, "maxRating");
    f.suspicious = readOpt<bool>(j, "suspicious");
    f.safety = readOpt<bool>(j, "safety");
    f.assignee = readOpt<std::string>(j, "assignee");
    f.publishedFrom = readOpt<Timestamp>(j, "publishedFrom");
    f.publishedTo = readOpt<Timestamp>(j, "publishedTo");
    f.product = readOpt<std::string>(j, "product").value_or("");
    f.customerId = readOpt<std::string>(j, "customerId").value_or("");
    f.search = readOpt<std::string>(j, "search").value_or("");
    f.overdueOnly = readOpt<bool>(j, "overdueOnly").value_or(false);
    f.unclassifiedOnly = readOpt<bool>(j, "unclassifiedOnly").value_or(false);
    return f;
}

} // namespace rd
