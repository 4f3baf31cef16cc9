#include "CliCommon.h"

#include "util/AppPaths.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QTimeZone>

#include <iostream>

namespace rd::cli {

void printErr(const QString& text)
{
    std::cerr << text.toStdString() << '\n';
}

void printOut(const std::string& text) { std::cout << text; }

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file (default: %1).")
                          .arg(QString::fromStdString(AppPaths::defaultDatabase())),
                      QStringLiteral("path")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")},
                      QStringLiteral("Log to the console (repeat for debug detail).")});
    parser.addHelpOption();
}

int parseOrExit(QCommandLineParser& parser, const QStringList& arguments,
                const QString& description)
{
    parser.setApplicationDescription(description);
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        printErr(QStringLiteral("Try '%1 --help'.").arg(arguments.value(0)));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::cout << parser.helpText().toStdString();
        return ExitOk;
    }
    return -1;
}

std::unique_ptr<ReviewStore> openStore(const QCommandLineParser& parser)
{
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    initLogging("reviewdesk-cli", verbose ? "debug" : "warn");
    std::string path = parser.isSet(QStringLiteral("db"))
                           ? parser.value(QStringLiteral("db")).toStdString()
                           : AppPaths::defaultDatabase();
    return ReviewStore::openSqlite(path);
}

std::optional<Timestamp> parseDate(const QString& text)
{
    QDateTime dt;
    if (text.size() == 10) {
        QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            return std::nullopt;
        }
        dt = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    } else {
        dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            return std::nullopt;
        }
        if (dt.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+')) &&
            !text.endsWith(QLatin1Char('Z'))) {
            dt.setTimeZone(QTimeZone::utc());
        }
    }
    return dt.toMSecsSinceEpoch();
}

std::string formatTime(std::optional<Timestamp> ms)
{
    if (!ms) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc())
        .toString(Qt::ISODate)
        .toStdString();
}

void addFilterOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("platform"), QStringLiteral("ozon, amazon, taobao, wildberries or other; repeatable."), QStringLiteral("name")},
        {QStringLiteral("shop"), QStringLiteral("Shop name; repeatable."), QStringLiteral("name")},
        {QStringLiteral("rating"), QStringLiteral("Stars: N or N-M (e.g. 1-2)."), QStringLiteral("range")},
        {QStringLiteral("polarity"), QStringLiteral("negative, neutral, positive or unknown; repeatable."), QStringLiteral("name")},
        {QStringLiteral("category"), QStringLiteral("product, logistics, after_sales, price or other; repeatable."), QStringLiteral("name")},
        {QStringLiteral("status"), QStringLiteral("new, in_progress, waiting, resolved, revised, appealed or closed; repeatable."), QStringLiteral("name")},
        {QStringLiteral("language"), QStringLiteral("zh, ru, en or und; repeatable."), QStringLiteral("code")},
        {QStringLiteral("from"), QStringLiteral("Published on or after this date (YYYY-MM-DD)."), QStringLiteral("date")},
        {QStringLiteral("to"), QStringLiteral("Published before this date (YYYY-MM-DD)."), QStringLiteral("date")},
        {QStringLiteral("product"), QStringLiteral("SKU, or part of the product name."), QStringLiteral("text")},
        {QStringLiteral("search"), QStringLiteral("Full-text search in title and text."), QStringLiteral("words")},
        {QStringLiteral("suspicious"), QStringLiteral("Only reviews flagged suspicious.")},
        {QStringLiteral("safety"), QStringLiteral("Only reviews flagged for safety.")},
        {QStringLiteral("limit"), QStringLiteral("At most N reviews."), QStringLiteral("N")},
    });
}

namespace {

template <typename T, typename Parse>
bool collect(const QCommandLineParser& parser, const char* option, Parse parse,
             std::vector<T>& out, QString& error)
{
    for (const QString& v : parser.values(QLatin1String(option))) {
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto value = parse(part.trimmed().toLower().toStdString());
            if (!value) {
                error = QStringLiteral("unknown --%1 value '%2'").arg(QLatin1String(option), part);
                return false;
            }
            out.push_back(*value);
        }
    }
    return true;
}

} // namespace

bool filterFromOptions(const QCommandLineParser& p, ReviewFilter& f, QString& error)
{
    if (!collect(p, "platform", platformFromKey, f.platforms, error) ||
        !collect(p, "polarity", polarityFromKey, f.polarities, error) ||
        !collect(p, "category", categoryFromKey, f.categories, error) ||
        !collect(p, "status", statusFromKey, f.statuses, error) ||
        !collect(p, "language", languageFromKey, f.languages, error)) {
        return false;
    }
    for (const QString& s : p.values(QStringLiteral("shop"))) {
        f.shops.push_back(s.toStdString());
    }
    if (p.isSet(QStringLiteral("rating"))) {
        const QStringList parts = p.value(QStringLiteral("rating")).split(QLatin1Char('-'));
        bool ok1 = false;
        bool ok2 = false;
        int lo = parts.value(0).toInt(&ok1);
        int hi = parts.size() > 1 ? parts.value(1).toInt(&ok2) : lo;
        if (parts.size() == 1) {
            ok2 = ok1;
        }
        if (!ok1 || !ok2 || parts.size() > 2 || lo < 1 || hi > 5 || lo > hi) {
            error = QStringLiteral("--rating wants N or N-M with stars 1 to 5");
            return false;
        }
        f.minRating = lo;
        f.maxRating = hi;
    }
    for (const char* name : {"from", "to"}) {
        if (p.isSet(QLatin1String(name))) {
            auto t = parseDate(p.value(QLatin1String(name)));
            if (!t) {
                error = QStringLiteral("--%1 wants a date such as 2026-11-01").arg(QLatin1String(name));
                return false;
            }
            (std::string_view(name) == "from" ? f.publishedFrom : f.publishedTo) = t;
        }
    }
    f.product = p.value(QStringLiteral("product")).toStdString();
    f.search = p.value(QStringLiteral("search")).toStdString();
    if (p.isSet(QStringLiteral("suspicious"))) {
        f.suspicious = true;
    }
    if (p.isSet(QStringLiteral("safety"))) {
        f.safety = true;
    }
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        int n = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || n < 0) {
            error = QStringLiteral("--limit wants a number");
            return false;
        }
        f.limit = n;
    }
    return true;
}

} // namespace rd::cli
