#pragma once

#include "store/ClassificationStore.h"

namespace rd {

class SqliteConnection;

class SqliteClassificationStore : public ClassificationStore
{
public:
    explicit SqliteClassificationStore(SqliteConnection& connection)
        : m_connection(connection)
    {
    }

    void saveAutomatic(
        const std::vector<std::pair<std::int64_t, Classification>>& results) override;
    std::optional<Classification> automatic(std::int64_t reviewId) override;
    void setOverride(std::int64_t reviewId, const ClassificationOverride& value) override;
    void clearOverride(std::int64_t reviewId) override;
    std::optional<ClassificationOverride> override(std::int64_t reviewId) override;

private:
    SqliteConnection& m_connection;
};

// Evidence as stored in classifications.evidence (a JSON array).
std::string evidenceToJson(const std::vector<Evidence>& evidence);
std::vector<Evidence> evidenceFromJson(std::string_view json);

} // namespace rd
