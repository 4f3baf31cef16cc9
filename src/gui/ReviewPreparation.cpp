#include "ReviewPreparation.h"

#include "AppSettings.h"

#include "classify/ClassificationService.h"
#include "classify/ClassifierFactory.h"
#include "reply/DraftService.h"
#include "reply/TemplateLibrary.h"
#include "store/ReviewStore.h"
#include "util/AppPaths.h"

#include <spdlog/spdlog.h>

namespace rd::gui {

ReviewPreparation::Context ReviewPreparation::Context::fromSettings(const AppSettings& settings)
{
    Context context;
    context.drafts.agentName = settings.agentName().toStdString();
    context.drafts.agentTitle = settings.agentTitle().toStdString();
    for (Platform platform : kAllPlatforms) {
        context.replyLimits[platform] = settings.replyLimit(platform);
    }
    return context;
}

ReviewPreparation::Outcome ReviewPreparation::run(ReviewStore& store, const Context& context,
                                                  const Progress& progress)
{
    Outcome outcome;
    ReviewFilter fresh;
    fresh.unclassifiedOnly = true;
    fresh.sort = SortColumn::Id;
    fresh.descending = false;
    const std::vector<std::int64_t> ids = store.queryIds(fresh);
    if (ids.empty()) {
        return outcome;
    }

    const ClassifierLoad rules = ClassifierFactory::load();
    if (rules.hasErrors()) {
        outcome.warning = tr("Your rule file has errors; the built-in rules were used.");
    }
    const QString classifying = tr("Classifying the new reviews…");
    ClassificationService classifier(store, *rules.classifier);
    const ClassificationRun run = classifier.run(fresh, [&](std::int64_t done, std::int64_t total) {
        return !progress || progress(classifying, done, total);
    });
    outcome.classified = run.classified;
    if (run.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }

    TemplateLibrary library = TemplateLibrary::builtIn();
    try {
        library = TemplateLibrary::withUserFile(AppPaths::userTemplatesFile());
    } catch (const std::exception& e) {
        spdlog::warn("user templates not loaded: {}", e.what());
        outcome.warning = tr("Your template file has errors; the built-in templates were used.");
    }
    for (const auto& [platform, limit] : context.replyLimits) {
        library.limits().setLimit(platform, limit);
    }
    const QString drafting = tr("Writing reply drafts…");
    ReviewFilter those;
    those.ids = ids;
    DraftService drafts(store, library, context.drafts);
    const DraftRunSummary summary = drafts.generate(those, [&](const DraftRunProgress& p) {
        return !progress || progress(drafting, p.done, p.total);
    });
    outcome.drafts = summary.created + summary.refreshed;
    outcome.cancelled = summary.cancelled;
    return outcome;
}

} // namespace rd::gui
