#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace rd {

// Where each value of a JSON document starts, by JSON pointer ("/rules/3/terms/0"), so that a
// problem found after parsing can name its line. Accepts // and /* */ comments as the rule
// files do. Built only when a problem needs a line; expects text that parsed.
class JsonLineIndex
{
public:
    explicit JsonLineIndex(std::string_view text);

    // 1-based line and column (in characters) of the value at `pointer`; the nearest enclosing
    // value that is known when the pointer itself is not; {0, 0} when nothing matches.
    std::pair<int, int> position(std::string pointer) const;

    // Line and column of a byte offset in `text` (for parse errors, which give offsets).
    static std::pair<int, int> lineColumn(std::string_view text, std::size_t byteOffset);

private:
    void skipSpace();
    void value(const std::string& pointer, int depth);
    std::string string();
    void record(const std::string& pointer);

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::size_t m_lineStart = 0;
    std::unordered_map<std::string, std::pair<int, int>> m_positions;
};

} // namespace rd
