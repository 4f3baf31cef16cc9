#include "classify/RuleFileParser.h"
#include "util/JsonOverflow.h"

#include "classify/JsonLineIndex.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace rd {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxProblems = 100;

struct Pending
{
    std::string pointer;
    std::string message;
    bool warning = false;
};

class Checker
{
public:
    void error(std::string pointer, std::string message)
    {
        add(std::move(pointer), std::move(message), false);
        ++m_errors;
    }
    void warn(std::string pointer, std::string message)
    {
        add(std::move(pointer), std::move(message), true);
    }
    bool hasErrors() const { return m_errors > 0; }
    const std::vector<Pending>& problems() const { return m_problems; }

private:
    void add(std::string pointer, std::string message, bool warning)
    {
        if (m_problems.size() < kMaxProblems) {
            m_problems.push_back({std::move(pointer), std::move(message), warning});
        }
    }
    std::vector<Pending> m_problems;
    int m_errors = 0;
};

std::string inQuotes(const std::string& s)
{
    return "'" + s + "'";
}

// Rejects keys an object may not have (typos such as "wieght" must not pass silently).
void checkKeys(const Json& object, const std::string& pointer,
               std::initializer_list<const char*> allowed, const char* what, Checker& c)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](const char* k) { return it.key() == k; });
        if (!known) {
            std::string list;
            for (const char* k : allowed) {
                list += list.empty() ? k : std::string(", ") + k;
            }
            c.error(pointer + "/" + it.key(), "unknown key " + inQuotes(it.key()) + " in " + what +
                                                  " (allowed: " + list + ")");
        }
    }
}

std::optional<LanguageMask> languageOf(const std::string& key)
{
    if (key == "any" || key == "*") {
        return kAnyLanguage;
    }
    if (auto lang = languageFromKey(key); lang && *lang != Language::Unknown) {
        return languageBit(*lang);
    }
    return std::nullopt;
}

std::optional<LanguageMask> parseLanguageList(const Json& v, const std::string& pointer, Checker& c)
{
    const char* expected = "\"language\" must be \"zh\", \"ru\", \"en\", \"any\" or a list of them";
    if (v.is_string()) {
        auto mask = languageOf(v.get<std::string>());
        if (!mask) {
            c.error(pointer, std::string("unknown language ") + inQuotes(v.get<std::string>()) +
                                 ": " + expected);
        }
        return mask;
    }
    if (!v.is_array() || v.empty()) {
        c.error(pointer, expected);
        return std::nullopt;
    }
    LanguageMask mask = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        auto one = v[i].is_string() ? languageOf(v[i].get<std::string>()) : std::nullopt;
        if (!one) {
            c.error(pointer + "/" + std::to_string(i), expected);
            return std::nullopt;
        }
        mask |= *one;
    }
    return mask;
}

// A list of terms. `required`: must exist and hold at least one term.
void parseTerms(const Json& parent, const char* key, const std::string& pointer, bool allowPieces,
                bool required, std::vector<TermPattern>& out, Checker& c)
{
    const std::string here = pointer + "/" + key;
    auto it = parent.find(key);
    if (it == parent.end()) {
        if (required) {
            c.error(pointer, std::string("missing \"") + key + "\": a list of terms");
        }
        return;
    }
    if (!it->is_array()) {
        c.error(here, std::string("\"") + key + "\" must be a list of strings");
        return;
    }
    if (it->empty() && required) {
        c.error(here, std::string("\"") + key + "\" is empty: a rule needs at least one term");
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const Json& t = (*it)[i];
        const std::string at = here + "/" + std::to_string(i);
        if (!t.is_string()) {
            c.error(at, std::string("every entry of \"") + key + "\" must be a string");
            continue;
        }
        const std::string written = t.get<std::string>();
        std::string reason;
        auto pattern = TermPattern::parse(written, allowPieces, reason);
        if (!pattern) {
            c.error(at, "term " + inQuotes(written) + ": " + reason);
            continue;
        }
        if (!seen.insert(written).second) {
            c.warn(at, "term " + inQuotes(written) + " is listed twice");
            continue;
        }
        out.push_back(std::move(*pattern));
    }
}

