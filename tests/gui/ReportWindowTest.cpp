// The weekly report window on a fixture database with known answers: the figures it draws, the
// drill-down from a bar, a product, a phrase, a table row and an alert into the main window's
// queue (exactly the counted reviews, read back through the queue), the exports, and the burst
// marks in the queue.
#include "core/ReportFixture.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "filters/CheckMenuButton.h"
#include "queue/QueueModel.h"
#include "render/ReportRenderer.h"
#include "render/ReportStyle.h"
#include "report/BurstMonitor.h"
#include "report/ManagerWindows.h"
#include "report/ReportPanels.h"
#include "report/ReportWindow.h"

#include "report/CategoryCounts.h"
#include "util/Clock.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <set>
#include <tuple>

using namespace rd;
using namespace rd::gui;
using rd::test::evidence;
using rd::test::kDay;
using rd::test::kHour;
using rd::test::kW47;
using rd::test::Spec;

namespace {

using Ids = std::set<std::int64_t>;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ReportWindowTest : public rd::test::ReportFixture
{
protected:
    void SetUp() override
    {
        ReportFixture::SetUp();
        fill();
        store.reset(); // the windows open the file themselves
        Clock::setForTesting([] { return kW47 + 30 * kDay; });
    }

    void TearDown() override
    {
        window.reset();
        Clock::setForTesting({});
    }

    // 2026-W47: 3 product complaints on SKU-1 within 4 hours ("runs small" twice, "running
    // small" once: one phrase), 3 logistics complaints (2 on SKU-2, 1 on SKU-1), a 5-star
    // review; W46: one product (SKU-1) and one logistics (SKU-2) complaint; W45: one price
    // complaint. Responses after 2, 4 and 30 hours; p1 resolved; l2 revised to 5 stars.
    void fill()
    {
        const auto product = [](Timestamp at, int stars, const char* term) {
            return Spec(at, stars, Category::Product, "SKU-1", "Dress", Platform::Ozon, "Shop A",
                        Polarity::Unknown, false, {evidence(term, "product")});
        };
        const auto logistics = [](Timestamp at, int stars, const char* sku, const char* name) {
            return Spec(at, stars, Category::Logistics, sku, name, Platform::Ozon, "Shop B",
                        Polarity::Unknown, false, {evidence("late delivery", "logistics")});
        };
        p1 = add(product(kW47 + 1 * kHour, 1, "runs small"));
        p2 = add(product(kW47 + 3 * kHour, 2, "runs small"));
        p3 = add(product(kW47 + 5 * kHour, 2, "running small"));
        l1 = add(logistics(kW47 + 2 * kDay, 1, "SKU-2", "Kettle"));
        l2 = add(logistics(kW47 + 3 * kDay, 2, "SKU-2", "Kettle"));
        l3 = add(logistics(kW47 + 4 * kDay, 3, "SKU-1", "Dress"));
        happy = add(Spec(kW47 + 1 * kDay, 5, Category::Product));
        q1 = add(Spec(kW47 - 2 * kDay, 2, Category::Product));
        q2 = add(Spec(kW47 - 3 * kDay, 1, Category::Logistics, "SKU-2", "Kettle"));
        add(Spec(kW47 - 9 * kDay, 2, Category::Price, "SKU-3", "Mug"));
        respond(p1, kW47 + 3 * kHour);
        resolve(p1, kW47 + 4 * kHour);
        respond(p2, kW47 + 7 * kHour);
        respond(l1, kW47 + 2 * kDay + 30 * kHour);
        revise(l2, 5);
        path = QString::fromStdString(dir.file("report.sqlite"));
    }

    // The main window on the database, its report window computing 2026-W47 over 3 weeks with
    // alerts at 3 complaints in 24 hours.
    void openWindows()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1300, 800);
        window->show();
        ASSERT_TRUE(window->openDatabase(path));
        window->action(QStringLiteral("actionClearFilters"))->trigger(); // every review
        reportWin = window->managerWindows()->reportWindow();
        reportWin->resize(1400, 1000);
        reportWin->show();
        ReportOptions o;
        o.week = {2026, 47};
        o.weeks = 3;
        o.burst.count = 3;
        o.burst.hours = 24;
        reportWin->setOptions(o);
        ASSERT_TRUE(computed());
        ASSERT_EQ(reportWin->report()->options().week.toString(), "2026-W47");
    }

    bool computed()
    {
        return rd::test::waitUntil([&] {
            return reportWin->report() && !reportWin->isComputing() &&
                   reportWin->report()->options().weeks == 3;
        });
    }

    // The reviews the main window's queue shows, once it has loaded them.
    Ids queueIds()
    {
        QueueModel* model = window->queueModel();
        EXPECT_TRUE(rd::test::waitUntil([&] {
            if (!model->countKnown() || model->isLoading()) {
                return false;
            }
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->reviewIdAt(row) == 0) {
                    return false;
                }
            }
            return true;
        }));
        Ids ids;
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.insert(model->reviewIdAt(row));
        }
        return ids;
    }

    // Waits for the queue to show a drill-down and returns its reviews.
    Ids drilled(const Ids& previous = {})
    {
        EXPECT_TRUE(rd::test::waitUntil([&] {
            const auto& ids = window->queueModel()->filter().ids;
            return !ids.empty() && Ids(ids.begin(), ids.end()) != previous;
        }));
        return queueIds();
    }

    QChart* chart(ReportCharts::Kind kind) { return reportWin->chartView(kind)->chart(); }

    QAbstractBarSeries* bars(ReportCharts::Kind kind)
    {
        return qobject_cast<QAbstractBarSeries*>(chart(kind)->series().value(0));
    }

    // Clicks the chart at a point of its value coordinates, as a user would.
    void clickAt(ReportCharts::Kind kind, const QPointF& value)
    {
        QChartView* view = reportWin->chartView(kind);
        const QPointF inChart = chart(kind)->mapToPosition(value, bars(kind));
        const QPoint at = view->mapFromScene(chart(kind)->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }

    QString path;
    std::int64_t p1 = 0, p2 = 0, p3 = 0, l1 = 0, l2 = 0, l3 = 0, happy = 0, q1 = 0, q2 = 0;
    std::unique_ptr<MainWindow> window;
    ReportWindow* reportWin = nullptr;
};

} // namespace

