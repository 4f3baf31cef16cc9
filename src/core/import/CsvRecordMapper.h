#pragma once

#include "import/ColumnMapping.h"
#include "model/Review.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// Turns one CSV record into a Review through a ColumnMapping: trims and cleans the text,
// reads the rating or polarity and the date, derives the identity when the file has no id
// column (IdentityKey), and keeps Extra columns in the review's extra JSON. A record that
// cannot be a review yields a reason instead (docs/formats.md, "Bad rows").
class CsvRecordMapper
{
public:
    CsvRecordMapper(const ColumnMapping& mapping, const std::vector<std::string>& headers,
                    Platform defaultPlatform, std::string defaultShop);

    // Fills `review` (reusing its buffers). Returns false with `reason` for a skipped row.
    bool map(const std::vector<std::string_view>& fields, Review& review, std::string& reason);

    // A platform as a file names it: the stable keys and the marketplaces' own names
    // ("Ozon", "Озон", "淘宝", "天猫", "京东", "WB"...), or nullopt.
    static std::optional<Platform> platformFromName(std::string_view name);

private:
    std::string_view cell(const std::vector<std::string_view>& fields, ImportField f) const;
    bool readRating(const std::vector<std::string_view>& fields, Review& review,
                    std::string& reason) const;
    void buildExtra(const std::vector<std::string_view>& fields, std::string_view rawPlatform,
                    Review& review) const;

    ColumnMapping m_mapping;
    std::size_t m_fieldCount = 0;  // fields of the header (or of the first record without one)
    std::array<int, 16> m_index{}; // column of each ImportField, -1 when absent
    std::vector<std::pair<int, std::string>> m_extras; // column, header as a JSON key
    Platform m_defaultPlatform;
    std::string m_defaultShop;
};

} // namespace rd
