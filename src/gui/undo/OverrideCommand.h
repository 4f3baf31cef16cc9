#pragma once

#include "undo/ReviewCommand.h"

#include "model/Classification.h"

#include <optional>

namespace rd::gui {

// A person's category or flag correction (ClassificationStore::setOverride), or its removal.
class OverrideCommand : public ReviewCommand
{
public:
    OverrideCommand(ReviewActions& actions, std::int64_t reviewId,
                    std::optional<ClassificationOverride> before,
                    std::optional<ClassificationOverride> after, const QString& text);

    void redo() override;
    void undo() override;

private:
    void write(const std::optional<ClassificationOverride>& value);

    std::optional<ClassificationOverride> m_before;
    std::optional<ClassificationOverride> m_after;
};

} // namespace rd::gui
