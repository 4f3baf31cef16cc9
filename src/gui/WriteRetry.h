#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace rd::gui {

// Writes of the GUI thread when another connection holds the database's write lock: an import
// in reviewdesk-cli or in the GUI's own import worker keeps it for its whole transaction (about
// 40 s for a million reviews, docs/performance.md), longer than any busy timeout. The GUI
// thread's connection waits only kAttemptMs per try (so the window never freezes), and run()
// tries again until the write gets through: meanwhile the window repaints and its timers and
// workers go on; keyboard and mouse input waits, and after kDialogAfterMs a window-modal dialog
// says why and offers Cancel. No "database is locked" reaches the user, and no edit is lost.
class WriteRetry
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::WriteRetry)

public:
    static constexpr int kAttemptMs = 50;      // the GUI connection's busy timeout
    static constexpr int kPauseMs = 150;       // events processed between tries
    static constexpr int kDialogAfterMs = 800; // the wait dialog shows after this long

    // Runs `write` (store calls on the GUI thread's connection) until it is not refused for a
    // busy lock. True when it ran; false when the user cancelled the wait (nothing written).
    // Other StoreErrors are thrown as they are.
    static bool run(const std::function<void()>& write);

    // The window the wait dialog belongs to; without one run() waits without a dialog.
    static void setWindow(QWidget* window);
    // Tries that found the lock taken since the program started (tests, diagnostics).
    static int busyTries();
};

} // namespace rd::gui
