#pragma once

#include "views/QueueView.h"

#include <QCoreApplication>
#include <QVector>

namespace rd::gui {

// The views every database has (issue: "New negative", "Overdue follow-ups", "Suspicious —
// appeal", "Safety", "Waiting for buyer", and "All"); docs/gui.md says what each selects.
class BuiltinViews
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::BuiltinViews)

public:
    static QVector<QueueView> all();
    static QString newNegativeKey() { return QStringLiteral("builtin:new_negative"); }
    static QString allKey() { return QStringLiteral("builtin:all"); }
};

} // namespace rd::gui
