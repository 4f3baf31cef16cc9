#pragma once

#include <stdexcept>
#include <string>

namespace rd {

// Raised by the store when the database cannot do what was asked: the message names the
// database file and the operation, and carries the back end's own reason.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const std::string& message, int code = 0)
        : std::runtime_error(message)
        , m_code(code)
    {
    }
    int code() const { return m_code; }

private:
    int m_code;
};

} // namespace rd
