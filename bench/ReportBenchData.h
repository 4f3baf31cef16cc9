#pragma once

namespace rd {
class ReviewStore;
}

namespace rd::bench {

// Adds what the weekly report reads to an imported database, through the store API only:
// automatic classifications with evidence for every review (shaped as the classifier writes
// them), a first response for 70 % of the complaints and a resolution for half of those, 1 %
// manual overrides and rating revisions (2 % of complaints revised upward, 0.5 % downward).
// Deterministic. Does nothing when the store already has classifications (for instance from
// `reviewdesk-cli classify`), except the workflow and revisions when those are missing.
void prepareReportData(ReviewStore& store);

} // namespace rd::bench
