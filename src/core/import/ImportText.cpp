#include "import/ImportText.h"

#include "text/Utf8.h"

namespace rd {
namespace {

// Length of a white-space character at the start / end of `s`, or 0.
std::size_t spaceAtStart(std::string_view s)
{
    if (s.empty()) {
        return 0;
    }
    const char c = s.front();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        return 1;
    }
    for (std::string_view w : {"\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF"}) {
        if (s.substr(0, w.size()) == w) {
            return w.size();
        }
    }
    return 0;
}

std::size_t spaceAtEnd(std::string_view s)
{
    if (s.empty()) {
        return 0;
    }
    const char c = s.back();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        return 1;
    }
    for (std::string_view w : {"\xC2\xA0", "\xE3\x80\x80"}) {
        if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) {
            return w.size();
        }
    }
    return 0;
}

} // namespace

std::string_view ImportText::trim(std::string_view s)
{
    while (std::size_t n = spaceAtStart(s)) {
        s.remove_prefix(n);
    }
    while (std::size_t n = spaceAtEnd(s)) {
        s.remove_suffix(n);
    }
    return s;
}

void ImportText::assignClean(std::string& out, std::string_view in)
{
    in = trim(in);
    if (in.find('\r') == std::string_view::npos) {
        out.assign(in);
        return;
    }
    out.clear();
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '\r') {
            out += '\n';
            if (i + 1 < in.size() && in[i + 1] == '\n') {
                ++i;
            }
        } else {
            out += in[i];
        }
    }
}

void ImportText::appendJsonString(std::string& out, std::string_view s)
{
    static const char* hex = "0123456789abcdef";
    out += '"';
    std::size_t pos = 0;
    while (pos < s.size()) {
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b >= 0x80) {
            const std::size_t start = pos;
            const char32_t c = utf8::next(s, pos);
            if (c == utf8::kReplacement && s.substr(start, 3) != "\xEF\xBF\xBD") {
                out += "\xEF\xBF\xBD";
            } else {
                out.append(s.substr(start, pos - start));
            }
            continue;
        }
        ++pos;
        switch (b) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (b < 0x20) {
                out += "\\u00";
                out += hex[b >> 4];
                out += hex[b & 15];
            } else {
                out += static_cast<char>(b);
            }
        }
    }
    out += '"';
}

} // namespace rd
