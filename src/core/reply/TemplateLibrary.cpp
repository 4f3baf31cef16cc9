#include "reply/TemplateLibrary.h"

#include "reply/TemplateError.h"
#include "reply/TemplateFileParser.h"
#include "text/CharClass.h"
#include "text/Utf8.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

namespace rd {
namespace {

using nlohmann::json;

std::string readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw TemplateError(path.toStdString(), 0, 0, "", "cannot read the built-in file");
    }
    return file.readAll().toStdString();
}

// Merges `update` into `base`: fields replace fields; "variants" and "remedy" merge per language.
void mergeInto(json& base, const json& update)
{
    for (const auto& [key, value] : update.items()) {
        if ((key == "variants" || key == "remedy") && base.contains(key)) {
            for (const auto& [lang, v] : value.items()) {
                base[key][lang] = v;
            }
        } else {
            base[key] = value;
        }
    }
}

std::string joinLines(const json& variant)
{
    if (variant.is_string()) {
        return variant.get<std::string>();
    }
    std::string out;
    for (std::size_t i = 0; i < variant.size(); ++i) {
        out += (i ? "\n" : "") + variant[i].get<std::string>();
    }
    return out;
}

} // namespace

TemplateLibrary TemplateLibrary::builtIn()
{
    TemplateLibrary library;
    QDir dir(QStringLiteral(":/templates"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        library.addJson(readResource(path), path.toStdString());
    }
    return library;
}

TemplateLibrary TemplateLibrary::withUserFile(const std::string& userFile)
{
    TemplateLibrary library = builtIn();
    std::error_code ec;
    if (!userFile.empty() && std::filesystem::exists(userFile, ec)) {
        library.addFile(userFile);
    }
    return library;
}

void TemplateLibrary::addFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw TemplateError(path, 0, 0, "", "cannot open the file");
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        throw TemplateError(path, 0, 0, "", "cannot read the file");
    }
    addJson(text.str(), path);
}

void TemplateLibrary::addJson(std::string_view text, const std::string& sourceName)
{
    const TemplateFile file = TemplateFileParser::parse(text, sourceName);
    auto merged = m_merged;
    std::set<std::string, std::less<>> changed;
    for (const TemplateFileEntry& entry : file.templates) {
        changed.insert(entry.id);
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&](const auto& m) { return m.first == entry.id; });
        if (it == merged.end()) {
            merged.push_back({entry.id, {entry.object, sourceName, entry.line}});
        } else {
            mergeInto(it->second.object, entry.object);
            it->second.source = sourceName;
            it->second.line = entry.line;
        }
    }
    ReplyLimits limits = m_limits;
    for (const auto& [platform, max] : file.limits) {
        limits.setLimit(platform, max);
    }
    rebuild(std::move(merged), changed); // throws before anything is replaced
    m_limits = limits;
    m_sources.push_back(sourceName);
}

void TemplateLibrary::rebuild(std::vector<std::pair<std::string, Merged>> merged,
                              const std::set<std::string, std::less<>>& changed)
{
    std::vector<ReplyTemplate> templates;
    for (const auto& [id, m] : merged) {
        if (m.object.value("disabled", false)) {
            continue;
        }
        const ReplyTemplate* built = changed.count(id) ? nullptr : find(id);
        templates.push_back(built ? *built : build(id, m));
    }
    m_merged = std::move(merged);
    m_templates = std::move(templates);
}

