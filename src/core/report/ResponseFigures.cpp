#include "report/ResponseFigures.h"

#include <algorithm>

namespace rd {

std::optional<double> median(std::vector<double> values)
{
    if (values.empty()) {
        return std::nullopt;
    }
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid),
                     values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1) {
        return upper;
    }
    const double lower =
        *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2.0;
}

std::optional<double> ResponseFigures::share(std::int64_t part, std::int64_t whole)
{
    if (whole <= 0) {
        return std::nullopt;
    }
    return static_cast<double>(part) / static_cast<double>(whole);
}

ResponseFigures ResponseFigures::compute(const std::vector<ReportRow>& rows, int week,
                                         Timestamp slaMs, Timestamp now)
{
    constexpr double kHourMs = 3'600'000.0;
    ResponseFigures f;
    std::vector<double> hours;
    for (const ReportRow& r : rows) {
        if (week >= 0 && r.week != week) {
            continue;
        }
        ++f.complaints;
        if (r.firstResponseAt) {
            // A response stamped before the review's time (clock skew, a late publication
            // date) counts as immediate rather than negative.
            const Timestamp waited = std::max<Timestamp>(0, *r.firstResponseAt - r.at);
            ++f.answered;
            hours.push_back(static_cast<double>(waited) / kHourMs);
            ++f.slaDue;
            if (waited <= slaMs) {
                ++f.withinSla;
            }
        } else if (now - r.at > slaMs) {
            ++f.slaDue;
        }
        f.resolved += r.resolved ? 1 : 0;
        f.rated += r.rated ? 1 : 0;
        f.revisedUp += r.revisedUp ? 1 : 0;
    }
    f.medianFirstResponseHours = median(std::move(hours));
    return f;
}

} // namespace rd
