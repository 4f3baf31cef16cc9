#pragma once

#include "ReviewPreparation.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>

namespace rd {
class ReviewStore;
}

namespace rd::gui {

// The database a first start opens: the default database filled with the demo reviews shipped
// as the resource :/demo/demo-reviews.csv, classified and with reply drafts, so a new user
// sees a working queue at once: imported, indexed for search, classified, with drafts.
//
// create() opens its own ReviewStore and may run on any thread; the application runs it on a
// worker thread behind a progress dialog (about 200 reviews: well under a second, so the
// dialog rarely shows). A failed or cancelled creation removes the half-made file, so the next
// start tries again.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::DemoDatabase)

public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        std::int64_t reviews = 0;
    };

    // Step `done` of `total` finished; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static constexpr const char* kResource = ":/demo/demo-reviews.csv";

    // Creates `path`, which must not exist yet. `context`: who signs the drafts.
    static Result create(const QString& path, const ReviewPreparation::Context& context,
                         const Progress& progress = {});

private:
    static Result fill(ReviewStore& store, const QByteArray& csv,
                       const ReviewPreparation::Context& context, const Progress& progress);
};

} // namespace rd::gui