TEST_F(ReportWindowTest, DrawsTheFiguresComputedForTheWeek)
{
    openWindows();
    const WeeklyReport& r = *reportWin->report();
    const int product = bucketOf(Category::Product);
    const int logistics = bucketOf(Category::Logistics);
    const int price = bucketOf(Category::Price);
    ASSERT_EQ(r.weeks().size(), 3u);
    EXPECT_EQ(r.weeks()[0].counts[price], 1);
    EXPECT_EQ(r.weeks()[1].counts.total(), 2);
    EXPECT_EQ(r.thisWeek().counts[product], 3);
    EXPECT_EQ(r.thisWeek().counts[logistics], 3);
    EXPECT_EQ(r.thisWeek().counts.total(), 6); // the 5-star review is no complaint

    // The trend chart: one bar set per category with a complaint, one value per week.
    QAbstractBarSeries* trend = bars(ReportCharts::Kind::Trend);
    ASSERT_NE(trend, nullptr);
    QBarSet* productSet = nullptr;
    for (QBarSet* set : trend->barSets()) {
        if (set->property(ReportCharts::kBucketProperty).toInt() == product) {
            productSet = set;
        }
    }
    ASSERT_NE(productSet, nullptr);
    EXPECT_EQ(productSet->count(), 3);
    EXPECT_EQ(productSet->at(1), 1.0);
    EXPECT_EQ(productSet->at(2), 3.0);

    // This week against last: product 3 vs 1, +2 (+200 %).
    QTableWidget* changes = reportWin->changesTable();
    bool found = false;
    for (int row = 0; row < changes->rowCount(); ++row) {
        if (changes->item(row, 0)->data(ReportPanels::kBucketRole).toInt() == product) {
            EXPECT_EQ(changes->item(row, 1)->text(), QStringLiteral("3"));
            EXPECT_EQ(changes->item(row, 2)->text(), QStringLiteral("1"));
            EXPECT_EQ(changes->item(row, 3)->text(), ReportStyle::change(2, 200.0));
            found = true;
        }
    }
    EXPECT_TRUE(found);

    // Top products: SKU-1 with 4 (3 product, 1 logistics), then SKU-2 with 2.
    ASSERT_EQ(r.topProducts().size(), 2u); // SKU-3 had none this week
    EXPECT_EQ(r.topProducts()[0].product.sku, "SKU-1");
    EXPECT_EQ(r.topProducts()[0].complaints, 4);
    EXPECT_EQ(r.topProducts()[0].counts[logistics], 1);
    EXPECT_EQ(r.topProducts()[1].product.sku, "SKU-2");
    EXPECT_EQ(r.topProducts()[1].complaints, 2);

    // Response: median of 2, 4 and 30 hours; 2 of 6 within 24 h; 1 of 6 resolved; 1 of 6
    // revised upward.
    EXPECT_EQ(reportWin->figureText(0), ReportStyle::hours(4.0));
    EXPECT_EQ(reportWin->figureText(1), ReportStyle::share(2.0 / 6));
    EXPECT_EQ(reportWin->figureText(2), ReportStyle::share(1.0 / 6));
    EXPECT_EQ(reportWin->figureText(3), ReportStyle::share(1.0 / 6));

    // Phrases: "runs small" (3 reviews, all on SKU-1) under product, "late delivery" (3).
    QTreeWidget* phrases = reportWin->phraseTree();
    ASSERT_EQ(phrases->topLevelItemCount(), 2);
    QTreeWidgetItem* small = phrases->topLevelItem(0)->child(0);
    ASSERT_NE(small, nullptr);
    EXPECT_EQ(small->text(0), QStringLiteral("runs small"));
    EXPECT_EQ(small->text(1), QStringLiteral("3"));
    EXPECT_TRUE(small->text(2).contains(QStringLiteral("SKU-1"))) << small->text(2).toStdString();

    // One alert: the three product complaints on SKU-1 within 4 hours.
    ASSERT_EQ(r.bursts().size(), 1u);
    EXPECT_EQ(Ids(r.bursts()[0].reviewIds.begin(), r.bursts()[0].reviewIds.end()),
              (Ids{p1, p2, p3}));
    EXPECT_EQ(reportWin->burstList()->topLevelItemCount(), 1);
}

