#include "classify/RuleSet.h"

#include <QCryptographicHash>

#include <algorithm>

namespace rd {
namespace {

void append(std::vector<TermPattern>& to, const std::vector<TermPattern>& from)
{
    for (const TermPattern& p : from) {
        const bool known = std::any_of(
            to.begin(), to.end(), [&](const TermPattern& q) { return q.written == p.written; });
        if (!known) {
            to.push_back(p);
        }
    }
}

} // namespace

void RuleSet::add(const RuleFile& file, bool overriding, std::vector<RuleProblem>& problems)
{
    for (const auto& [id, line] : file.disabled) {
        // Captured through a reference: clang before 16 cannot capture structured bindings.
        auto it = std::find_if(m_rules.begin(), m_rules.end(),
                               [&key = id](const Rule& r) { return r.id == key; });
        if (it == m_rules.end()) {
            problems.push_back(
                {file.name, line, 0, "there is no earlier rule '" + id + "' to switch off", true});
        } else {
            m_rules.erase(it);
        }
    }
    for (const Rule& rule : file.rules) {
        auto it = std::find_if(m_rules.begin(), m_rules.end(),
                               [&](const Rule& r) { return r.id == rule.id; });
        if (it == m_rules.end()) {
            m_rules.push_back(rule);
        } else if (overriding) {
            *it = rule;
        } else {
            problems.push_back({file.name, rule.line, 0,
                                "rule id '" + rule.id + "' is already defined in " + it->file +
                                    ":" + std::to_string(it->line) + "; this rule is left out",
                                false});
        }
    }
    for (const RuleFile::CuePatch& patch : file.cues) {
        LanguageCues& cues = m_cues[static_cast<std::size_t>(patch.language)];
        append(cues.negationBefore, patch.cues.negationBefore);
        append(cues.negationAfter, patch.cues.negationAfter);
        append(cues.negationIgnore, patch.cues.negationIgnore);
        append(cues.contrast, patch.cues.contrast);
        append(cues.concession, patch.cues.concession);
        cues.window = patch.window.value_or(cues.window);
        cues.afterWindow = patch.afterWindow.value_or(cues.afterWindow);
    }
    for (const auto& [key, value] : file.settings) {
        applySetting(key, value);
    }
}

void RuleSet::applySetting(const std::string& key, double value)
{
    ScoringSettings& s = m_settings;
    const std::pair<const char*, double*> doubles[] = {
        {"minScore", &s.minScore},
        {"positiveMinScore", &s.positiveMinScore},
        {"alsoMinScore", &s.alsoMinScore},
        {"alsoRatio", &s.alsoRatio},
        {"flagMinScore", &s.flagMinScore},
        {"repeatFactor", &s.repeatFactor},
        {"contrastBefore", &s.contrastBefore},
        {"contrastAfter", &s.contrastAfter},
        {"concessionFactor", &s.concessionFactor},
        {"titleFactor", &s.titleFactor},
    };
    for (const auto& [name, field] : doubles) {
        if (key == name) {
            *field = value;
        }
    }
    if (key == "phraseGap") {
        s.phraseGap = static_cast<int>(value);
    } else if (key == "maxEvidence") {
        s.maxEvidence = static_cast<int>(value);
    }
}

void RuleSet::addVersionInput(std::string_view content)
{
    m_digests += QCryptographicHash::hash(
                     QByteArrayView(content.data(), static_cast<qsizetype>(content.size())),
                     QCryptographicHash::Sha256)
                     .toStdString();
}

std::string RuleSet::version() const
{
    const QByteArray all = QCryptographicHash::hash(
        QByteArrayView(m_digests.data(), static_cast<qsizetype>(m_digests.size())),
        QCryptographicHash::Sha256);
    return "rs-" + all.toHex().left(12).toStdString();
}

} // namespace rd
