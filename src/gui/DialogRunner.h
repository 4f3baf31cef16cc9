#pragma once

#include <functional>

class QDialog;

namespace rd::gui {

// Runs modal dialogs. Tests replace the runner to fill and accept (or cancel) a dialog instead
// of waiting for a person (KeePassXC's test hooks for dialogs).
class DialogRunner
{
public:
    using Hook = std::function<int(QDialog&)>; // returns QDialog::Accepted or Rejected

    static int exec(QDialog& dialog);
    // An empty hook restores the real exec().
    static void setHookForTesting(Hook hook);
};

} // namespace rd::gui
