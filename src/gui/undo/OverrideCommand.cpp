#include "undo/OverrideCommand.h"

#include "store/ClassificationStore.h"
#include "store/ReviewStore.h"

namespace rd::gui {

OverrideCommand::OverrideCommand(ReviewActions& actions, std::int64_t reviewId,
                                 std::optional<ClassificationOverride> before,
                                 std::optional<ClassificationOverride> after, const QString& text)
    : ReviewCommand(actions, reviewId, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void OverrideCommand::write(const std::optional<ClassificationOverride>& value)
{
    apply([&] {
        if (value) {
            store().classifications().setOverride(reviewId(), *value);
        } else {
            store().classifications().clearOverride(reviewId());
        }
    });
}

void OverrideCommand::redo()
{
    write(m_after);
}
void OverrideCommand::undo()
{
    write(m_before);
}

} // namespace rd::gui
