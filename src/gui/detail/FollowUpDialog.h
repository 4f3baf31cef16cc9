#pragma once

#include "model/Review.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class FollowUpDialog;
}

namespace rd::gui {

// Picks the date to contact the buyer again: presets (tomorrow, in 3 days, in a week, at the
// current time of day) or any date and time; "No follow-up" clears it.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FollowUpDialog(std::optional<Timestamp> current, QWidget* parent = nullptr);
    ~FollowUpDialog() override;

    std::optional<Timestamp> followUp() const;
    // Sets the date as the presets do: `days` from now (Clock), same time of day.
    void choosePreset(int days);

private:
    std::unique_ptr<Ui::FollowUpDialog> m_ui;
};

} // namespace rd::gui