TEST_F(ReportWindowTest, ClickingABarOpensTheQueueOnExactlyItsReviews)
{
    openWindows();
    const Ids all = queueIds();
    EXPECT_EQ(all.size(), 10u);

    // Trend chart, W47 (index 2), the product segment (the bottom one: 0 to 3).
    clickAt(ReportCharts::Kind::Trend, QPointF(2, 1.5));
    const Ids product = drilled();
    EXPECT_EQ(product, (Ids{p1, p2, p3}));
    // The status bar says what the queue shows.
    const auto labels = window->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
        return l->isVisible() && l->text().startsWith(QStringLiteral("Report:")) &&
               l->text().contains(QStringLiteral("2026-W47"));
    }));

    // The logistics segment on top of it (3 to 6).
    clickAt(ReportCharts::Kind::Trend, QPointF(2, 4.5));
    EXPECT_EQ(drilled(product), (Ids{l1, l2, l3}));

    // This week against last: last week's product bar (set 0, category index 0).
    clickAt(ReportCharts::Kind::WeekVsLast, QPointF(-0.17, 0.5));
    EXPECT_EQ(drilled(Ids{l1, l2, l3}), (Ids{q1}));

    // Leaving the drill-down: clearing the filters shows every review again.
    window->action(QStringLiteral("actionClearFilters"))->trigger();
    EXPECT_TRUE(rd::test::waitUntil([&] { return window->queueModel()->filter().ids.empty(); }));
    EXPECT_EQ(queueIds(), all);
}

TEST_F(ReportWindowTest, ClickingAProductOrItsSegmentOpensItsReviews)
{
    openWindows();
    QChart* products = chart(ReportCharts::Kind::TopProducts);
    // The product name of the second row (SKU-2): left of the plot, in the bottom one of the two
    // slots (the rows are drawn bottom to top).
    const QRectF plot = products->plotArea();
    const QPointF label(plot.left() - 12, plot.top() + plot.height() * 0.75);
    QChartView* view = reportWin->chartView(ReportCharts::Kind::TopProducts);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(products->mapToScene(label)));
    const Ids kettle = drilled();
    EXPECT_EQ(kettle, (Ids{l1, l2}));

    // SKU-1 (the top row: index 1 from the bottom), its logistics segment (3 to 4).
    clickAt(ReportCharts::Kind::TopProducts, QPointF(3.5, 1));
    EXPECT_EQ(drilled(kettle), (Ids{l3}));
}