bool validId(const std::string& id)
{
    if (id.empty() || id.size() > 100) {
        return false;
    }
    return std::all_of(id.begin(), id.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
               ch == '.' || ch == '_' || ch == '-';
    });
}

void parseRuleBody(const Json& r, const std::string& pointer, Rule& rule, Checker& c)
{
    auto target = r.find("target");
    if (target == r.end() || !target->is_string()) {
        c.error(pointer, "missing \"target\": one of product, logistics, after_sales, price, "
                         "other, suspicious, safety");
    } else if (auto t = ruleTargetFromKey(target->get<std::string>())) {
        rule.target = *t;
    } else {
        c.error(pointer + "/target",
                "unknown target " + inQuotes(target->get<std::string>()) +
                    ": use product, logistics, after_sales, price, other, suspicious or safety");
    }
    if (auto cat = r.find("category"); cat != r.end()) {
        auto t = cat->is_string() ? ruleTargetFromKey(cat->get<std::string>()) : std::nullopt;
        if (!t || isFlag(*t)) {
            c.error(pointer + "/category", "\"category\" must be one of product, logistics, "
                                           "after_sales, price, other");
        } else if (!isFlag(rule.target)) {
            c.error(pointer + "/category",
                    "\"category\" is for flag rules (target suspicious or safety)");
        } else {
            rule.category = t;
        }
    }
    if (auto w = r.find("weight"); w != r.end()) {
        if (!w->is_number() || w->get<double>() <= 0.0 || w->get<double>() > 100.0) {
            c.error(pointer + "/weight", "\"weight\" must be a number above 0 and at most 100");
        } else {
            rule.weight = w->get<double>();
        }
    }
    if (auto n = r.find("negatable"); n != r.end()) {
        if (!n->is_boolean()) {
            c.error(pointer + "/negatable", "\"negatable\" must be true or false");
        } else {
            rule.negatable = n->get<bool>();
        }
    }
    if (auto n = r.find("note"); n != r.end()) {
        if (!n->is_string()) {
            c.error(pointer + "/note", "\"note\" must be a string");
        } else {
            rule.note = n->get<std::string>();
        }
    }
    parseTerms(r, "terms", pointer, true, true, rule.terms, c);
    parseTerms(r, "exclude", pointer, true, false, rule.exclude, c);
    parseTerms(r, "excludeClause", pointer, true, false, rule.excludeClause, c);
    parseTerms(r, "excludeReview", pointer, true, false, rule.excludeReview, c);
}

void parseRule(const Json& r, const std::string& pointer, LanguageMask fileLanguages, RuleFile& out,
               std::set<std::string>& ids, Checker& c)
{
    if (!r.is_object()) {
        c.error(pointer,
                "a rule must be an object {\"id\": ..., \"target\": ..., \"terms\": [...]}");
        return;
    }
    checkKeys(r, pointer,
              {"id", "target", "category", "weight", "language", "terms", "exclude",
               "excludeClause", "excludeReview", "negatable", "disabled", "note"},
              "a rule", c);
    auto id = r.find("id");
    if (id == r.end() || !id->is_string() || !validId(id->get<std::string>())) {
        c.error(id == r.end() ? pointer : pointer + "/id",
                "a rule needs an \"id\" of letters, digits, '.', '_' or '-' (at most 100)");
        return;
    }
    Rule rule;
    rule.id = id->get<std::string>();
    rule.file = out.name;
    if (!ids.insert(rule.id).second) {
        c.error(pointer + "/id", "rule id " + inQuotes(rule.id) + " is used twice in this file");
        return;
    }
    if (auto d = r.find("disabled"); d != r.end()) {
        if (!d->is_boolean()) {
            c.error(pointer + "/disabled", "\"disabled\" must be true or false");
            return;
        }
        if (d->get<bool>()) {
            out.disabled.emplace_back(rule.id, 0);
            return; // a switched-off rule needs nothing else
        }
    }
    rule.languages = fileLanguages;
    if (auto l = r.find("language"); l != r.end()) {
        if (auto mask = parseLanguageList(*l, pointer + "/language", c)) {
            rule.languages = *mask;
        }
    }
    parseRuleBody(r, pointer, rule, c);
    out.rules.push_back(std::move(rule));
}

