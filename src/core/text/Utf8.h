#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rd::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at `pos` and advances `pos` past it. Invalid or truncated sequences
// yield U+FFFD and advance by one byte, so every input makes progress.
inline char32_t next(std::string_view s, std::size_t& pos)
{
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    auto cont = [&](std::size_t i) -> int {
        if (pos + i >= s.size()) {
            return -1;
        }
        const auto b = static_cast<unsigned char>(s[pos + i]);
        return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        int c1 = cont(1);
        if (c1 >= 0) {
            pos += 2;
            return (char32_t(b0 & 0x1F) << 6) | char32_t(c1);
        }
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        int c1 = cont(1);
        int c2 = cont(2);
        if (c1 >= 0 && c2 >= 0) {
            char32_t cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(c1) << 6) | char32_t(c2);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
                pos += 3;
                return cp;
            }
        }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        int c1 = cont(1);
        int c2 = cont(2);
        int c3 = cont(3);
        if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
            char32_t cp = (char32_t(b0 & 0x07) << 18) | (char32_t(c1) << 12) |
                          (char32_t(c2) << 6) | char32_t(c3);
            if (cp >= 0x10000 && cp <= 0x10FFFF) {
                pos += 4;
                return cp;
            }
        }
    }
    ++pos;
    return kReplacement;
}

inline void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// True when every byte sequence in `s` is well-formed UTF-8.
bool isValid(std::string_view s);

// Replaces ill-formed sequences with U+FFFD.
std::string sanitize(std::string_view s);

// Number of code points (ill-formed bytes count one each, as next() consumes them).
std::size_t length(std::string_view s);

} // namespace rd::utf8
