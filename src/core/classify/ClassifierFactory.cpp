#include "classify/ClassifierFactory.h"

#include "classify/RuleFileParser.h"
#include "classify/RuleSet.h"
#include "util/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <optional>

namespace rd {
namespace {

std::optional<QByteArray> readFile(const QString& path, std::string& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = "cannot read the file: " + file.errorString().toStdString();
        return std::nullopt;
    }
    return file.readAll();
}

// Parses `path`; on success adds it to `rules` and returns true.
bool addFile(const QString& path, const QByteArray& content, bool overriding, RuleSet& rules,
             ClassifierLoad& load)
{
    const std::string name = path.toStdString();
    auto file = RuleFileParser::parse(std::string_view(content.constData(), content.size()), name,
                                      load.problems);
    if (!file) {
        return false;
    }
    rules.add(*file, overriding, load.problems);
    rules.addVersionInput(std::string_view(content.constData(), content.size()));
    load.filesUsed.push_back(name);
    return true;
}

void addBuiltins(const RuleSources& sources, RuleSet& rules, ClassifierLoad& load)
{
    const QString dir = sources.builtinDir.empty() ? QStringLiteral(":/rules")
                                                   : QString::fromStdString(sources.builtinDir);
    const QStringList names =
        QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = dir + QLatin1Char('/') + name;
        std::string error;
        auto content = readFile(path, error);
        if (!content) {
            load.problems.push_back({path.toStdString(), 0, 0, error, false});
            continue;
        }
        addFile(path, *content, false, rules, load);
    }
}

void saveLastGood(const QString& path, const QByteArray& content)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content) {
        return;
    }
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(content);
        out.commit();
    }
}

void addUserFile(const RuleSources& sources, RuleSet& rules, ClassifierLoad& load)
{
    const QString path = QString::fromStdString(sources.userFile);
    if (sources.userText) {
        const QByteArray draft = QByteArray::fromStdString(*sources.userText);
        if (!addFile(path.isEmpty() ? QStringLiteral("rules.json") : path, draft, true, rules,
                     load)) {
            load.rejected = true;
        }
        return;
    }
    if (path.isEmpty() || !QFile::exists(path)) {
        return;
    }
    std::string error;
    auto content = readFile(path, error);
    if (content && addFile(path, *content, true, rules, load)) {
        if (sources.keepLastGood) {
            saveLastGood(path + QStringLiteral(".last-good"), *content);
        }
        return;
    }
    if (!content) {
        load.problems.push_back({path.toStdString(), 0, 0, error, false});
    }
    load.rejected = true;
    const QString lastGood = path + QStringLiteral(".last-good");
    if (!sources.keepLastGood || !QFile::exists(lastGood)) {
        return;
    }
    auto previous = readFile(lastGood, error);
    if (previous && addFile(lastGood, *previous, true, rules, load)) {
        load.problems.push_back({path.toStdString(), 0, 0,
                                 "the file was rejected; the last copy that loaded (" +
                                     lastGood.toStdString() + ") stays in force",
                                 true});
    }
}

} // namespace

RuleSources RuleSources::standard()
{
    RuleSources sources;
    sources.userFile = AppPaths::userRulesFile();
    return sources;
}

ClassifierLoad ClassifierFactory::load(const RuleSources& sources)
{
    ClassifierLoad load;
    RuleSet rules;
    addBuiltins(sources, rules, load);
    addUserFile(sources, rules, load);
    for (const std::string& extra : sources.extraFiles) {
        const QString path = QString::fromStdString(extra);
        std::string error;
        auto content = readFile(path, error);
        if (!content) {
            load.problems.push_back({extra, 0, 0, error, false});
            load.rejected = true;
        } else if (!addFile(path, *content, true, rules, load)) {
            load.rejected = true;
        }
    }
    load.classifier = std::make_shared<const Classifier>(rules);
    return load;
}

} // namespace rd
