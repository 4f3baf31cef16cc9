#pragma once

#include "store/ReportStore.h"

namespace rd {

class SqliteConnection;

class SqliteReportStore : public ReportStore
{
public:
    explicit SqliteReportStore(SqliteConnection& connection) : m_connection(connection) {}

    void forEachComplaint(const ComplaintScope& scope,
                          const std::function<void(const ComplaintFact&)>& callback) override;
    void forEachEvidence(
        const std::vector<std::int64_t>& reviewIds,
        const std::function<void(std::int64_t, const std::vector<Evidence>&)>& callback) override;
    std::vector<std::string> shops() override;

private:
    SqliteConnection& m_connection;
};

} // namespace rd
