#include "reply/TemplateText.h"

#include "reply/TemplateVariables.h"
#include "text/Utf8.h"

#include <algorithm>

namespace rd {
namespace {

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

std::string knownNames()
{
    std::string out;
    for (const auto& v : TemplateVariables::all()) {
        out += (out.empty() ? "" : ", ") + std::string(v.name);
    }
    return out;
}

// Reads the text of one line, code point by code point, keeping the column for messages.
class Cursor
{
public:
    explicit Cursor(std::string_view text) : m_text(text) {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peekByte(std::size_t ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    // Appends the next code point to `out` and advances.
    void take(std::string& out)
    {
        const std::size_t start = m_pos;
        utf8::next(m_text, m_pos);
        out.append(m_text.substr(start, m_pos - start));
        ++m_column;
    }
    void skip(int bytes)
    {
        m_pos += static_cast<std::size_t>(bytes);
        m_column += bytes;
    }
    int column() const { return m_column; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_column = 1;
};

} // namespace

std::optional<TemplateText> TemplateText::parse(std::string_view source, TemplateSyntaxError& error)
{
    TemplateText result;
    result.m_source = std::string(source);
    std::string normalised;
    for (char c : source) {
        if (c != '\r') {
            normalised += c;
        }
    }
    int lineNo = 0;
    std::size_t lineStart = 0;
    while (lineStart <= normalised.size()) {
        ++lineNo;
        std::size_t lineEnd = normalised.find('\n', lineStart);
        if (lineEnd == std::string::npos) {
            lineEnd = normalised.size();
        }
        Line line;
        if (!parseLine(std::string_view(normalised).substr(lineStart, lineEnd - lineStart), line,
                       error)) {
            error.line = lineNo;
            return std::nullopt;
        }
        result.m_lines.push_back(std::move(line));
        lineStart = lineEnd + 1;
    }
    return result;
}

bool TemplateText::parseLine(std::string_view text, Line& line, TemplateSyntaxError& error)
{
    Cursor cur(text);
    std::string literal;
    auto fail = [&](int column, std::string message) {
        error.column = column;
        error.message = std::move(message);
        return false;
    };
    while (!cur.atEnd()) {
        const char c = cur.peekByte();
        if ((c == '{' || c == '}') && cur.peekByte(1) == c) {
            literal += c;
            cur.skip(2);
            continue;
        }
        if (c == '}') {
            return fail(cur.column(), "unmatched '}' (write '}}' for a literal brace)");
        }
        if (c != '{') {
            cur.take(literal);
            continue;
        }
        const int openColumn = cur.column();
        cur.skip(1);
        std::string inside;
        while (!cur.atEnd() && cur.peekByte() != '}') {
            if (cur.peekByte() == '{') {
                return fail(cur.column(), "'{' inside a variable (write '{{' outside it for a"
                                          " literal brace)");
            }
            cur.take(inside);
        }
        if (cur.atEnd()) {
            return fail(openColumn, "unterminated '{' (a variable ends with '}' on the same line)");
        }
        cur.skip(1);
        Segment var;
        if (std::string reason = parseVariable(inside, var); !reason.empty()) {
            return fail(openColumn, reason);
        }
        if (!literal.empty()) {
            line.push_back({std::move(literal), false, false, {}});
            literal.clear();
        }
        line.push_back(std::move(var));
    }
    if (!literal.empty()) {
        line.push_back({std::move(literal), false, false, {}});
    }
    return true;
}

std::string TemplateText::parseVariable(const std::string& inside, Segment& var)
{
    var.isVariable = true;
    const auto bar = inside.find('|');
    var.text = trimmed(std::string_view(inside).substr(0, bar));
    if (bar != std::string::npos) {
        var.hasFallback = true;
        var.fallback = inside.substr(bar + 1);
    }
    if (var.text.empty()) {
        return "empty variable name";
    }
    if (!std::all_of(var.text.begin(), var.text.end(), isNameChar) ||
        !TemplateVariables::isKnown(var.text)) {
        return "unknown variable '" + var.text + "' (known: " + knownNames() + ")";
    }
    return {};
}

bool TemplateText::isStandalone(const Line& line)
{
    bool anyVariable = false;
    for (const Segment& s : line) {
        if (s.isVariable) {
            anyVariable = true;
        } else if (!isBlank(s.text)) {
            return false;
        }
    }
    return anyVariable;
}

TemplateText::Rendered TemplateText::render(const Values& values) const
{
    Rendered out;
    bool first = true;
    for (const Line& line : m_lines) {
        std::string text;
        for (const Segment& s : line) {
            if (!s.isVariable) {
                text += s.text;
                continue;
            }
            auto it = values.find(s.text);
            if (it != values.end() && !isBlank(it->second)) {
                text += it->second; // verbatim: never parsed again
            } else if (s.hasFallback) {
                text += s.fallback;
            } else {
                if (std::find(out.missing.begin(), out.missing.end(), s.text) ==
                    out.missing.end()) {
                    out.missing.push_back(s.text);
                }
                text += '{' + s.text + '}';
            }
        }
        if (isStandalone(line) && isBlank(text)) {
            continue;
        }
        if (!first) {
            out.text += '\n';
        }
        out.text += text;
        first = false;
    }
    return out;
}

std::vector<std::string> TemplateText::variables() const
{
    std::vector<std::string> names;
    for (const Line& line : m_lines) {
        for (const Segment& s : line) {
            if (s.isVariable && std::find(names.begin(), names.end(), s.text) == names.end()) {
                names.push_back(s.text);
            }
        }
    }
    return names;
}

bool TemplateText::uses(std::string_view name) const
{
    for (const Line& line : m_lines) {
        for (const Segment& s : line) {
            if (s.isVariable && s.text == name) {
                return true;
            }
        }
    }
    return false;
}

} // namespace rd