TEST_F(ReportWindowTest, ClickingAPhraseARowOrAnAlertOpensItsReviews)
{
    openWindows();
    QTreeWidget* phrases = reportWin->phraseTree();
    QTreeWidgetItem* small = phrases->topLevelItem(0)->child(0);
    phrases->scrollToItem(small);
    QTest::mouseClick(phrases->viewport(), Qt::LeftButton, {},
                      phrases->visualItemRect(small).center());
    const Ids phrase = drilled();
    EXPECT_EQ(phrase, (Ids{p1, p2, p3}));

    // The change table's logistics row, last week's column.
    QTableWidget* changes = reportWin->changesTable();
    int row = -1;
    for (int r = 0; r < changes->rowCount(); ++r) {
        if (changes->item(r, 0)->data(ReportPanels::kBucketRole).toInt() ==
            bucketOf(Category::Logistics)) {
            row = r;
        }
    }
    ASSERT_GE(row, 0);
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {},
                      changes->visualItemRect(changes->item(row, 2)).center());
    const Ids lastWeek = drilled(phrase);
    EXPECT_EQ(lastWeek, (Ids{q2}));

    QTreeWidget* alerts = reportWin->burstList();
    QTest::mouseClick(alerts->viewport(), Qt::LeftButton, {},
                      alerts->visualItemRect(alerts->topLevelItem(0)).center());
    EXPECT_EQ(drilled(lastWeek), (Ids{p1, p2, p3}));

    // An empty figure opens nothing (an empty id list would mean every review).
    ReportSelection none;
    none.week = IsoWeek{2026, 47};
    none.bucket = bucketOf(Category::Price);
    EXPECT_FALSE(reportWin->drillDown(none));
    EXPECT_EQ(queueIds(), (Ids{p1, p2, p3}));
}

TEST_F(ReportWindowTest, ExportsValidFiles)
{
    openWindows();
    const QString out = QString::fromStdString(dir.path());
    using K = ReportWindow::Export;
    ASSERT_EQ(reportWin->exportTo(K::Pdf, out + QStringLiteral("/r.pdf")), QString());
    const QByteArray pdf = readAll(out + QStringLiteral("/r.pdf"));
    EXPECT_TRUE(pdf.startsWith("%PDF-1."));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    EXPECT_EQ(pdf.count("/Type /Page") - pdf.count("/Type /Pages"), 1) << "one page";

    for (auto [kind, name, size] :
         {std::tuple{K::PagePng, "page.png", QSize(2246, 1588)},
          std::tuple{K::TrendPng, "trend.png", ReportRenderer::kChartSize},
          std::tuple{K::WeekVsLastPng, "week.png", ReportRenderer::kChartSize},
          std::tuple{K::TopProductsPng, "products.png", ReportRenderer::kChartSize}}) {
        const QString file = out + QLatin1Char('/') + QLatin1String(name);
        ASSERT_EQ(reportWin->exportTo(kind, file), QString()) << name;
        EXPECT_TRUE(readAll(file).startsWith("\x89PNG\r\n\x1a\n")) << name;
        const QImage image(file);
        EXPECT_EQ(image.size(), size) << name;
        // Drawn, not blank: the middle row of the image holds more than one colour.
        std::set<QRgb> colours;
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, image.height() / 2));
        }
        EXPECT_GT(colours.size(), 2u) << name;
    }

    ASSERT_EQ(reportWin->exportTo(K::Csv, out + QStringLiteral("/r.csv")), QString());
    const QByteArray csv = readAll(out + QStringLiteral("/r.csv"));
    EXPECT_TRUE(csv.contains("week_vs_last\r\n")) << csv.left(200).toStdString();
    EXPECT_TRUE(csv.contains("\r\nproduct,3,1,2,200")) << csv.toStdString();

    ASSERT_EQ(reportWin->exportTo(K::Xlsx, out + QStringLiteral("/r.xlsx")), QString());
    const QByteArray xlsx = readAll(out + QStringLiteral("/r.xlsx"));
    EXPECT_TRUE(xlsx.startsWith("PK\x03\x04"));
    EXPECT_TRUE(xlsx.contains("xl/workbook.xml"));

    // A folder that does not exist: the reason names the file, nothing is written.
    const QString bad = out + QStringLiteral("/missing/r.pdf");
    const QString error = reportWin->exportTo(K::Pdf, bad);
    EXPECT_TRUE(error.contains(QStringLiteral("r.pdf"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(bad));
}

TEST_F(ReportWindowTest, BurstReviewsAreMarkedInTheQueue)
{
    // Ten hours into the week: the SKU-1 burst (last complaint at 05:00) is active.
    Clock::setForTesting([] { return kW47 + 10 * kHour; });
    window = std::make_unique<MainWindow>();
    BurstMonitor* monitor = window->managerWindows()->burstMonitor();
    BurstSettings settings;
    settings.count = 3;
    settings.hours = 24;
    monitor->setSettings(settings);
    window->show();
    ASSERT_TRUE(window->openDatabase(path));
    window->action(QStringLiteral("actionClearFilters"))->trigger(); // every review
    QueueModel* model = window->queueModel();
    ASSERT_TRUE(rd::test::waitUntil([&] { return monitor->burstCount() == 1; }));
    const Ids all = queueIds();
    Ids marked;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex flags = model->index(row, QueueModel::Flags);
        if (flags.data(QueueModel::BurstRole).toBool()) {
            marked.insert(model->reviewIdAt(row));
            EXPECT_TRUE(flags.data(Qt::DisplayRole).toString().contains(QueueModel::tr("Burst")));
            EXPECT_FALSE(flags.data(Qt::ToolTipRole).toString().isEmpty());
        }
    }
    EXPECT_EQ(marked, (Ids{p1, p2, p3}));
    EXPECT_EQ(all.size(), 10u);

    // Stricter thresholds: no burst, no marks.
    settings.count = 4;
    monitor->setSettings(settings);
    ASSERT_TRUE(rd::test::waitUntil([&] { return monitor->burstCount() == 0; }));
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_FALSE(model->index(row, QueueModel::Flags).data(QueueModel::BurstRole).toBool());
    }
}

