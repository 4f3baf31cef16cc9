#include "text/Utf8.h"

namespace rd::utf8 {

bool isValid(std::string_view s)
{
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t before = pos;
        char32_t cp = next(s, pos);
        if (cp == kReplacement && !(pos - before == 3 && s.substr(before, 3) == "\xEF\xBF\xBD")) {
            return false;
        }
    }
    return true;
}

std::string sanitize(std::string_view s)
{
    if (isValid(s)) {
        return std::string(s);
    }
    std::string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    while (pos < s.size()) {
        append(out, next(s, pos));
    }
    return out;
}

std::size_t length(std::string_view s)
{
    std::size_t n = 0;
    std::size_t pos = 0;
    while (pos < s.size()) {
        next(s, pos);
        ++n;
    }
    return n;
}

} // namespace rd::utf8
