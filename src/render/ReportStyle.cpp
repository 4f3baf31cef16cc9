#include "render/ReportStyle.h"

#include "report/CategoryCounts.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace rd::gui {

QColor ReportStyle::bucketColor(int bucket)
{
    switch (bucket) {
    case 0:
        return QColor(0x3b, 0x78, 0xc3); // product
    case 1:
        return QColor(0xe0, 0x8a, 0x1e); // logistics
    case 2:
        return QColor(0x8a, 0x55, 0xb8); // after_sales
    case 3:
        return QColor(0x3a, 0x9a, 0x5b); // price
    case 4:
        return QColor(0x8c, 0x8c, 0x8c); // other
    default:
        return QColor(0xc8, 0xc8, 0xc8); // unclassified: lighter than "other"
    }
}

QString ReportStyle::bucketName(int bucket)
{
    // The category names are the queue's (CategoryStyle), so they share its translations.
    switch (bucket) {
    case 0:
        return QCoreApplication::translate("rd::gui::CategoryStyle", "Product quality");
    case 1:
        return QCoreApplication::translate("rd::gui::CategoryStyle", "Logistics");
    case 2:
        return QCoreApplication::translate("rd::gui::CategoryStyle", "After-sales service");
    case 3:
        return QCoreApplication::translate("rd::gui::CategoryStyle", "Price");
    case 4:
        return QCoreApplication::translate("rd::gui::CategoryStyle", "Other");
    default:
        return tr("Unclassified");
    }
}

QColor ReportStyle::changeColor(std::int64_t change)
{
    if (change > 0) {
        return QColor(0xc0, 0x39, 0x2b);
    }
    if (change < 0) {
        return QColor(0x2e, 0x8b, 0x57);
    }
    return QColor(0x80, 0x80, 0x80);
}

QColor ReportStyle::lastWeekColor()
{
    return QColor(0xb4, 0xbc, 0xc8);
}

QColor ReportStyle::thisWeekColor()
{
    return QColor(0x3d, 0x4a, 0x5c);
}

QString ReportStyle::shortWeek(const IsoWeek& week)
{
    return tr("W%1").arg(week.week, 2, 10, QLatin1Char('0'));
}

QString ReportStyle::weekRange(const IsoWeek& week)
{
    const QLocale locale;
    const QDate first = QDateTime::fromMSecsSinceEpoch(week.start(), QTimeZone::utc()).date();
    const QDate last = first.addDays(6);
    const QString from = first.month() == last.month()
                             ? QString::number(first.day())
                             : locale.toString(first, tr("d MMM", "week range start"));
    return tr("%1 · %2–%3", "week, first day, last day")
        .arg(QString::fromStdString(week.toString()), from,
             locale.toString(last, tr("d MMM yyyy", "week range end")));
}

QString ReportStyle::change(std::int64_t change, std::optional<double> percent)
{
    const QLocale locale;
    QString text = change > 0   ? QStringLiteral("+") + locale.toString(qint64(change))
                   : change < 0 ? QStringLiteral("\u2212") + locale.toString(qint64(-change))
                                : QStringLiteral("\u00b10");
    if (percent && change != 0) {
        const double p = *percent;
        text += QStringLiteral(" (%1%2 %)")
                    .arg(p > 0 ? QStringLiteral("+") : QStringLiteral("\u2212"),
                         locale.toString(std::abs(p), 'f', std::abs(p) < 10 ? 1 : 0));
    }
    return text;
}

QString ReportStyle::hours(std::optional<double> hours)
{
    if (!hours) {
        return QStringLiteral("\u2014");
    }
    const QLocale locale;
    if (*hours < 48.0) {
        return tr("%1 h", "hours").arg(locale.toString(*hours, 'f', *hours < 10 ? 1 : 0));
    }
    return tr("%1 d", "days").arg(locale.toString(*hours / 24.0, 'f', 1));
}

QString ReportStyle::share(std::optional<double> share)
{
    if (!share) {
        return QStringLiteral("\u2014");
    }
    return tr("%1 %", "percent").arg(QLocale().toString(*share * 100.0, 'f', 0));
}

QString ReportStyle::count(std::int64_t n)
{
    return QLocale().toString(qint64(n));
}

QString ReportStyle::shortTime(Timestamp at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()),
                              tr("d MMM HH:mm", "burst times (UTC)"));
}

QString ReportStyle::product(const std::string& sku, const std::string& name)
{
    const QString s = QString::fromStdString(sku);
    const QString n = QString::fromStdString(name);
    if (n.isEmpty()) {
        return s;
    }
    if (s.isEmpty() || s == n) {
        return n;
    }
    return tr("%1 (%2)", "product name (SKU)").arg(n, s);
}

QString ReportStyle::phrase(const std::string& term)
{
    static const QRegularExpression kForms(QStringLiteral("\\{\\s*([^,{}]*)[^{}]*\\}"));
    QString text = QString::fromStdString(term);
    text.replace(kForms, QStringLiteral("\\1"));
    text.replace(QStringLiteral("..."), QString(QChar(0x2026)));
    return text.simplified();
}

QString ReportStyle::elided(const QString& text, int columns)
{
    int used = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        used += c.unicode() >= 0x2e80 && !c.isSurrogate() ? 2 : 1; // CJK, kana, full-width
        if (used > columns - 1 && i + 1 < text.size()) {
            const int keep = c.isLowSurrogate() ? i - 1 : i; // never half a character
            return text.left(keep).trimmed() + QChar(0x2026);
        }
    }
    return text;
}

} // namespace rd::gui
