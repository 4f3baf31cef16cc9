#pragma once

#include "model/Enums.h"
#include "reply/DraftContext.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>

namespace rd {
class ReviewStore;
} // namespace rd

namespace rd::gui {

class AppSettings;

// What a new review needs before the queue shows it well: an automatic classification (the
// built-in rules plus the user's rule file) and a reply draft (the built-in templates plus the
// user's template file). Run after an import and on the first start's demo database, on the
// worker thread that did the import, with that thread's store.
class ReviewPreparation
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::ReviewPreparation)

public:
    // Who signs the drafts and the platforms' reply limits, read from the settings on the GUI
    // thread before the work starts.
    struct Context
    {
        DraftContext drafts;
        std::map<Platform, int> replyLimits;
        static Context fromSettings(const AppSettings& settings);
    };

    struct Outcome
    {
        std::int64_t classified = 0;
        std::int64_t drafts = 0;
        bool cancelled = false;
        QString warning; // rules or templates that could not be loaded (the built-ins were used)
    };

    // (stage text, done, total); return false to cancel. What was stored stays stored.
    using Progress =
        std::function<bool(const QString& stage, std::int64_t done, std::int64_t total)>;

    // Classifies every review without an automatic classification and writes drafts for them.
    static Outcome run(ReviewStore& store, const Context& context, const Progress& progress = {});
};

} // namespace rd::gui
