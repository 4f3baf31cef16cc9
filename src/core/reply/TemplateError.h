#pragma once

#include <stdexcept>
#include <string>

namespace rd {

// A template file that cannot be used: what() reads "file:line:column: template 'id': reason"
// (line and column when known). The library that was being extended is left as it was.
class TemplateError : public std::runtime_error
{
public:
    TemplateError(std::string file, int line, int column, std::string templateId,
                  std::string reason)
        : std::runtime_error(format(file, line, column, templateId, reason)),
          m_file(std::move(file)), m_line(line), m_column(column),
          m_templateId(std::move(templateId)), m_reason(std::move(reason))
    {
    }

    const std::string& file() const { return m_file; }
    int line() const { return m_line; } // 1-based; 0 when not about a line
    int column() const { return m_column; }
    const std::string& templateId() const { return m_templateId; }
    const std::string& reason() const { return m_reason; }

private:
    static std::string format(const std::string& file, int line, int column, const std::string& id,
                              const std::string& reason)
    {
        std::string out = file;
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0) {
                out += ':' + std::to_string(column);
            }
        }
        out += ": ";
        if (!id.empty()) {
            out += "template '" + id + "': ";
        }
        return out + reason;
    }

    std::string m_file;
    int m_line;
    int m_column;
    std::string m_templateId;
    std::string m_reason;
};

} // namespace rd
