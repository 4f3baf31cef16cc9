#pragma once

#include "store/SavedViewStore.h"

namespace rd {

class SqliteConnection;

class SqliteSavedViewStore : public SavedViewStore
{
public:
    explicit SqliteSavedViewStore(SqliteConnection& connection) : m_connection(connection) {}

    std::vector<SavedView> list() override;
    std::int64_t save(const std::string& name, const std::string& filterJson,
                      Timestamp at) override;
    void rename(std::int64_t id, const std::string& name) override;
    void remove(std::int64_t id) override;

private:
    SqliteConnection& m_connection;
};

} // namespace rd
