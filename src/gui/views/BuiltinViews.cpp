#include "views/BuiltinViews.h"

namespace rd::gui {

QVector<QueueView> BuiltinViews::all()
{
    const std::vector<Status> open = {Status::New, Status::InProgress, Status::WaitingForBuyer};
    QVector<QueueView> views;

    QueueView newNegative;
    newNegative.key = newNegativeKey();
    newNegative.title = tr("New negative");
    newNegative.filter.polarities = {Polarity::Negative};
    newNegative.filter.statuses = {Status::New};
    views << newNegative;

    QueueView overdue;
    overdue.key = QStringLiteral("builtin:overdue");
    overdue.title = tr("Overdue follow-ups");
    overdue.filter.overdueOnly = true;
    views << overdue;

    QueueView suspicious;
    suspicious.key = QStringLiteral("builtin:suspicious");
    suspicious.title = tr("Suspicious — appeal");
    suspicious.filter.suspicious = true;
    suspicious.filter.statuses = open;
    suspicious.filter.statuses.push_back(Status::Appealed);
    views << suspicious;

    QueueView safety;
    safety.key = QStringLiteral("builtin:safety");
    safety.title = tr("Safety");
    safety.filter.safety = true;
    safety.filter.statuses = open;
    views << safety;

    QueueView waiting;
    waiting.key = QStringLiteral("builtin:waiting");
    waiting.title = tr("Waiting for buyer");
    waiting.filter.statuses = {Status::WaitingForBuyer};
    views << waiting;

    QueueView all;
    all.key = allKey();
    all.title = tr("All reviews");
    views << all;
    return views;
}

} // namespace rd::gui
