#pragma once

#include "model/ReviewRecord.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace rd {

// The one way reviews leave the store as data: the CLI's list/export and the GUI's export use
// the same columns and JSON fields (docs/cli.md).
class ReviewSerializer
{
public:
    static std::vector<std::string> csvHeader();
    static std::vector<std::string> csvRow(const ReviewRecord& record);
    static nlohmann::json toJson(const ReviewRecord& record);
};

// ISO 8601 UTC ("2026-11-22T10:00:00Z") or "" for no time.
std::string isoTime(std::optional<Timestamp> ms);

} // namespace rd
