#include "DemoDatabase.h"

#include "import/Importer.h"
#include "store/ReviewStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace rd::gui {
namespace {

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

DemoDatabase::Result DemoDatabase::fill(ReviewStore& store, const QByteArray& csv,
                                        const ReviewPreparation::Context& context,
                                        const Progress& progress)
{
    Result result;
    constexpr int kSteps = 3;
    if (progress && !progress(0, kSteps)) {
        result.cancelled = true;
        return result;
    }
    ImportOptions options;
    options.format = "csv";
    const ImportResult imported = Importer::importData(
        store, std::string_view(csv.constData(), csv.size()), "demo-reviews.csv", options);
    if (!imported.ok()) {
        result.error = tr("The demo reviews could not be imported: %1")
                           .arg(QString::fromStdString(imported.error));
        return result;
    }
    result.reviews = imported.counts.added;
    if (progress && !progress(1, kSteps)) {
        result.cancelled = true;
        return result;
    }
    store.updateSearchIndex(imported.counts.added + 1);
    const ReviewPreparation::Outcome prepared =
        ReviewPreparation::run(store, context, [&](const QString&, std::int64_t, std::int64_t) {
            return !progress || progress(2, kSteps);
        });
    if (prepared.cancelled) {
        result.cancelled = true;
        return result;
    }
    if (progress) {
        progress(kSteps, kSteps);
    }
    result.ok = true;
    return result;
}

DemoDatabase::Result DemoDatabase::create(const QString& path,
                                          const ReviewPreparation::Context& context,
                                          const Progress& progress)
{
    Result result;
    if (QFileInfo::exists(path)) {
        result.error = tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    QFile resource(QString::fromLatin1(kResource));
    if (!resource.open(QIODevice::ReadOnly)) {
        result.error = tr("The demo reviews are missing from this build (%1).")
                           .arg(QString::fromLatin1(kResource));
        return result;
    }
    const QByteArray csv = resource.readAll();
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        auto store = ReviewStore::openSqlite(path.toStdString());
        result = fill(*store, csv, context, progress);
    } catch (const StoreError& e) {
        result.ok = false;
        result.error = QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        result.ok = false;
        result.error = QString::fromStdString(e.what());
    }
    if (!result.ok) {
        spdlog::warn("demo database {} not created: {}", path.toStdString(),
                     result.cancelled ? "cancelled" : result.error.toStdString());
        removeDatabaseFiles(path);
    }
    return result;
}

} // namespace rd::gui
