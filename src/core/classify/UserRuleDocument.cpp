#include "classify/UserRuleDocument.h"
#include "util/JsonOverflow.h"

#include "classify/JsonLineIndex.h"
#include "classify/RuleFileParser.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace rd {
namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> strings(const Json& rule, const char* key, Json& unknown)
{
    std::vector<std::string> out;
    auto it = rule.find(key);
    if (it == rule.end()) {
        return out;
    }
    bool allStrings = it->is_array();
    for (const Json& v : allStrings ? *it : Json::array()) {
        allStrings = allStrings && v.is_string();
    }
    if (!allStrings) {
        unknown[key] = *it; // kept as written: the parser explains what is wrong
        return out;
    }
    for (const Json& v : *it) {
        out.push_back(v.get<std::string>());
    }
    return out;
}

RuleDraft draftOf(const Json& r)
{
    RuleDraft d;
    Json unknown = Json::object();
    for (auto it = r.begin(); it != r.end(); ++it) {
        static const char* known[] = {
            "id",      "target",        "category",      "weight",    "language", "terms",
            "exclude", "excludeClause", "excludeReview", "negatable", "note"};
        if (std::none_of(std::begin(known), std::end(known),
                         [&](const char* k) { return it.key() == k; })) {
            unknown[it.key()] = it.value();
        }
    }
    auto text = [&](const char* key, std::string& into) {
        auto it = r.find(key);
        if (it != r.end() && it->is_string()) {
            into = it->get<std::string>();
        } else if (it != r.end()) {
            unknown[key] = *it;
        }
    };
    text("id", d.id);
    text("target", d.target);
    text("category", d.category);
    text("note", d.note);
    if (auto w = r.find("weight"); w != r.end()) {
        w->is_number() ? void(d.weight = w->get<double>()) : void(unknown["weight"] = *w);
    }
    if (auto n = r.find("negatable"); n != r.end()) {
        n->is_boolean() ? void(d.negatable = n->get<bool>()) : void(unknown["negatable"] = *n);
    }
    if (auto l = r.find("language"); l != r.end()) {
        if (l->is_string()) {
            d.languages = {l->get<std::string>()};
        } else {
            d.languages = strings(r, "language", unknown);
        }
    }
    d.terms = strings(r, "terms", unknown);
    d.exclude = strings(r, "exclude", unknown);
    d.excludeClause = strings(r, "excludeClause", unknown);
    d.excludeReview = strings(r, "excludeReview", unknown);
    if (!unknown.empty()) {
        d.unknownKeys = unknown.dump();
    }
    return d;
}

Json jsonOf(const RuleDraft& d)
{
    Json r = Json::object();
    r["id"] = d.id;
    r["target"] = d.target;
    if (!d.category.empty()) {
        r["category"] = d.category;
    }
    if (d.weight != 1.0) {
        r["weight"] = d.weight;
    }
    if (d.languages.size() == 1) {
        r["language"] = d.languages.front();
    } else if (!d.languages.empty()) {
        r["language"] = d.languages;
    }
    r["terms"] = d.terms;
    const std::pair<const char*, const std::vector<std::string>*> lists[] = {
        {"exclude", &d.exclude},
        {"excludeClause", &d.excludeClause},
        {"excludeReview", &d.excludeReview}};
    for (const auto& [key, list] : lists) {
        if (!list->empty()) {
            r[key] = *list;
        }
    }
    if (!d.negatable) {
        r["negatable"] = false;
    }
    if (!d.note.empty()) {
        r["note"] = d.note;
    }
    if (!d.unknownKeys.empty()) {
        const Json extra = Json::parse(d.unknownKeys, nullptr, false);
        for (auto it = extra.begin(); extra.is_object() && it != extra.end(); ++it) {
            r[it.key()] = it.value();
        }
    }
    return r;
}

int countLines(const std::string& s)
{
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

// `value` dumped with 2-space indentation and every line after the first indented by `by`.
std::string indented(const Json& value, const std::string& by)
{
    std::string out;
    for (char ch : value.dump(2)) {
        out += ch;
        if (ch == '\n') {
            out += by;
        }
    }
    return out;
}

} // namespace

UserRuleDocument::UserRuleDocument() : m_other(R"({"format":"reviewdesk-rules/1"})") {}

std::optional<UserRuleDocument> UserRuleDocument::fromText(std::string_view text,
                                                           std::string& error)
{
    Json root;
    try {
        root = Json::parse(text.begin(), text.end(), nullptr, true, true);
    } catch (const Json::parse_error& e) {
        const auto [line, column] = JsonLineIndex::lineColumn(text, e.byte > 0 ? e.byte - 1 : 0);
        error = std::to_string(line) + ":" + std::to_string(column) + ": not valid JSON";
        return std::nullopt;
    } catch (const Json::out_of_range& e) {
        error = std::to_string(JsonOverflow::line(text, e.what())) +
                ":1: " + JsonOverflow::reason(e.what());
        return std::nullopt;
    }
    if (!root.is_object()) {
        error = "1:1: a rule file is a JSON object {\"rules\": [...]}";
        return std::nullopt;
    }
    UserRuleDocument doc;
    Json other = Json::object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != "rules" || !it->is_array()) {
            other[it.key()] = it.value();
        }
    }
    doc.m_other = other.dump();
    for (const Json& r : root.value("rules", Json::array())) {
        const bool off = r.is_object() && r.value("disabled", false) == true && r.contains("id") &&
                         r["id"].is_string() && r.size() == 2;
        if (off) {
            doc.m_disabled.push_back(r["id"].get<std::string>());
        } else if (r.is_object()) {
            doc.m_rules.push_back(draftOf(r));
        }
    }
    return doc;
}

std::string UserRuleDocument::toText(std::vector<int>* ruleLines) const
{
    const Json other = Json::parse(m_other, nullptr, false);
    std::string out = "{\n";
    for (auto it = other.begin(); other.is_object() && it != other.end(); ++it) {
        out += "  " + Json(it.key()).dump() + ": " + indented(it.value(), "  ") + ",\n";
    }
    out += "  \"rules\": [";
    bool first = true;
    auto entry = [&](const Json& value, bool rule) {
        out += first ? "\n    " : ",\n    ";
        first = false;
        if (ruleLines && rule) {
            ruleLines->push_back(countLines(out) + 1);
        }
        out += indented(value, "    ");
    };
    for (const std::string& id : m_disabled) {
        entry(Json{{"id", id}, {"disabled", true}}, false);
    }
    for (const RuleDraft& d : m_rules) {
        entry(jsonOf(d), true);
    }
    out += first ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

int UserRuleDocument::indexOf(const std::string& id) const
{
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool UserRuleDocument::isDisabled(const std::string& id) const
{
    return std::find(m_disabled.begin(), m_disabled.end(), id) != m_disabled.end();
}

void UserRuleDocument::setDisabled(const std::string& id, bool disabled)
{
    auto it = std::find(m_disabled.begin(), m_disabled.end(), id);
    if (disabled && it == m_disabled.end()) {
        m_disabled.push_back(id);
    } else if (!disabled && it != m_disabled.end()) {
        m_disabled.erase(it);
    }
}

} // namespace rd
