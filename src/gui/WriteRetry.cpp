#include "WriteRetry.h"

#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace rd::gui {
namespace {

QPointer<QWidget> g_window;
int g_busyTries = 0;

std::unique_ptr<QProgressDialog> makeDialog(QWidget* window)
{
    auto dialog = std::make_unique<QProgressDialog>(window);
    dialog->setWindowTitle(WriteRetry::tr("Waiting for the database"));
    dialog->setLabelText(WriteRetry::tr("Another program (an import?) is writing to this database. "
                                        "Your change will be saved as soon as it finishes."));
    dialog->setCancelButtonText(WriteRetry::tr("Cancel the change"));
    dialog->setRange(0, 0);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->show();
    return dialog;
}

} // namespace

bool WriteRetry::run(const std::function<void()>& write)
{
    QElapsedTimer waited;
    std::unique_ptr<QProgressDialog> dialog;
    for (;;) {
        try {
            write();
            return true;
        } catch (const StoreError& e) {
            if (!e.busy()) {
                throw;
            }
        }
        ++g_busyTries;
        if (!waited.isValid()) {
            waited.start();
        }
        if (!dialog && g_window && waited.elapsed() >= kDialogAfterMs) {
            dialog = makeDialog(g_window);
        }
        if (dialog && dialog->wasCanceled()) {
            return false;
        }
        // Repaint, timers, worker results; user input only through the (modal) dialog, so no
        // second edit can overtake this one.
        QEventLoop loop;
        QTimer::singleShot(kPauseMs, &loop, &QEventLoop::quit);
        loop.exec(dialog ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    }
}

void WriteRetry::setWindow(QWidget* window)
{
    g_window = window;
}

int WriteRetry::busyTries()
{
    return g_busyTries;
}

} // namespace rd::gui
