#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace rd {

// An input that cannot be imported as a whole: the reason and, when it is about a place in the
// file, the 1-based line. The importer turns it into "file:line: reason" and stores nothing.
// `file` names another file than the input (a mapping file); empty means the input.
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(const std::string& reason, std::int64_t line = 0, std::string file = {})
        : std::runtime_error(reason), m_line(line), m_file(std::move(file))
    {
    }
    std::int64_t line() const { return m_line; }
    const std::string& file() const { return m_file; }

private:
    std::int64_t m_line;
    std::string m_file;
};

} // namespace rd
