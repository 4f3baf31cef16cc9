#pragma once

#include "report/ReportRow.h"

#include <optional>
#include <vector>

namespace rd {

// How the team answered a set of complaints (docs/reports.md, "Response figures").
struct ResponseFigures
{
    std::int64_t complaints = 0;
    std::int64_t answered = 0; // with a first response
    // Median hours from the report time to the first response, over the answered complaints.
    std::optional<double> medianFirstResponseHours;
    std::int64_t slaDue = 0;    // answered, or unanswered with the deadline already passed
    std::int64_t withinSla = 0; // answered within the SLA
    std::int64_t resolved = 0;
    std::int64_t rated = 0; // with stars (only those can be revised upward)
    std::int64_t revisedUp = 0;

    // Shares 0..1; empty when the denominator is zero.
    std::optional<double> withinSlaShare() const { return share(withinSla, slaDue); }
    std::optional<double> resolvedShare() const { return share(resolved, complaints); }
    std::optional<double> revisedUpShare() const { return share(revisedUp, rated); }

    // Adds up the figures of `rows` whose `week` equals `week` (any week when -1), with the
    // SLA in milliseconds and `now` for deciding which unanswered complaints are already late.
    static ResponseFigures compute(const std::vector<ReportRow>& rows, int week, Timestamp slaMs,
                                   Timestamp now);

private:
    static std::optional<double> share(std::int64_t part, std::int64_t whole);
};

// The median: the middle value, or the mean of the two middle values of an even count; empty
// for no values. Takes the values by value because it reorders them.
std::optional<double> median(std::vector<double> values);

} // namespace rd
