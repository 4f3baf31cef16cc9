#pragma once

#include "undo/ReviewCommand.h"

#include <string>

namespace rd::gui {

// Records the outcome of an appeal ("removed", "kept" or "" for pending).
class AppealOutcomeCommand : public ReviewCommand
{
public:
    AppealOutcomeCommand(ReviewActions& actions, std::int64_t reviewId, std::string before,
                         std::string after);

    void redo() override;
    void undo() override;

private:
    std::string m_before;
    std::string m_after;
};

} // namespace rd::gui
