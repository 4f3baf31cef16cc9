// queue_bench: the triage window on a large database (docs/performance.md, "Review queue").
//
// Runs the real MainWindow offscreen and measures, as a user waits for them:
//   open     openDatabase() until the first rows are in the queue, and until counted
//   filter   a filter or search changed until its first rows are shown (and counted)
//   deep     a jump to the middle of the queue until that row is loaded
//   stall    the longest time the GUI thread did not run its event loop during all of it
// and, in the same run, the baselines the design is judged against: reading the first page as
// full records (the skeleton window's way), and reading a deep page by OFFSET (as a plain
// LIMIT/OFFSET model would) instead of by the id list.
//
// Usage: queue_bench DATABASE [--runs N] [--prepare]   (--runs 0: prepare only)
//   --prepare  gives the database a realistic workflow first (statuses, follow-ups, overrides
//              on a fixed share of reviews), once: skipped when it already has workflow rows.
// Prints a Markdown table; peak memory is measured around it by bench/queue_bench.sh.
#include "MainWindow.h"
#include "filters/FilterBar.h"
#include "queue/QueueLoader.h"
#include "queue/QueueModel.h"

#include "store/ClassificationStore.h"
#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace rd;
using namespace rd::gui;

namespace {

// The longest gap between two ticks of a 5 ms timer: how long the GUI thread was blocked.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_worst = std::max(m_worst, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }
    void reset()
    {
        m_worst = 0;
        m_clock.restart();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// Runs the event loop until `signal` fires (or the timeout); returns the elapsed ms, -1 on
// timeout.
template <typename Sender, typename Signal>
qint64 waitFor(Sender* sender, Signal signal, const std::function<void()>& start,
               int timeoutMs = 120000)
{
    QEventLoop loop;
    bool fired = false;
    auto c = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    start();
    if (!fired) {
        loop.exec();
    }
    QObject::disconnect(c);
    return fired ? timer.elapsed() : -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void prepare(ReviewStore& store)
{
    ReviewFilter any;
    any.statuses = {Status::InProgress, Status::WaitingForBuyer, Status::Resolved};
    any.limit = 1;
    if (!store.queryIds(any).empty()) {
        std::printf("prepare: the database already has a workflow; left as it is\n");
        return;
    }
    ReviewFilter negative;
    negative.polarities = {Polarity::Negative};
    negative.sort = SortColumn::Id;
    const auto ids = store.queryIds(negative);
    const Timestamp now = Clock::nowMs();
    store.runInTransaction([&] {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const std::int64_t id = ids[i];
            switch (i % 20) {
            case 0:
            case 1:
                store.workflow().setStatus(id, Status::InProgress, now, "bench");
                break;
            case 2:
                store.workflow().setStatus(id, Status::WaitingForBuyer, now, "bench");
                // Half of them past due.
                store.workflow().setFollowUp(id, now + ((i / 20) % 2 ? 1 : -1) * 86'400'000);
                break;
            case 3:
                store.workflow().setStatus(id, Status::Resolved, now, "bench");
                break;
            case 4: {
                ClassificationOverride o;
                o.category = Category::Price;
                o.by = "bench";
                o.at = now;
                store.classifications().setOverride(id, o);
                break;
            }
            default:
                break;
            }
        }
    });
    std::printf("prepare: workflow set on %zu of %zu negative reviews\n", ids.size() / 4,
                ids.size());
}

struct Scenario
{
    const char* name;
    ReviewFilter filter;
};

std::vector<Scenario> scenarios()
{
    std::vector<Scenario> out;
    auto add = [&out](const char* name, auto&& set) {
        ReviewFilter f;
        set(f);
        out.push_back({name, f});
    };
    add("all reviews", [](ReviewFilter&) {});
    add("view: new negative", [](ReviewFilter& f) {
        f.polarities = {Polarity::Negative};
        f.statuses = {Status::New};
    });
    add("view: overdue follow-ups", [](ReviewFilter& f) { f.overdueOnly = true; });
    add("view: suspicious, open", [](ReviewFilter& f) {
        f.suspicious = true;
        f.statuses = {Status::New, Status::InProgress, Status::WaitingForBuyer, Status::Appealed};
    });
    add("view: safety, open", [](ReviewFilter& f) {
        f.safety = true;
        f.statuses = {Status::New, Status::InProgress, Status::WaitingForBuyer};
    });
    add("view: waiting for buyer", [](ReviewFilter& f) { f.statuses = {Status::WaitingForBuyer}; });
    add("platform Ozon", [](ReviewFilter& f) { f.platforms = {Platform::Ozon}; });
    add("1 star, Taobao", [](ReviewFilter& f) {
        f.minRating = f.maxRating = 1;
        f.platforms = {Platform::Taobao};
    });
    add("category logistics", [](ReviewFilter& f) { f.categories = {Category::Logistics}; });
    add("category price + negative", [](ReviewFilter& f) {
        f.categories = {Category::Price};
        f.polarities = {Polarity::Negative};
    });
    add("language ru, last 30 days", [](ReviewFilter& f) {
        f.languages = {Language::Ru};
        f.publishedFrom = Clock::nowMs() - 30LL * 86'400'000;
    });
    add("search zh 快递", [](ReviewFilter& f) { f.search = "快递"; });
    add("search ru доставка", [](ReviewFilter& f) { f.search = "доставка"; });
    add("search en refund", [](ReviewFilter& f) { f.search = "refund"; });
    add("search + category", [](ReviewFilter& f) {
        f.search = "broken";
        f.categories = {Category::Product};
    });
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: queue_bench DATABASE [--runs N] [--prepare]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.contains(QStringLiteral("--runs"))
                         ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
                         : 3;
    if (args.contains(QStringLiteral("--prepare"))) {
        auto store = ReviewStore::openSqlite(path.toStdString());
        prepare(*store);
    }
    if (runs <= 0) {
        return 0; // --prepare only
    }

    StallMeter stall;
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QueueModel* queue = window.queueModel();

    // Open: the first rows, then the count.
    QElapsedTimer openTimer;
    openTimer.start();
    qint64 firstRows = -1;
    auto c = QObject::connect(queue, &QueueModel::firstRowsLoaded,
                              [&] { firstRows = firstRows < 0 ? openTimer.elapsed() : firstRows; });
    if (!window.openDatabase(path)) {
        std::fprintf(stderr, "queue_bench: cannot open %s\n", qPrintable(path));
        return 1;
    }
    QObject::disconnect(c);
    const qint64 openCounted =
        queue->countKnown()
            ? openTimer.elapsed()
            : waitFor(queue, &QueueModel::totalChanged, [] {}) + openTimer.elapsed();
    const qint64 total = window.store()->count(ReviewFilter{});
    std::printf("| step | first rows shown (ms) | counted (ms) | rows |\n|---|---:|---:|---:|\n");
    std::printf("| open (view: new negative) | %lld | %lld | %d |\n",
                static_cast<long long>(firstRows), static_cast<long long>(openCounted),
                queue->rowCount());

    double worstFirst = 0;
    for (const Scenario& s : scenarios()) {
        std::vector<double> first;
        std::vector<double> counted;
        for (int run = 0; run < runs; ++run) {
            queue->setFilter(ReviewFilter{}); // from the full queue each time
            waitFor(queue, &QueueModel::totalChanged, [] {});
            QElapsedTimer t;
            qint64 shown = -1;
            QMetaObject::Connection cc;
            const qint64 all = waitFor(queue, &QueueModel::totalChanged, [&] {
                cc = QObject::connect(queue, &QueueModel::firstRowsLoaded,
                                      [&] { shown = t.elapsed(); });
                t.start();
                queue->setFilter(s.filter);
            });
            QObject::disconnect(cc);
            first.push_back(static_cast<double>(shown));
            counted.push_back(static_cast<double>(all));
        }
        worstFirst = std::max(worstFirst, median(first));
        std::printf("| %s | %.0f | %.0f | %d |\n", s.name, median(first), median(counted),
                    queue->rowCount());
    }

    // Deep scroll: the middle of the whole queue.
    queue->setFilter(ReviewFilter{});
    waitFor(queue, &QueueModel::totalChanged, [] {});
    const int middle = queue->rowCount() / 2;
    QElapsedTimer deepTimer;
    deepTimer.start();
    window.queueView()->scrollTo(queue->index(middle, 0));
    while (!queue->index(middle, 0).data(QueueModel::LoadedRole).toBool() &&
           deepTimer.elapsed() < 60000) {
        queue->index(middle, 0).data(); // what painting does
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const qint64 deep = deepTimer.elapsed();
    std::printf("| jump to row %d of %lld | %lld | | |\n", middle, static_cast<long long>(total),
                static_cast<long long>(deep));

    // Baselines, same database, same run (GUI thread, so the stall meter stops first).
    const qint64 worstStall = stall.worstMs();
    ReviewStore& store = *window.store();
    ReviewFilter page;
    page.limit = QueueLoader::kPageSize;
    QElapsedTimer b;
    b.start();
    const auto full = store.query(page);
    const qint64 fullRecords = b.restart();
    const auto light = store.queueRows(page, QueueLoader::kPreviewChars);
    const qint64 lightRows = b.restart();
    page.offset = middle;
    const auto offsetPage = store.queueRows(page, QueueLoader::kPreviewChars);
    const qint64 offsetDeep = b.restart();
    std::printf("\n| baseline (same run) | ms |\n|---|---:|\n");
    std::printf("| first page as full records (store.query) | %lld |\n",
                static_cast<long long>(fullRecords));
    std::printf("| first page as queue rows (store.queueRows) | %lld |\n",
                static_cast<long long>(lightRows));
    std::printf("| deep page by OFFSET %d | %lld |\n", middle, static_cast<long long>(offsetDeep));
    std::printf("| deep page by id list (queue) | %lld |\n", static_cast<long long>(deep));
    Q_UNUSED(full);
    Q_UNUSED(light);
    Q_UNUSED(offsetPage);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nreviews: %lld\nworst median first rows after a filter change: %.0f ms\n"
                "longest GUI-thread stall: %lld ms\npeak RSS (getrusage): %ld MB\n",
                static_cast<long long>(total), worstFirst, static_cast<long long>(worstStall),
                usage.ru_maxrss / 1024);
    return 0;
}
