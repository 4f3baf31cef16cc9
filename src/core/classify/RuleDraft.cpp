#include "classify/RuleDraft.h"

#include "classify/RuleFileParser.h"

#include <QDir>
#include <QFile>

namespace rd {
namespace {

std::vector<std::string> written(const std::vector<TermPattern>& patterns)
{
    std::vector<std::string> out;
    out.reserve(patterns.size());
    for (const TermPattern& p : patterns) {
        out.push_back(p.written);
    }
    return out;
}

} // namespace

std::vector<std::string> RuleDraft::languageKeys(LanguageMask mask)
{
    if ((mask & kAnyLanguage) == kAnyLanguage) {
        return {"any"};
    }
    std::vector<std::string> out;
    for (Language language : {Language::Zh, Language::Ru, Language::En}) {
        if ((mask & languageBit(language)) != 0) {
            out.emplace_back(toKey(language));
        }
    }
    return out;
}

RuleDraft RuleDraft::fromRule(const Rule& rule)
{
    RuleDraft d;
    d.id = rule.id;
    d.target = std::string(toKey(rule.target));
    d.weight = rule.weight;
    d.category = rule.category ? std::string(toKey(*rule.category)) : std::string();
    d.languages = languageKeys(rule.languages);
    d.terms = written(rule.terms);
    d.exclude = written(rule.exclude);
    d.excludeClause = written(rule.excludeClause);
    d.excludeReview = written(rule.excludeReview);
    d.negatable = rule.negatable;
    d.note = rule.note;
    d.file = rule.file;
    d.line = rule.line;
    return d;
}

std::vector<RuleDraft> RuleDraft::builtin(const std::string& dir,
                                          std::vector<RuleProblem>& problems)
{
    // The same files in the same order as ClassifierFactory reads them.
    const QString folder = dir.empty() ? QStringLiteral(":/rules") : QString::fromStdString(dir);
    const QStringList names =
        QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    std::vector<RuleDraft> out;
    for (const QString& name : names) {
        const QString path = folder + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.push_back({path.toStdString(), 0, 0,
                                "cannot read the file: " + file.errorString().toStdString(),
                                false});
            continue;
        }
        const QByteArray content = file.readAll();
        auto parsed = RuleFileParser::parse(
            std::string_view(content.constData(), static_cast<std::size_t>(content.size())),
            path.toStdString(), problems);
        if (!parsed) {
            continue;
        }
        for (const Rule& rule : parsed->rules) {
            out.push_back(fromRule(rule));
        }
    }
    return out;
}

bool RuleDraft::sameContent(const RuleDraft& o) const
{
    return id == o.id && target == o.target && weight == o.weight && category == o.category &&
           languages == o.languages && terms == o.terms && exclude == o.exclude &&
           excludeClause == o.excludeClause && excludeReview == o.excludeReview &&
           negatable == o.negatable && note == o.note && unknownKeys == o.unknownKeys;
}

} // namespace rd
