#include "report/ReportExports.h"

#include "render/ReportRenderer.h"

#include "report/ReportExporter.h"
#include "report/WeeklyReport.h"

#include <exception>

namespace rd::gui {

QString ReportExports::write(Kind kind, const WeeklyReport& report, const QString& path)
{
    try {
        switch (kind) {
        case Kind::Pdf:
            ReportRenderer::writePdf(report, path);
            break;
        case Kind::PagePng:
            ReportRenderer::writePagePng(report, path);
            break;
        case Kind::TrendPng:
            ReportRenderer::writeChartPng(ReportCharts::Kind::Trend, report, path);
            break;
        case Kind::WeekVsLastPng:
            ReportRenderer::writeChartPng(ReportCharts::Kind::WeekVsLast, report, path);
            break;
        case Kind::TopProductsPng:
            ReportRenderer::writeChartPng(ReportCharts::Kind::TopProducts, report, path);
            break;
        case Kind::Csv:
            ReportExporter::writeFile(report, ReportFormat::Csv, path.toStdString());
            break;
        case Kind::Xlsx:
            ReportExporter::writeFile(report, ReportFormat::Xlsx, path.toStdString());
            break;
        }
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QString ReportExports::suggestedName(Kind kind, const WeeklyReport& report)
{
    const QString stem = QStringLiteral("reviewdesk-%1")
                             .arg(QString::fromStdString(report.options().week.toString()));
    switch (kind) {
    case Kind::Pdf:
        return stem + QStringLiteral(".pdf");
    case Kind::PagePng:
        return stem + QStringLiteral(".png");
    case Kind::TrendPng:
        return stem + QStringLiteral("-") + ReportCharts::fileStem(ReportCharts::Kind::Trend) +
               QStringLiteral(".png");
    case Kind::WeekVsLastPng:
        return stem + QStringLiteral("-") + ReportCharts::fileStem(ReportCharts::Kind::WeekVsLast) +
               QStringLiteral(".png");
    case Kind::TopProductsPng:
        return stem + QStringLiteral("-") +
               ReportCharts::fileStem(ReportCharts::Kind::TopProducts) + QStringLiteral(".png");
    case Kind::Csv:
        return stem + QStringLiteral(".csv");
    case Kind::Xlsx:
        return stem + QStringLiteral(".xlsx");
    }
    return stem;
}

QString ReportExports::fileFilter(Kind kind)
{
    switch (kind) {
    case Kind::Pdf:
        return tr("PDF documents (*.pdf)");
    case Kind::Csv:
        return tr("CSV files (*.csv)");
    case Kind::Xlsx:
        return tr("Excel workbooks (*.xlsx)");
    default:
        return tr("PNG images (*.png)");
    }
}

} // namespace rd::gui
