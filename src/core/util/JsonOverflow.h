#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

namespace rd {

// nlohmann::json refuses a number beyond the range of a double ("1e400") with an out_of_range
// exception (406) that, unlike a parse error, carries no position. Found by fuzzing
// (tests/fuzz): every JSON reader catches it and reports it like a syntax error.
struct JsonOverflow
{
    // "a number is out of range: 1e400", from the exception's message.
    static std::string reason(const std::string& what)
    {
        const std::string token = tokenOf(what);
        return "a number is out of range" + (token.empty() ? std::string() : ": " + token);
    }
    // The line of the number's first occurrence in `text` (1 when it cannot be found).
    static std::int64_t line(std::string_view text, const std::string& what)
    {
        const std::string token = tokenOf(what);
        const std::size_t at = token.empty() ? std::string_view::npos : text.find(token);
        return at == std::string_view::npos
                   ? 1
                   : 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at),
                                    '\n');
    }

private:
    static std::string tokenOf(const std::string& what)
    {
        const std::size_t open = what.find('\'');
        const std::size_t close = what.rfind('\'');
        return open == std::string::npos || close <= open + 1
                   ? std::string()
                   : what.substr(open + 1, close - open - 1);
    }
};

} // namespace rd