void parseCueList(const Json& parent, const char* key, const std::string& pointer,
                  std::vector<TermPattern>& out, Checker& c)
{
    parseTerms(parent, key, pointer, false, false, out, c);
}

std::optional<int> parseWindow(const Json& parent, const char* key, const std::string& pointer,
                               Checker& c)
{
    auto it = parent.find(key);
    if (it == parent.end()) {
        return std::nullopt;
    }
    if (!it->is_number_integer() || it->get<int>() < 0 || it->get<int>() > 20) {
        c.error(pointer + "/" + key, std::string("\"") + key + "\" must be a whole number 0-20");
        return std::nullopt;
    }
    return it->get<int>();
}

void parseLanguageBlock(const Json& v, const std::string& pointer, RuleFile& out, Checker& c)
{
    if (!v.is_object()) {
        c.error(pointer, "\"languages\" must be an object keyed by zh, ru, en");
        return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string here = pointer + "/" + it.key();
        auto lang = languageFromKey(it.key());
        if (!lang || *lang == Language::Unknown) {
            c.error(here, "unknown language " + inQuotes(it.key()) + " (use zh, ru or en)");
            continue;
        }
        const Json& block = *it;
        if (!block.is_object()) {
            c.error(here, "a language entry must be an object");
            continue;
        }
        checkKeys(block, here, {"negation", "contrast", "concession"}, "a language entry", c);
        RuleFile::CuePatch patch;
        patch.language = *lang;
        if (auto n = block.find("negation"); n != block.end()) {
            const std::string neg = here + "/negation";
            if (!n->is_object()) {
                c.error(neg, "\"negation\" must be an object");
            } else {
                checkKeys(*n, neg, {"before", "after", "ignore", "window", "afterWindow"},
                          "\"negation\"", c);
                parseCueList(*n, "before", neg, patch.cues.negationBefore, c);
                parseCueList(*n, "after", neg, patch.cues.negationAfter, c);
                parseCueList(*n, "ignore", neg, patch.cues.negationIgnore, c);
                patch.window = parseWindow(*n, "window", neg, c);
                patch.afterWindow = parseWindow(*n, "afterWindow", neg, c);
            }
        }
        parseCueList(block, "contrast", here, patch.cues.contrast, c);
        parseCueList(block, "concession", here, patch.cues.concession, c);
        out.cues.push_back(std::move(patch));
    }
}

struct SettingSpec
{
    const char* key;
    double min;
    double max;
    bool integer;
};

constexpr SettingSpec kSettings[] = {
    {"minScore", 0.0, 1000.0, false},       {"positiveMinScore", 0.0, 1000.0, false},
    {"alsoMinScore", 0.0, 1000.0, false},   {"alsoRatio", 0.0, 1.0, false},
    {"flagMinScore", 0.0, 1000.0, false},   {"repeatFactor", 0.0, 1.0, false},
    {"contrastBefore", 0.0, 10.0, false},   {"contrastAfter", 0.0, 10.0, false},
    {"concessionFactor", 0.0, 10.0, false}, {"titleFactor", 0.0, 10.0, false},
    {"phraseGap", 0.0, 50.0, true},         {"maxEvidence", 1.0, 100000.0, true},
};

void parseSettings(const Json& v, const std::string& pointer, RuleFile& out, Checker& c)
{
    if (!v.is_object()) {
        c.error(pointer, "\"settings\" must be an object");
        return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string here = pointer + "/" + it.key();
        const SettingSpec* spec = nullptr;
        for (const SettingSpec& s : kSettings) {
            spec = it.key() == s.key ? &s : spec;
        }
        if (!spec) {
            c.error(here, "unknown setting " + inQuotes(it.key()) + " (see docs/rules.md)");
            continue;
        }
        const bool typeOk = spec->integer ? it->is_number_integer() : it->is_number();
        const double value = it->is_number() ? it->get<double>() : 0.0;
        if (!typeOk || value < spec->min || value > spec->max) {
            c.error(here, "setting " + inQuotes(it.key()) + " must be " +
                              (spec->integer ? "a whole number" : "a number") + " from " +
                              Json(spec->min).dump() + " to " + Json(spec->max).dump());
            continue;
        }
        out.settings.emplace_back(it.key(), value);
    }
}

