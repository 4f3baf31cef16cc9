#pragma once

#include "report/BurstDetector.h"
#include "report/IsoWeek.h"

#include <string>
#include <vector>

namespace rd {

// What a weekly report covers and the thresholds of its figures (docs/reports.md).
struct ReportOptions
{
    IsoWeek week;  // the report week
    int weeks = 8; // weeks in the trend, ending with the report week: 2 to 26
    std::vector<Platform> platforms;
    std::vector<std::string> shops;
    std::string product; // exact SKU or part of the product name, as in the queue's filter
    double slaHours = 24.0;
    BurstSettings burst;
    int topProducts = 10;
    int topPhrases = 10; // per category

    // "" when usable, else the reason.
    std::string validate() const;
    Timestamp slaMs() const;
};

} // namespace rd
