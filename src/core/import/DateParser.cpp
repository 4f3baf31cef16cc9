#include "import/DateParser.h"

#include "text/CharClass.h"
#include "text/Utf8.h"
#include "util/Clock.h"

#include <QDateTime>

#include <cstdint>
#include <string>

namespace rd {
namespace {

// A tiny cursor over the date text.
struct Cursor
{
    std::string_view s;
    std::size_t pos = 0;

    bool done() const { return pos >= s.size(); }
    char peek() const { return done() ? '\0' : s[pos]; }
    bool isDigit() const { return !done() && s[pos] >= '0' && s[pos] <= '9'; }
    void skipSpaces()
    {
        while (!done() && (s[pos] == ' ' || s[pos] == '\t')) {
            ++pos;
        }
    }
    bool eat(std::string_view lit)
    {
        if (s.substr(pos, lit.size()) == lit) {
            pos += lit.size();
            return true;
        }
        return false;
    }
    // Reads up to `maxDigits` digits; `digits` gets how many were read.
    bool number(int& value, int& digits, int maxDigits = 4)
    {
        value = 0;
        digits = 0;
        while (isDigit() && digits < maxDigits) {
            value = value * 10 + (s[pos] - '0');
            ++pos;
            ++digits;
        }
        return digits > 0;
    }
};

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// Month from an English or Russian month name at the cursor ("Mar", "March", "марта").
int monthName(Cursor& c)
{
    std::string word;
    std::size_t pos = c.pos;
    while (pos < c.s.size()) {
        std::size_t next = pos;
        const char32_t ch = utf8::next(c.s, next);
        if (!chars::isLatinLetter(ch) && !chars::isCyrillic(ch)) {
            break;
        }
        utf8::append(word, chars::fold(ch));
        pos = next;
    }
    static const char* const en[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};
    static const char* const ru[] = {"янв", "фев", "мар", "апр", "ма",  "июн",
                                     "июл", "авг", "сен", "окт", "ноя", "дек"};
    for (int i = 0; i < 12; ++i) {
        const std::string_view e = en[i];
        const std::string_view r = ru[i];
        if ((word.size() >= 3 && word.compare(0, 3, e) == 0) ||
            (word.size() >= r.size() && word.compare(0, r.size(), r) == 0 &&
             (i != 4 || word == "мая" || word == "май"))) {
            c.pos = pos;
            return i + 1;
        }
    }
    return 0;
}

// "12:34", "12:34:56", "12:34:56.789", then an optional zone; adds the offset to `offsetMin`.
bool parseTime(Cursor& c, int& h, int& mi, int& sec, int& ms, int& offsetMin)
{
    int digits = 0;
    if (!c.number(h, digits, 2) || !c.eat(":") || !c.number(mi, digits, 2) || digits != 2) {
        return false;
    }
    if (c.eat(":") && (!c.number(sec, digits, 2) || digits != 2)) {
        return false;
    }
    if (c.peek() == '.' || c.peek() == ',') {
        ++c.pos;
        int frac = 0;
        if (!c.number(frac, digits, 3)) {
            return false;
        }
        ms = digits == 1 ? frac * 100 : digits == 2 ? frac * 10 : frac;
        while (c.isDigit()) { // microseconds and beyond
            ++c.pos;
        }
    }
    c.skipSpaces();
    if (c.eat("Z") || c.eat("UTC") || c.eat("GMT")) {
        c.skipSpaces();
    }
    if (c.peek() == '+' || c.peek() == '-') {
        const int sign = c.peek() == '-' ? -1 : 1;
        ++c.pos;
        int oh = 0;
        int om = 0;
        if (!c.number(oh, digits, 2) || digits != 2) {
            return false;
        }
        c.eat(":");
        if (c.isDigit() && (!c.number(om, digits, 2) || digits != 2)) {
            return false;
        }
        offsetMin = sign * (oh * 60 + om);
    }
    return true;
}

// The date part: numeric forms and month names. Leaves the cursor after it.
bool parseDatePart(Cursor& c, int& y, int& m, int& d)
{
    int a = 0;
    int an = 0;
    if (!c.number(a, an, 4)) { // "March 5, 2024"
        m = monthName(c);
        int dn = 0;
        int yn = 0;
        c.skipSpaces();
        if (!m || !c.number(d, dn, 2)) {
            return false;
        }
        c.eat(",");
        c.skipSpaces();
        return c.number(y, yn, 4) && yn == 4;
    }
    if (c.peek() == ' ') { // "5 марта 2024", "5 March 2024"
        c.skipSpaces();
        m = monthName(c);
        int yn = 0;
        c.skipSpaces();
        c.eat(",");
        c.skipSpaces();
        d = a;
        return m && an <= 2 && c.number(y, yn, 4) && yn == 4;
    }
    if (an == 4 && c.eat("年")) { // 2024年3月5日
        int n = 0;
        y = a;
        return c.number(m, n, 2) && c.eat("月") && c.number(d, n, 2) && c.eat("日");
    }
    const char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.') {
        return false;
    }
    ++c.pos;
    int b = 0;
    int bn = 0;
    int e = 0;
    int en = 0;
    if (!c.number(b, bn, 2) || !c.eat(std::string_view(&sep, 1)) || !c.number(e, en, 4)) {
        return false;
    }
    if (an == 4) { // Y-M-D
        y = a, m = b, d = e;
        return en <= 2;
    }
    if (en != 4 || an > 2) {
        return false;
    }
    y = e;
    if (sep == '/' && a <= 12) { // US month/day/year
        m = a, d = b;
    } else {
        d = a, m = b;
    }
    return true;
}

std::optional<Timestamp> parseDigits(std::string_view s)
{
    if (s.size() > 14) {
        return std::nullopt;
    }
    std::int64_t v = 0;
    for (char ch : s) {
        v = v * 10 + (ch - '0');
    }
    if (s.size() == 8) { // YYYYMMDD
        return DateParser::fromCivil(int(v / 10000), int(v / 100 % 100), int(v % 100));
    }
    if (s.size() >= 9 && s.size() <= 11) {
        return v * 1000;
    }
    if (s.size() >= 12 && s.size() <= 14) {
        return v;
    }
    return std::nullopt;
}

std::optional<Timestamp> parseAuto(std::string_view s)
{
    if (s.find_first_not_of("0123456789") == std::string_view::npos) {
        return parseDigits(s);
    }
    Cursor c{s};
    int y = 0, m = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0, offset = 0;
    if (!parseDatePart(c, y, m, d)) {
        return std::nullopt;
    }
    c.eat(" г."); // "5 марта 2024 г."
    c.eat(",");
    if (!c.eat("T")) {
        c.skipSpaces();
    }
    if (!c.done() && !parseTime(c, h, mi, sec, ms, offset)) {
        return std::nullopt;
    }
    c.skipSpaces();
    if (!c.done()) {
        return std::nullopt;
    }
    auto t = DateParser::fromCivil(y, m, d, h, mi, sec, ms);
    if (t) {
        *t -= std::int64_t(offset) * 60'000;
    }
    return t;
}

std::optional<Timestamp> parseWithFormat(std::string_view s, std::string_view f)
{
    Cursor c{s};
    int y = 1970, m = 1, d = 1, h = 0, mi = 0, sec = 0;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i] == '%' && i + 1 < f.size()) {
            const char spec = f[++i];
            int digits = 0;
            int* target = spec == 'Y'   ? &y
                          : spec == 'm' ? &m
                          : spec == 'd' ? &d
                          : spec == 'H' ? &h
                          : spec == 'M' ? &mi
                          : spec == 'S' ? &sec
                                        : nullptr;
            if (spec == '%' && c.eat("%")) {
                continue;
            }
            if (!target || !c.number(*target, digits, spec == 'Y' ? 4 : 2)) {
                return std::nullopt;
            }
        } else if (f[i] == ' ') {
            c.skipSpaces();
        } else if (!c.eat(f.substr(i, 1))) {
            return std::nullopt;
        }
    }
    c.skipSpaces();
    return c.done() ? DateParser::fromCivil(y, m, d, h, mi, sec) : std::nullopt;
}

} // namespace

std::optional<Timestamp> DateParser::fromCivil(int year, int month, int day, int hour, int minute,
                                               int second, int millis)
{
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 60 || millis < 0 || millis > 999) {
        return std::nullopt;
    }
    const std::int64_t days = daysFromCivil(year, unsigned(month), unsigned(day));
    return ((days * 24 + hour) * 60 + minute) * 60'000 + std::int64_t(second) * 1000 + millis;
}

std::string DateParser::futureDateReason(std::optional<Timestamp> publishedAt)
{
    if (!publishedAt || *publishedAt <= Clock::nowMs() + kFutureToleranceMs) {
        return {};
    }
    const QString when =
        QDateTime::fromMSecsSinceEpoch(*publishedAt, Qt::UTC).toString(Qt::ISODate);
    return "date " + when.toStdString() + " is in the future";
}

std::optional<Timestamp> DateParser::parse(std::string_view text, std::string_view format)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    if (text.empty()) {
        return std::nullopt;
    }
    return format.empty() ? parseAuto(text) : parseWithFormat(text, format);
}

} // namespace rd