void parseDocument(const Json& doc, RuleFile& out, Checker& c)
{
    if (!doc.is_object()) {
        c.error("", "a rule file must be a JSON object {\"rules\": [...]}");
        return;
    }
    checkKeys(doc, "", {"format", "description", "language", "languages", "settings", "rules"},
              "the file", c);
    if (auto f = doc.find("format"); f != doc.end() && *f != RuleFileParser::kFormat) {
        c.error("/format", std::string("unsupported \"format\": this version reads \"") +
                               RuleFileParser::kFormat + "\"");
    }
    LanguageMask fileLanguages = kAnyLanguage;
    if (auto l = doc.find("language"); l != doc.end()) {
        fileLanguages = parseLanguageList(*l, "/language", c).value_or(kAnyLanguage);
    }
    if (auto l = doc.find("languages"); l != doc.end()) {
        parseLanguageBlock(*l, "/languages", out, c);
    }
    if (auto s = doc.find("settings"); s != doc.end()) {
        parseSettings(*s, "/settings", out, c);
    }
    auto rules = doc.find("rules");
    if (rules == doc.end()) {
        return; // a file may only set languages or settings
    }
    if (!rules->is_array()) {
        c.error("/rules", "\"rules\" must be a list of rules");
        return;
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < rules->size(); ++i) {
        parseRule((*rules)[i], "/rules/" + std::to_string(i), fileLanguages, out, ids, c);
    }
}

// nlohmann's message without its own "[json.exception...] parse error at line L, column C:"
// prefix (its column counts bytes; ours counts characters).
std::string parseErrorReason(const std::string& what)
{
    const std::size_t column = what.find("column ");
    const std::size_t colon = what.find(": ", column == std::string::npos ? 0 : column);
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    return "not valid JSON: " + reason;
}

} // namespace

std::optional<RuleFile> RuleFileParser::parse(std::string_view text, const std::string& name,
                                              std::vector<RuleProblem>& problems)
{
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end(), nullptr, true, true);
    } catch (const Json::parse_error& e) {
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const auto [line, column] = JsonLineIndex::lineColumn(text, offset);
        problems.push_back({name, line, column, parseErrorReason(e.what()), false});
        return std::nullopt;
    } catch (const Json::out_of_range& e) {
        problems.push_back({name, static_cast<int>(JsonOverflow::line(text, e.what())), 0,
                            JsonOverflow::reason(e.what()), false});
        return std::nullopt;
    }
    RuleFile file;
    file.name = name;
    Checker checker;
    parseDocument(doc, file, checker);
    if (!checker.problems().empty()) {
        const JsonLineIndex index(text);
        for (const Pending& p : checker.problems()) {
            const auto [line, column] = index.position(p.pointer);
            problems.push_back({name, line, column, p.message, p.warning});
        }
    }
    // Lines of the rules and of the switched-off ids, for later messages (override, version).
    if (!checker.hasErrors() && (!file.rules.empty() || !file.disabled.empty())) {
        const JsonLineIndex index(text);
        const auto rules = doc.find("rules");
        for (std::size_t i = 0, r = 0, d = 0; rules != doc.end() && i < rules->size(); ++i) {
            const int line = index.position("/rules/" + std::to_string(i)).first;
            const bool off = (*rules)[i].value("disabled", false);
            if (off && d < file.disabled.size()) {
                file.disabled[d++].second = line;
            } else if (!off && r < file.rules.size()) {
                file.rules[r++].line = line;
            }
        }
    }
    if (checker.hasErrors()) {
        return std::nullopt;
    }
    return file;
}

} // namespace rd
