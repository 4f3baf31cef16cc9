#include "ReportFixture.h"

#include "report/ReportExporter.h"
#include "report/ReportTables.h"

#include <nlohmann/json.hpp>

#include <QDir>

#include <sstream>

using namespace rd;
using namespace rd::test;

namespace {

class ReportExportTest : public ReportFixture
{
protected:
    void SetUp() override
    {
        ReportFixture::SetUp();
        const Timestamp t = kW47 + kDay;
        add(Spec(t, 1, Category::Product, "SKU-1", "=cmd|' /C calc'!A0", Platform::Ozon, "Shop A",
                 Polarity::Unknown, false, {evidence("маломерит", "product")}));
        add(Spec(t + kHour, 2, Category::Product, "SKU-1", "=cmd|' /C calc'!A0"));
        add(Spec(t + 2 * kHour, 2, Category::Product, "SKU-1", "=cmd|' /C calc'!A0"));
        add(Spec(kW47 - kDay, 2, Category::Logistics, "SKU-2", "Cap, \"red\""));
        add(Spec(kW47 - kDay, 2, Category::Logistics, "SKU-2", "Cap, \"red\""));
        add(Spec(t, 3, Category::Logistics, "SKU-2", "Cap, \"red\""));
        ReportOptions o = options();
        o.burst = {3, 24};
        m_report = std::make_unique<WeeklyReport>(report(o));
    }

    std::unique_ptr<WeeklyReport> m_report;
};

} // namespace

TEST_F(ReportExportTest, JsonHasEveryFigure)
{
    const nlohmann::json j = ReportExporter::toJson(*m_report);
    EXPECT_EQ(j["week"], "2026-W47");
    EXPECT_EQ(j["time_zone"], "UTC");
    ASSERT_EQ(j["weekly"].size(), 3u);
    EXPECT_EQ(j["weekly"][2]["counts"]["product"], 3);
    EXPECT_EQ(j["weekly"][1]["counts"]["logistics"], 2);
    const auto& logistics = j["week_vs_last"][1];
    EXPECT_EQ(logistics["category"], "logistics");
    EXPECT_EQ(logistics["change"], -1);
    EXPECT_EQ(logistics["change_percent"], -50.0);
    EXPECT_TRUE(j["week_vs_last"][0]["change_percent"].is_null()); // product: none last week
    EXPECT_EQ(j["top_products"][0]["sku"], "SKU-1");
    EXPECT_EQ(j["phrases"][0]["phrase"], "маломерит");
    EXPECT_TRUE(j["response"]["this_week"]["median_first_response_hours"].is_null());
    ASSERT_EQ(j["bursts"].size(), 1u);
    EXPECT_EQ(j["bursts"][0]["review_ids"].size(), 3u);
    EXPECT_EQ(j["bursts"][0]["category"], "product");
}

TEST_F(ReportExportTest, CsvGuardsTextAndKeepsNumbers)
{
    std::ostringstream out;
    ReportExporter::writeCsv(*m_report, out);
    const std::string csv = out.str();
    EXPECT_NE(csv.find("\r\nweekly\r\nweek,week_start,product,"), std::string::npos);
    EXPECT_NE(csv.find("\r\nlogistics,1,2,-1,-50\r\n"), std::string::npos) << csv;
    // The formula-like product name is neutralised; the quoted one is quoted.
    EXPECT_NE(csv.find("'=cmd|' /C calc'!A0"), std::string::npos);
    EXPECT_EQ(csv.find(",=cmd"), std::string::npos);
    EXPECT_NE(csv.find("\"Cap, \"\"red\"\"\""), std::string::npos);
}

TEST_F(ReportExportTest, TablesHaveOneRowPerFigure)
{
    const auto tables = ReportTables::build(*m_report);
    ASSERT_EQ(tables.size(), 7u);
    EXPECT_EQ(tables[1].name, "weekly");
    EXPECT_EQ(tables[1].rows.size(), 3u);
    EXPECT_EQ(tables[2].rows.size(), std::size_t(kBucketCount) + 1); // and a total row
    for (const ReportTable& t : tables) {
        EXPECT_LE(t.name.size(), 31u);
        for (const auto& row : t.rows) {
            EXPECT_EQ(row.size(), t.columns.size()) << t.name;
        }
    }
}

TEST_F(ReportExportTest, FilesAreWrittenWholeOrNotAtAll)
{
    for (ReportFormat f : {ReportFormat::Json, ReportFormat::Csv, ReportFormat::Xlsx}) {
        const std::string path = dir.file("report.out");
        ReportExporter::writeFile(*m_report, f, path);
        const std::string bytes = readFile(path);
        ASSERT_FALSE(bytes.empty());
        if (f == ReportFormat::Xlsx) {
            EXPECT_EQ(bytes.substr(0, 2), "PK"); // a zip container
        }
    }
    EXPECT_THROW(ReportExporter::writeFile(*m_report, ReportFormat::Xlsx,
                                           dir.file("missing/dir/report.xlsx")),
                 std::runtime_error);
    EXPECT_THROW(ReportExporter::writeFile(*m_report, ReportFormat::Json,
                                           dir.file("missing/dir/report.json")),
                 std::runtime_error);
    EXPECT_THROW(ReportExporter::writeFile(*m_report, ReportFormat::Pdf, dir.file("r.pdf")),
                 std::invalid_argument);
    // Only the finished file is left: no temporary parts.
    const QStringList left = QDir(QString::fromStdString(dir.path())).entryList(QDir::Files);
    for (const QString& name : left) {
        EXPECT_TRUE(name == QLatin1String("report.out") || name.startsWith("report.sqlite"))
            << name.toStdString();
    }
    EXPECT_FALSE(ReportExporter::writesFormat(ReportFormat::Png));
    EXPECT_EQ(ReportExporter::formatFromKey("xlsx"), ReportFormat::Xlsx);
    EXPECT_FALSE(ReportExporter::formatFromKey("docx"));
}
