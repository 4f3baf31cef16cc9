#include "DialogRunner.h"

#include <QDialog>

namespace rd::gui {
namespace {

DialogRunner::Hook& hook()
{
    static DialogRunner::Hook h;
    return h;
}

} // namespace

int DialogRunner::exec(QDialog& dialog)
{
    if (hook()) {
        const int result = hook()(dialog);
        dialog.setResult(result);
        return result;
    }
    return dialog.exec();
}

void DialogRunner::setHookForTesting(Hook h)
{
    hook() = std::move(h);
}

} // namespace rd::gui
