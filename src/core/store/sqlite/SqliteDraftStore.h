#pragma once

#include "store/DraftStore.h"

namespace rd {

class SqliteConnection;

class SqliteDraftStore : public DraftStore
{
public:
    explicit SqliteDraftStore(SqliteConnection& connection)
        : m_connection(connection)
    {
    }

    std::optional<ReplyDraft> draft(std::int64_t reviewId) override;
    bool saveGenerated(const ReplyDraft& draft) override;
    void saveEdit(std::int64_t reviewId, const std::string& text, Timestamp at,
                  const std::string& by) override;
    void setState(std::int64_t reviewId, DraftState state, Timestamp at,
                  const std::string& by) override;
    std::vector<DraftHistoryEntry> history(std::int64_t reviewId) override;

private:
    void log(std::int64_t reviewId, Timestamp at, const char* action, const std::string& text,
             DraftState state, const std::string& by);

    SqliteConnection& m_connection;
};

} // namespace rd