TEST_F(ReportWindowTest, FiltersByShopPlatformAndProduct)
{
    openWindows();
    // The shop filter offers the shops of the database.
    CheckMenuButton* shops = nullptr;
    ASSERT_TRUE(rd::test::waitUntil([&] {
        for (CheckMenuButton* b : reportWin->findChildren<CheckMenuButton*>()) {
            const auto actions = b->optionsMenu()->actions();
            if (std::any_of(actions.begin(), actions.end(), [](QAction* a) {
                    return a->data().toString() == QStringLiteral("Shop B");
                })) {
                shops = b;
            }
        }
        return shops != nullptr;
    }));
    EXPECT_EQ(shops->optionsMenu()->actions().size(), 2);

    auto recompute = [&](const ReportOptions& o) {
        reportWin->setOptions(o);
        return rd::test::waitUntil([&] {
            const WeeklyReport* r = reportWin->report();
            return r && !reportWin->isComputing() && r->options().shops == o.shops &&
                   r->options().platforms == o.platforms && r->options().product == o.product;
        });
    };
    ReportOptions o = reportWin->options();
    o.shops = {"Shop B"};
    ASSERT_TRUE(recompute(o));
    EXPECT_EQ(reportWin->options().shops, o.shops); // the widgets show it
    EXPECT_EQ(shops->checkedValues(), QVariantList{QStringLiteral("Shop B")});
    EXPECT_EQ(reportWin->report()->thisWeek().counts.total(), 3); // l1, l2, l3
    EXPECT_EQ(reportWin->report()->thisWeek().counts[bucketOf(Category::Product)], 0);

    o.shops.clear();
    o.product = "Kettle";
    ASSERT_TRUE(recompute(o));
    EXPECT_EQ(reportWin->report()->thisWeek().counts.total(), 2); // l1, l2

    o.product.clear();
    o.platforms = {Platform::Amazon};
    ASSERT_TRUE(recompute(o));
    EXPECT_EQ(reportWin->report()->thisWeek().counts.total(), 0);
    EXPECT_EQ(reportWin->figureText(0), ReportStyle::hours(std::nullopt)); // "—"
}
