#pragma once

#include "undo/ReviewCommand.h"

#include "model/Review.h"

#include <optional>

namespace rd::gui {

// Sets or clears the follow-up date.
class FollowUpCommand : public ReviewCommand
{
public:
    FollowUpCommand(ReviewActions& actions, std::int64_t reviewId, std::optional<Timestamp> before,
                    std::optional<Timestamp> after);

    void redo() override;
    void undo() override;

private:
    std::optional<Timestamp> m_before;
    std::optional<Timestamp> m_after;
};

} // namespace rd::gui