ReplyTemplate TemplateLibrary::build(const std::string& id, const Merged& m)
{
    auto fail = [&](const std::string& reason) {
        throw TemplateError(m.source, m.line, 0, id, reason);
    };
    const json& o = m.object;
    ReplyTemplate t;
    t.id = id;
    t.source = m.source;
    t.kind = templateKindFromKey(o.value("kind", "complaint")).value_or(TemplateKind::Complaint);
    if (o.contains("category")) {
        t.category = categoryFromKey(o["category"].get<std::string>());
    }
    if (t.kind == TemplateKind::Complaint && !t.category) {
        fail("a complaint template needs a \"category\"");
    }
    if (t.kind != TemplateKind::Complaint && t.category) {
        fail("only complaint templates have a \"category\"");
    }
    t.subReason = o.value("sub_reason", "");
    const json match = o.value("match", json::array());
    for (const auto& p : match) {
        t.match.push_back(fold(p.get<std::string>()));
    }
    if (t.subReason.empty() != t.match.empty()) {
        fail("\"sub_reason\" and \"match\" go together: a sub-reason applies when one of its"
             " patterns matches the evidence");
    }
    const json platforms = o.value("platforms", json::array());
    for (const auto& p : platforms) {
        if (auto platform = platformFromKey(p.get<std::string>())) {
            t.platforms.push_back(*platform);
        }
    }
    const json remedy = o.value("remedy", json::object()); // named: items() must not dangle
    for (const auto& [lang, text] : remedy.items()) {
        t.remedy[*languageFromKey(lang)] = text.get<std::string>();
    }
    const json variants = o.value("variants", json::object());
    for (const auto& [lang, list] : variants.items()) {
        auto& texts = t.variants[*languageFromKey(lang)];
        for (const auto& v : list) {
            TemplateSyntaxError error;
            auto parsed = TemplateText::parse(joinLines(v), error);
            if (!parsed) { // checked by the parser already; kept for safety
                fail(lang + " variant: " + error.message);
            }
            texts.push_back(std::move(*parsed));
        }
    }
    if (t.variants.empty()) {
        fail("no \"variants\": give texts for at least one language (zh, ru, en)");
    }
    return t;
}

const ReplyTemplate* TemplateLibrary::find(std::string_view id) const
{
    for (const auto& t : m_templates) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

nlohmann::json TemplateLibrary::merge(nlohmann::json base, const nlohmann::json& update)
{
    mergeInto(base, update);
    return base;
}

const nlohmann::json* TemplateLibrary::definition(std::string_view id) const
{
    for (const auto& [name, merged] : m_merged) {
        if (name == id) {
            return &merged.object;
        }
    }
    return nullptr;
}

std::optional<std::pair<std::size_t, std::size_t>>
TemplateLibrary::subReasonMatch(const ReplyTemplate& t, const TemplateQuery& q)
{
    for (std::size_t e = 0; e < q.evidence.size(); ++e) {
        std::optional<std::size_t> bestKey;
        for (const auto& pattern : t.match) {
            for (std::size_t k = 0; k < q.evidence[e].size() && (!bestKey || k < *bestKey); ++k) {
                if (globMatch(pattern, q.evidence[e][k])) {
                    bestKey = k;
                }
            }
        }
        if (bestKey) {
            return std::pair{e, *bestKey};
        }
    }
    return std::nullopt;
}

const ReplyTemplate* TemplateLibrary::select(const TemplateQuery& q,
                                             std::optional<std::size_t>* matchedEvidence) const
{
    // Lower is better: platform-specific first; then a sub-reason, by the strongest evidence
    // it matches and, within that evidence, by how specific the matching key is (words before
    // the rule's term before its id); then the later-loaded template.
    using Rank = std::tuple<int, int, std::size_t, std::size_t, int>;
    const ReplyTemplate* best = nullptr;
    Rank bestRank{};
    std::optional<std::size_t> bestEvidence;
    for (std::size_t i = 0; i < m_templates.size(); ++i) {
        const ReplyTemplate& t = m_templates[i];
        if (t.kind != q.kind || !t.appliesTo(q.platform) || !t.variantsFor(q.language) ||
            (q.kind == TemplateKind::Complaint && t.category != q.category)) {
            continue;
        }
        std::optional<std::pair<std::size_t, std::size_t>> match;
        if (!t.subReason.empty()) {
            match = subReasonMatch(t, q);
            if (!match) {
                continue; // its sub-reason is not what this review is about
            }
        }
        const Rank rank{t.isGeneric() ? 1 : 0, match ? 0 : 1, match ? match->first : 0,
                        match ? match->second : 0, -static_cast<int>(i)};
        if (!best || rank < bestRank) {
            best = &t;
            bestRank = rank;
            bestEvidence = match ? std::optional(match->first) : std::nullopt;
        }
    }
    if (matchedEvidence) {
        *matchedEvidence = bestEvidence;
    }
    return best;
}

bool TemplateLibrary::globMatch(std::string_view pattern, std::string_view key)
{
    std::size_t p = 0;
    std::size_t k = 0;
    std::size_t star = std::string_view::npos;
    std::size_t resume = 0;
    while (k < key.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = k;
        } else if (p < pattern.size() && pattern[p] == key[k]) {
            ++p;
            ++k;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            k = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

std::string TemplateLibrary::fold(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        utf8::append(out, chars::fold(utf8::next(text, pos)));
    }
    return out;
}

} // namespace rd
