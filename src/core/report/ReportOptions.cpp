#include "report/ReportOptions.h"

#include <cmath>

namespace rd {

std::string ReportOptions::validate() const
{
    if (week.week < 1 || week.week > IsoWeek::weeksInYear(week.year)) {
        std::string problem = "week ";
        problem += week.toString();
        problem += " does not exist";
        return problem;
    }
    if (weeks < 2 || weeks > 26) {
        return "the trend must span 2 to 26 weeks";
    }
    if (!(slaHours > 0.0) || slaHours > 24.0 * 365) {
        return "the SLA must be more than 0 and at most 8760 hours";
    }
    if (topProducts < 1 || topPhrases < 1) {
        return "the top lists need at least one row";
    }
    return burst.validate();
}

Timestamp ReportOptions::slaMs() const
{
    return static_cast<Timestamp>(std::llround(slaHours * 3'600'000.0));
}

} // namespace rd
