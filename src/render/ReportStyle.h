#pragma once

#include "report/IsoWeek.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rd::gui {

// Colours and words of the report's drawings: the category colours of docs/ux.md (the same as
// the queue's badges), the category names of the UI, and how figures are written ("5.2 h",
// "82 %", "+3 (+150 %)"), so the window, its PNG/PDF exports and the CLI say the same.
class ReportStyle
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::ReportStyle)

public:
    // A report column (CategoryCounts.h): the five categories, then "unclassified".
    static QColor bucketColor(int bucket);
    static QString bucketName(int bucket);
    // Rising complaints are bad news: red; falling ones green; no change grey.
    static QColor changeColor(std::int64_t change);
    // Neutral colours for "last week" against "this week" bars.
    static QColor lastWeekColor();
    static QColor thisWeekColor();

    // "W47" and "2026-W47 · 16–22 Nov 2026" (UTC dates, in the UI's locale).
    static QString shortWeek(const IsoWeek& week);
    static QString weekRange(const IsoWeek& week);
    // "+3 (+150 %)", "−2 (−40 %)", "+4" when last week had none, "±0".
    static QString change(std::int64_t change, std::optional<double> percent);
    // "5.2 h" (under 48 hours) or "3.1 d"; "—" when empty.
    static QString hours(std::optional<double> hours);
    // "82 %"; "—" when empty.
    static QString share(std::optional<double> share);
    static QString count(std::int64_t n);
    // A UTC time as "16 Nov 09:30".
    static QString shortTime(Timestamp at);
    // The product as shown: "name (SKU)", or whichever of them exists.
    static QString product(const std::string& sku, const std::string& name);
    // A rule term as a short label: each list of forms "{a,b,c}" shown by its first form
    // ("{discount,coupon} ... {not applied,expired}" -> "discount … not applied"), "..." as "…".
    static QString phrase(const std::string& term);
    // `text` cut to about `columns` columns (a CJK character takes two), ending in "…".
    static QString elided(const QString& text, int columns);
};

} // namespace rd::gui
