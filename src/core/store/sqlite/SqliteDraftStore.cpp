#include "store/sqlite/SqliteDraftStore.h"

#include "store/StoreError.h"
#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteStatement.h"
#include "store/sqlite/SqliteTransaction.h"

namespace rd {
namespace {

std::string joinNames(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names) {
        out += out.empty() ? n : "," + n;
    }
    return out;
}

std::vector<std::string> splitNames(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        if (end > start) {
            out.emplace_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

} // namespace

std::optional<ReplyDraft> SqliteDraftStore::draft(std::int64_t reviewId)
{
    auto st = m_connection.prepare(
        "SELECT template_id, variant, language, text, state, human_edited, missing, over_limit,"
        " created_at, updated_at FROM drafts WHERE review_id = ?");
    st.bind(1, reviewId);
    if (!st.step()) {
        return std::nullopt;
    }
    ReplyDraft d;
    d.reviewId = reviewId;
    d.templateId = st.columnText(0);
    d.variant = st.columnInt(1);
    d.language = languageFromKey(st.columnView(2)).value_or(Language::Unknown);
    d.text = st.columnText(3);
    d.state = draftStateFromKey(st.columnView(4)).value_or(DraftState::Draft);
    d.humanEdited = st.columnInt(5) != 0;
    d.missing = splitNames(st.columnView(6));
    d.overLimit = st.columnInt(7) != 0;
    d.createdAt = st.columnInt64(8);
    d.updatedAt = st.columnInt64(9);
    return d;
}

void SqliteDraftStore::log(std::int64_t reviewId, Timestamp at, const char* action,
                           const std::string& text, DraftState state, const std::string& by)
{
    auto st = m_connection.prepare("INSERT INTO draft_history(review_id, at, action, text, state,"
                                   " by) VALUES(?,?,?,?,?,?)");
    st.bind(1, reviewId).bind(2, at).bind(3, action).bind(4, text).bind(5, toKey(state));
    st.bind(6, by).run();
}

bool SqliteDraftStore::saveGenerated(const ReplyDraft& d)
{
    SqliteTransaction tx(m_connection);
    auto current = draft(d.reviewId);
    if (current && (current->humanEdited || current->state != DraftState::Draft)) {
        return false;
    }
    if (current && current->text == d.text && current->missing == d.missing &&
        current->overLimit == d.overLimit) {
        return false;
    }
    auto st = m_connection.prepare(
        "INSERT OR REPLACE INTO drafts(review_id, template_id, variant, language, text, state,"
        " human_edited, missing, over_limit, created_at, updated_at)"
        " VALUES(?,?,?,?,?,'draft',0,?,?,?,?)");
    st.bind(1, d.reviewId).bind(2, d.templateId).bind(3, d.variant).bind(4, toKey(d.language));
    st.bind(5, d.text).bind(6, joinNames(d.missing)).bind(7, d.overLimit);
    st.bind(8, current ? current->createdAt : d.createdAt).bind(9, d.updatedAt).run();
    log(d.reviewId, d.updatedAt, "generated", d.text, DraftState::Draft, "");
    tx.commit();
    return true;
}

void SqliteDraftStore::saveEdit(std::int64_t reviewId, const std::string& text, Timestamp at,
                                const std::string& by)
{
    SqliteTransaction tx(m_connection);
    auto current = draft(reviewId);
    if (current && current->text == text) {
        return;
    }
    auto st = m_connection.prepare(
        "INSERT INTO drafts(review_id, language, text, state, human_edited, created_at,"
        " updated_at) VALUES(?, 'und', ?, 'draft', 1, ?, ?)"
        " ON CONFLICT(review_id) DO UPDATE SET text = excluded.text, human_edited = 1,"
        " missing = '', state = 'draft', updated_at = excluded.updated_at");
    st.bind(1, reviewId).bind(2, text).bind(3, at).bind(4, at).run();
    log(reviewId, at, "edited", text, DraftState::Draft, by);
    tx.commit();
}

void SqliteDraftStore::setState(std::int64_t reviewId, DraftState state, Timestamp at,
                                const std::string& by)
{
    SqliteTransaction tx(m_connection);
    auto current = draft(reviewId);
    if (!current) {
        throw StoreError(m_connection.path() + ": review " + std::to_string(reviewId) +
                         " has no reply draft");
    }
    if (current->state == state) {
        return;
    }
    auto st = m_connection.prepare(
        "UPDATE drafts SET state = ?, updated_at = ? WHERE review_id = ?");
    st.bind(1, toKey(state)).bind(2, at).bind(3, reviewId).run();
    log(reviewId, at, "state", current->text, state, by);
    tx.commit();
}

std::vector<DraftHistoryEntry> SqliteDraftStore::history(std::int64_t reviewId)
{
    auto st = m_connection.prepare("SELECT id, at, action, text, state, by FROM draft_history"
                                   " WHERE review_id = ? ORDER BY id");
    st.bind(1, reviewId);
    std::vector<DraftHistoryEntry> out;
    while (st.step()) {
        out.push_back({st.columnInt64(0), reviewId, st.columnInt64(1), st.columnText(2),
                       st.columnText(3),
                       draftStateFromKey(st.columnView(4)).value_or(DraftState::Draft),
                       st.columnText(5)});
    }
    return out;
}

} // namespace rd
