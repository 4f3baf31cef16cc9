#include "reply/TemplateUserFile.h"
#include "util/JsonOverflow.h"

#include "reply/TemplateCheck.h"
#include "reply/TemplateError.h"
#include "reply/TemplateLibrary.h"
#include "text/Utf8.h"

#include <QSaveFile>
#include <QString>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace rd {

TemplateUserFile::TemplateUserFile()
    : m_root{{"format", "reviewdesk-templates"}, {"version", 1}, {"templates", Json::array()}}
{
}

TemplateUserFile TemplateUserFile::load(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return {};
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in || in.bad()) {
        throw TemplateError(path, 0, 0, "", "cannot read the file");
    }
    return fromText(text.str(), path);
}

TemplateUserFile TemplateUserFile::fromText(std::string_view text, const std::string& name)
{
    TemplateUserFile file;
    try {
        file.m_root = Json::parse(text);
    } catch (const Json::parse_error& e) {
        const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        const auto line = 1 + std::count(text.begin(), text.begin() + at, '\n');
        const std::size_t lineStart = text.rfind('\n', at == 0 ? 0 : at - 1);
        const std::size_t start =
            lineStart == std::string_view::npos || at == 0 ? 0 : lineStart + 1;
        const auto column = 1 + utf8::length(text.substr(start, at - start));
        throw TemplateError(name, static_cast<int>(line), static_cast<int>(column), "",
                            "not valid JSON");
    } catch (const Json::out_of_range& e) {
        throw TemplateError(name, static_cast<int>(JsonOverflow::line(text, e.what())), 0, "",
                            JsonOverflow::reason(e.what()));
    }
    if (!file.m_root.is_object() || !file.m_root.contains("templates") ||
        !file.m_root["templates"].is_array()) {
        throw TemplateError(name, 1, 0, "",
                            "a template file is a JSON object with a \"templates\" array");
    }
    return file;
}

std::vector<std::string> TemplateUserFile::ids() const
{
    std::vector<std::string> out;
    for (const Json& t : m_root["templates"]) {
        if (t.is_object() && t.contains("id") && t["id"].is_string()) {
            out.push_back(t["id"].get<std::string>());
        }
    }
    return out;
}

const TemplateUserFile::Json* TemplateUserFile::entry(std::string_view id) const
{
    for (const Json& t : m_root["templates"]) {
        if (t.is_object() && t.contains("id") && t["id"] == id) {
            return &t;
        }
    }
    return nullptr;
}

void TemplateUserFile::setEntry(const Json& object)
{
    const Json& id = object.at("id");
    for (Json& t : m_root["templates"]) {
        if (t.is_object() && t.contains("id") && t["id"] == id) {
            t = object;
            return;
        }
    }
    m_root["templates"].push_back(object);
}

bool TemplateUserFile::removeEntry(std::string_view id)
{
    Json& list = m_root["templates"];
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (it->is_object() && it->contains("id") && (*it)["id"] == id) {
            list.erase(it);
            return true;
        }
    }
    return false;
}

TemplateUserFile::Json TemplateUserFile::effective(std::string_view id,
                                                   const TemplateLibrary& base) const
{
    const nlohmann::json* inBase = base.definition(id);
    const Json* own = entry(id);
    if (!inBase && !own) {
        return nullptr;
    }
    // Through text: ordered_json and json are different types; the objects are small.
    nlohmann::json merged = inBase ? *inBase : nlohmann::json::object();
    if (own) {
        merged = TemplateLibrary::merge(std::move(merged), nlohmann::json::parse(own->dump()));
    }
    return Json::parse(merged.dump());
}

std::vector<std::string> TemplateUserFile::texts(std::string_view id, Language language,
                                                 const TemplateLibrary& base) const
{
    std::vector<std::string> out;
    const Json merged = effective(id, base);
    const std::string lang(toKey(language));
    if (!merged.is_object() || !merged.contains("variants") || !merged["variants"].is_object() ||
        !merged["variants"].contains(lang) || !merged["variants"][lang].is_array()) {
        return out;
    }
    for (const Json& v : merged["variants"][lang]) {
        if (v.is_string()) {
            out.push_back(v.get<std::string>());
        } else if (v.is_array()) {
            std::string joined;
            for (std::size_t i = 0; i < v.size(); ++i) {
                joined += (i ? "\n" : "") + (v[i].is_string() ? v[i].get<std::string>() : "");
            }
            out.push_back(std::move(joined));
        }
    }
    return out;
}

void TemplateUserFile::setTexts(std::string_view id, Language language,
                                const std::vector<std::string>& texts)
{
    Json list = Json::array();
    for (const std::string& text : texts) {
        if (text.find('\n') == std::string::npos) {
            list.push_back(text);
            continue;
        }
        Json lines = Json::array();
        std::size_t start = 0;
        while (true) {
            const std::size_t end = text.find('\n', start);
            lines.push_back(text.substr(start, end == std::string::npos ? end : end - start));
            if (end == std::string::npos) {
                break;
            }
            start = end + 1;
        }
        list.push_back(std::move(lines));
    }
    Json object = entry(id) ? *entry(id) : Json{{"id", std::string(id)}};
    if (!object.contains("variants") || !object["variants"].is_object()) {
        object["variants"] = Json::object();
    }
    object["variants"][std::string(toKey(language))] = std::move(list);
    setEntry(object);
}

void TemplateUserFile::setRemedy(std::string_view id, Language language, const std::string& remedy)
{
    Json object = entry(id) ? *entry(id) : Json{{"id", std::string(id)}};
    if (!object.contains("remedy") || !object["remedy"].is_object()) {
        object["remedy"] = Json::object();
    }
    object["remedy"][std::string(toKey(language))] = remedy;
    setEntry(object);
}

void TemplateUserFile::setField(std::string_view id, const std::string& key, const Json& value)
{
    Json object = entry(id) ? *entry(id) : Json{{"id", std::string(id)}};
    object[key] = value;
    setEntry(object);
}

std::string TemplateUserFile::text() const
{
    return m_root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

TemplateLibrary TemplateUserFile::apply(const TemplateLibrary& base, const std::string& name) const
{
    TemplateLibrary library = base;
    library.addJson(text(), name);
    const std::vector<std::string> named = ids();
    TemplateCheck::checkLengths(library, {named.begin(), named.end()}, name);
    return library;
}

void TemplateUserFile::save(const std::string& path, const TemplateLibrary& base) const
{
    apply(base, path); // throws before anything is written
    const std::string data = text();
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly)) {
        throw TemplateError(path, 0, 0, "", "cannot write: " + file.errorString().toStdString());
    }
    if (file.write(data.data(), static_cast<qint64>(data.size())) !=
            static_cast<qint64>(data.size()) ||
        !file.commit()) {
        const std::string reason = file.errorString().toStdString();
        file.cancelWriting();
        throw TemplateError(path, 0, 0, "", "cannot write: " + reason);
    }
}

} // namespace rd
