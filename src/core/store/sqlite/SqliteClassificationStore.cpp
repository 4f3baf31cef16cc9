#include "store/sqlite/SqliteClassificationStore.h"

#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteStatement.h"
#include "store/sqlite/SqliteTransaction.h"

#include <nlohmann/json.hpp>

namespace rd {

std::string evidenceToJson(const std::vector<Evidence>& evidence)
{
    nlohmann::json arr = nlohmann::json::array();
    for (const Evidence& e : evidence) {
        nlohmann::json j = {{"rule", e.ruleId}, {"term", e.term}, {"target", e.target},
                            {"begin", e.begin}, {"end", e.end},   {"weight", e.weight}};
        if (e.negated) {
            j["negated"] = true;
        }
        if (e.inTitle) {
            j["title"] = true;
        }
        arr.push_back(std::move(j));
    }
    return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<Evidence> evidenceFromJson(std::string_view json)
{
    std::vector<Evidence> out;
    auto arr = nlohmann::json::parse(json, nullptr, false);
    if (!arr.is_array()) {
        return out;
    }
    for (const auto& j : arr) {
        if (!j.is_object()) {
            continue;
        }
        Evidence e;
        e.ruleId = j.value("rule", std::string());
        e.term = j.value("term", std::string());
        e.target = j.value("target", std::string());
        e.begin = j.value("begin", 0);
        e.end = j.value("end", 0);
        e.weight = j.value("weight", 0.0);
        e.negated = j.value("negated", false);
        e.inTitle = j.value("title", false);
        out.push_back(std::move(e));
    }
    return out;
}

void SqliteClassificationStore::saveAutomatic(
    const std::vector<std::pair<std::int64_t, Classification>>& results)
{
    SqliteTransaction tx(m_connection);
    auto st = m_connection.prepare(
        "INSERT OR REPLACE INTO classifications(review_id, category, also, suspicious, safety,"
        " confidence, evidence, ruleset_version, classified_at) VALUES(?,?,?,?,?,?,?,?,?)");
    for (const auto& [id, c] : results) {
        st.bind(1, id).bind(2, toKey(c.category)).bind(3, joinCategories(c.also));
        st.bind(4, c.suspicious).bind(5, c.safety).bind(6, c.confidence);
        st.bind(7, evidenceToJson(c.evidence)).bind(8, c.rulesetVersion);
        st.bind(9, c.classifiedAt).run();
    }
    tx.commit();
}

std::optional<Classification> SqliteClassificationStore::automatic(std::int64_t reviewId)
{
    auto st = m_connection.prepare(
        "SELECT category, also, suspicious, safety, confidence, evidence, ruleset_version,"
        " classified_at FROM classifications WHERE review_id = ?");
    st.bind(1, reviewId);
    if (!st.step()) {
        return std::nullopt;
    }
    Classification c;
    c.category = categoryFromKey(st.columnView(0)).value_or(Category::Other);
    c.also = splitCategories(st.columnView(1));
    c.suspicious = st.columnInt(2) != 0;
    c.safety = st.columnInt(3) != 0;
    c.confidence = st.columnDouble(4);
    c.evidence = evidenceFromJson(st.columnView(5));
    c.rulesetVersion = st.columnText(6);
    c.classifiedAt = st.columnInt64(7);
    return c;
}

void SqliteClassificationStore::setOverride(std::int64_t reviewId,
                                            const ClassificationOverride& v)
{
    auto st = m_connection.prepare(
        "INSERT OR REPLACE INTO classification_overrides(review_id, category, suspicious, safety,"
        " by, at) VALUES(?,?,?,?,?,?)");
    st.bind(1, reviewId);
    if (v.category) {
        st.bind(2, toKey(*v.category));
    } else {
        st.bindNull(2);
    }
    st.bind(3, v.suspicious).bind(4, v.safety).bind(5, v.by).bind(6, v.at).run();
}

void SqliteClassificationStore::clearOverride(std::int64_t reviewId)
{
    auto st = m_connection.prepare("DELETE FROM classification_overrides WHERE review_id = ?");
    st.bind(1, reviewId).run();
}

std::optional<ClassificationOverride> SqliteClassificationStore::override(std::int64_t reviewId)
{
    auto st = m_connection.prepare("SELECT category, suspicious, safety, by, at"
                                   " FROM classification_overrides WHERE review_id = ?");
    st.bind(1, reviewId);
    if (!st.step()) {
        return std::nullopt;
    }
    ClassificationOverride o;
    if (!st.isNull(0)) {
        o.category = categoryFromKey(st.columnView(0));
    }
    if (!st.isNull(1)) {
        o.suspicious = st.columnInt(1) != 0;
    }
    if (!st.isNull(2)) {
        o.safety = st.columnInt(2) != 0;
    }
    o.by = st.columnText(3);
    o.at = st.columnInt64(4);
    return o;
}

} // namespace rd
