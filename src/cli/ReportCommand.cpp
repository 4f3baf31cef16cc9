// report: the weekly complaint-cause report's numbers as JSON, CSV or XLSX (docs/reports.md).
#include "CliCommon.h"
#include "ReportDrawing.h"

#include "report/ReportExporter.h"
#include "report/WeeklyReport.h"
#include "store/ReportStore.h"
#include "util/AppPaths.h"
#include "util/Clock.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>

namespace rd::cli {
namespace {

void addReportOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("week"),
         QStringLiteral("ISO week, e.g. 2026-W47 (default: the current week, UTC)."),
         QStringLiteral("week")},
        {QStringLiteral("format"),
         QStringLiteral("json (default), csv, xlsx, pdf (one page) or png (that page)."),
         QStringLiteral("format"), QStringLiteral("json")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Write to this file (required for xlsx, pdf and png; default: standard"
                        " output)."),
         QStringLiteral("file")},
        {QStringLiteral("platform"),
         QStringLiteral("ozon, amazon, taobao, wildberries or other; repeatable."),
         QStringLiteral("name")},
        {QStringLiteral("shop"), QStringLiteral("Shop name; repeatable."), QStringLiteral("name")},
        {QStringLiteral("product"), QStringLiteral("SKU, or part of the product name."),
         QStringLiteral("text")},
        {QStringLiteral("weeks"), QStringLiteral("Weeks in the trend, 2 to 26 (default 8)."),
         QStringLiteral("N"), QStringLiteral("8")},
        {QStringLiteral("sla-hours"),
         QStringLiteral("First-response target in hours (default 24)."), QStringLiteral("H"),
         QStringLiteral("24")},
        {QStringLiteral("burst-count"), QStringLiteral("Complaints that make a burst (default 5)."),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("burst-hours"),
         QStringLiteral("Within this many hours, at most 168 (default 24)."), QStringLiteral("H"),
         QStringLiteral("24")},
        {QStringLiteral("top"),
         QStringLiteral("Rows in the top products and in each category's phrases (default 10)."),
         QStringLiteral("N"), QStringLiteral("10")},
    });
}

bool number(const QCommandLineParser& p, const char* option, double& out, QString& error)
{
    bool ok = false;
    out = p.value(QLatin1String(option)).toDouble(&ok);
    if (!ok || !std::isfinite(out)) {
        error = QStringLiteral("--%1 wants a number, not '%2'")
                    .arg(QLatin1String(option), p.value(QLatin1String(option)));
        return false;
    }
    return true;
}

bool wholeNumber(const QCommandLineParser& p, const char* option, int& out, QString& error)
{
    bool ok = false;
    out = p.value(QLatin1String(option)).toInt(&ok);
    if (!ok) {
        error = QStringLiteral("--%1 wants a whole number, not '%2'")
                    .arg(QLatin1String(option), p.value(QLatin1String(option)));
    }
    return ok;
}

// Fills `o` from the command line; on a bad value writes the reason to `error`.
bool optionsFromParser(const QCommandLineParser& p, ReportOptions& o, QString& error)
{
    if (p.isSet(QStringLiteral("week"))) {
        std::string reason;
        auto week =
            IsoWeek::parse(p.value(QStringLiteral("week")).trimmed().toStdString(), &reason);
        if (!week) {
            error = QStringLiteral("--week: %1").arg(QString::fromStdString(reason));
            return false;
        }
        o.week = *week;
    } else {
        o.week = IsoWeek::containing(Clock::nowMs());
    }
    for (const QString& value : p.values(QStringLiteral("platform"))) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto platform = platformFromKey(part.trimmed().toLower().toStdString());
            if (!platform) {
                error = QStringLiteral("unknown --platform value '%1'").arg(part);
                return false;
            }
            o.platforms.push_back(*platform);
        }
    }
    for (const QString& shop : p.values(QStringLiteral("shop"))) {
        o.shops.push_back(shop.toStdString());
    }
    o.product = p.value(QStringLiteral("product")).toStdString();
    int top = 0;
    if (!wholeNumber(p, "weeks", o.weeks, error) || !number(p, "sla-hours", o.slaHours, error) ||
        !wholeNumber(p, "burst-count", o.burst.count, error) ||
        !number(p, "burst-hours", o.burst.hours, error) || !wholeNumber(p, "top", top, error)) {
        return false;
    }
    o.topProducts = top;
    o.topPhrases = top;
    if (top > 1000) {
        error = QStringLiteral("--top wants at most 1000 rows");
        return false;
    }
    const std::string problem = o.validate();
    if (!problem.empty()) {
        error = QString::fromStdString(problem);
        return false;
    }
    return true;
}

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    addReportOptions(parser);
    if (int rc = parseOrExit(parser, arguments,
                             QStringLiteral("The weekly complaint-cause report: complaints per"
                                            " category and week, top products, problem phrases,"
                                            " response figures and bursts (docs/reports.md)."));
        rc >= 0) {
        return rc;
    }
    const QString formatKey = parser.value(QStringLiteral("format")).trimmed().toLower();
    const auto format = ReportExporter::formatFromKey(formatKey.toStdString());
    if (!format) {
        printErr(QStringLiteral("unknown --format '%1': use json, csv, xlsx, pdf or png")
                     .arg(formatKey));
        return ExitUsage;
    }
    const bool drawn = !ReportExporter::writesFormat(*format); // pdf, png
    if (drawn && !canDrawReports()) {
        printErr(QStringLiteral("--format %1: this reviewdesk-cli was built without the GUI"
                                " libraries and cannot draw reports; use json, csv or xlsx")
                     .arg(formatKey));
        return ExitUsage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    const bool toStdout = output.isEmpty() || output == QLatin1String("-");
    if (toStdout && (*format == ReportFormat::Xlsx || drawn)) {
        printErr(QStringLiteral("--format %1 needs --output FILE").arg(formatKey));
        return ExitUsage;
    }
    ReportOptions options;
    QString error;
    if (!optionsFromParser(parser, options, error)) {
        printErr(error);
        return ExitUsage;
    }
    const QString db = parser.isSet(QStringLiteral("db"))
                           ? parser.value(QStringLiteral("db"))
                           : QString::fromStdString(AppPaths::defaultDatabase());
    if (!QFileInfo(db).isFile()) {
        printErr(QStringLiteral("no database at %1").arg(db));
        return ExitFailure;
    }
    auto store = openStore(parser);
    const WeeklyReport report = WeeklyReport::build(store->reports(), options);
    if (toStdout) {
        if (*format == ReportFormat::Json) {
            std::cout << ReportExporter::toJson(report).dump(
                             2, ' ', false, nlohmann::json::error_handler_t::replace)
                      << '\n';
        } else {
            ReportExporter::writeCsv(report, std::cout);
        }
        return std::cout.good() ? ExitOk : ExitFailure;
    }
    if (drawn) {
        drawReport(report, *format, output.toStdString());
    } else {
        ReportExporter::writeFile(report, *format, output.toStdString());
    }
    std::cerr << "report " << options.week.toString() << ": " << report.thisWeek().counts.total()
              << " complaint(s), " << report.bursts().size() << " burst(s) -> "
              << output.toStdString() << '\n';
    return ExitOk;
}

} // namespace rd::cli
