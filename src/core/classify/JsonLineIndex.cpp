#include "classify/JsonLineIndex.h"

#include "text/Utf8.h"

namespace rd {
namespace {

constexpr int kMaxDepth = 256;

std::string pointerToken(const std::string& key)
{
    std::string out;
    for (char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

JsonLineIndex::JsonLineIndex(std::string_view text) : m_text(text)
{
    skipSpace();
    value("", 0);
}

std::pair<int, int> JsonLineIndex::lineColumn(std::string_view text, std::size_t byteOffset)
{
    if (byteOffset > text.size()) {
        byteOffset = text.size();
    }
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < byteOffset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column =
        static_cast<int>(utf8::length(text.substr(lineStart, byteOffset - lineStart))) + 1;
    return {line, column};
}

std::pair<int, int> JsonLineIndex::position(std::string pointer) const
{
    for (;;) {
        auto it = m_positions.find(pointer);
        if (it != m_positions.end()) {
            return it->second;
        }
        const std::size_t slash = pointer.rfind('/');
        if (pointer.empty() || slash == std::string::npos) {
            return {0, 0};
        }
        pointer.resize(slash);
    }
}

void JsonLineIndex::record(const std::string& pointer)
{
    const int column =
        static_cast<int>(utf8::length(m_text.substr(m_lineStart, m_pos - m_lineStart))) + 1;
    m_positions.emplace(pointer, std::make_pair(m_line, column));
}

void JsonLineIndex::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '\n') {
            ++m_line;
            m_lineStart = ++m_pos;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++m_pos;
        } else if (c == '/' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '/') {
            while (m_pos < m_text.size() && m_text[m_pos] != '\n') {
                ++m_pos;
            }
        } else if (c == '/' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '*') {
            m_pos += 2;
            while (m_pos < m_text.size() && !(m_text[m_pos] == '*' && m_pos + 1 < m_text.size() &&
                                              m_text[m_pos + 1] == '/')) {
                if (m_text[m_pos] == '\n') {
                    ++m_line;
                    m_lineStart = m_pos + 1;
                }
                ++m_pos;
            }
            m_pos += 2;
        } else {
            return;
        }
    }
}

// Reads a string at m_pos (which is at the opening quote); returns it unescaped enough to be
// a key (\uXXXX escapes of keys are kept as written: rule files use plain keys).
std::string JsonLineIndex::string()
{
    std::string out;
    ++m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != '"') {
        if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) {
            const char e = m_text[m_pos + 1];
            out += (e == 'n') ? '\n' : (e == 't') ? '\t' : e;
            m_pos += 2;
            continue;
        }
        out += m_text[m_pos++];
    }
    ++m_pos;
    return out;
}

void JsonLineIndex::value(const std::string& pointer, int depth)
{
    if (m_pos >= m_text.size() || depth > kMaxDepth) {
        return;
    }
    record(pointer);
    const char c = m_text[m_pos];
    if (c == '{' || c == '[') {
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        ++m_pos;
        int index = 0;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size()) {
                return;
            }
            if (m_text[m_pos] == close) {
                ++m_pos;
                return;
            }
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            std::string child;
            if (object) {
                if (m_text[m_pos] != '"') {
                    return;
                }
                child = pointer + "/" + pointerToken(string());
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
                    return;
                }
                ++m_pos;
                skipSpace();
            } else {
                child = pointer + "/" + std::to_string(index++);
            }
            const std::size_t before = m_pos;
            value(child, depth + 1);
            if (m_pos == before) {
                return; // no progress: malformed
            }
        }
    }
    if (c == '"') {
        string();
        return;
    }
    while (m_pos < m_text.size()) {
        const char d = m_text[m_pos];
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t' ||
            d == '/') {
            return;
        }
        ++m_pos;
    }
}

} // namespace rd
