#include "text/TextNormalizer.h"

#include "text/CharClass.h"
#include "text/Utf8.h"

#include <QChar>
#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <cstring>

namespace rd {
namespace {

// Combining marks, and the half-width voiced sound marks that NFKC composes with the kana
// before them (ﾄﾞ -> ド).
bool isCombiningMark(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE20 && c <= 0xFE2F) || c == 0x3099 || c == 0x309A || c == 0xFF9E || c == 0xFF9F;
}

// Lead bytes of the combining marks above (CC, CD, E1, E2, E3, EF): a byte that is none of
// these cannot start one.
constexpr std::array<bool, 256> kMayStartMark = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {0xCC, 0xCD, 0xE1, 0xE2, 0xE3, 0xEF}) {
        table[c] = true;
    }
    return table;
}();

// ASCII folded: A-Z to a-z; 0 for white space and control characters (they collapse).
constexpr std::array<char, 128> kAsciiFold = [] {
    std::array<char, 128> table{};
    for (int c = 0x21; c < 0x7F; ++c) {
        table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return table;
}();

// Whether a combining mark starts at `pos`. Rejects on the lead byte first: the marks above
// are encoded with lead bytes CC, CD, E1, E2, E3 and EF only.
bool combiningAt(std::string_view s, std::size_t pos)
{
    const auto b = static_cast<unsigned char>(s[pos]);
    if (b != 0xCC && b != 0xCD && b != 0xE1 && b != 0xE2 && b != 0xE3 && b != 0xEF) {
        return false;
    }
    return isCombiningMark(utf8::next(s, pos));
}

// Writes the normalised text and its origins through raw pointers. The buffers are sized so
// that the fast path never checks: every fast mapping writes at most as many bytes as it
// consumes, so room for the rest of the input is enough; the two paths that can write more
// (NFKC expansions, U+FFFD for an ill-formed byte) call ensure() first.
class Writer
{
public:
    Writer(NormalizedText& out, std::size_t bytes) : m_out(out), m_pos(out.text.size())
    {
        ensure(bytes);
    }
    ~Writer()
    {
        m_out.text.resize(m_pos);
        m_out.origin.resize(m_pos);
    }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    void ensure(std::size_t n)
    {
        if (m_pos + n > m_cap) {
            m_cap = std::max(m_pos + n, m_cap + m_cap / 2);
            m_out.text.resize(m_cap);
            m_out.origin.resize(m_cap);
            m_text = m_out.text.data();
            m_origin = m_out.origin.data();
        }
    }

    void byte(char b, std::int32_t origin)
    {
        m_text[m_pos] = b;
        m_origin[m_pos] = origin;
        ++m_pos;
    }

    // White space collapses to one ' ', or to one '\n' when the run holds a line break.
    void space(std::int32_t origin, bool lineBreak = false)
    {
        const char last = m_pos > 0 ? m_text[m_pos - 1] : '\0';
        if (m_pos == 0 || (last != ' ' && last != '\n')) {
            byte(lineBreak ? '\n' : ' ', origin);
        } else if (lineBreak) {
            m_text[m_pos - 1] = '\n';
        }
    }

    void ascii(char32_t c, std::int32_t origin)
    {
        if (c >= 'A' && c <= 'Z') {
            byte(static_cast<char>(c + 32), origin);
        } else if (c <= 0x20 || c == 0x7F) {
            space(origin, c == '\n' || c == '\r' || c == 0x0B || c == 0x0C);
        } else {
            byte(static_cast<char>(c), origin);
        }
    }

    // Copies the eight bytes at `p` lower-cased if they are printable ASCII with no white space
    // to collapse (single spaces between words are fine) and the byte after them is not a
    // combining mark; returns false otherwise and writes nothing.
    bool asciiChunk(const unsigned char* p, std::int32_t origin)
    {
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
        constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        // Any byte >= 0x80, < 0x20 or == 0x7F, or a mark after the chunk: the careful path.
        const std::uint64_t below = (x - kOnes * 0x20) & ~x & kHigh;
        const std::uint64_t del = ((x ^ (kOnes * 0x7F)) - kOnes) & ~(x ^ (kOnes * 0x7F)) & kHigh;
        if (((x & kHigh) | below | del) != 0 || kMayStartMark[p[8]]) {
            return false;
        }
        // Spaces: none next to each other, and none right after a written space.
        const std::uint64_t sp = ((x ^ (kOnes * 0x20)) - kOnes) & ~(x ^ (kOnes * 0x20)) & kHigh;
        const char last = m_pos > 0 ? m_text[m_pos - 1] : ' ';
        if ((sp & (sp << 8)) != 0 || ((sp & 0x80) != 0 && (last == ' ' || last == '\n'))) {
            return false;
        }
        // A-Z (0x41-0x5A) get 0x20 added.
        const std::uint64_t geA = ((x | kHigh) - kOnes * 0x41) & kHigh;
        const std::uint64_t gtZ = ((x | kHigh) - kOnes * 0x5B) & kHigh;
        x |= (geA & ~gtZ) >> 2;
        std::memcpy(m_text + m_pos, &x, 8);
        for (int i = 0; i < 8; ++i) {
            m_origin[m_pos + static_cast<std::size_t>(i)] = origin + i;
        }
        m_pos += 8;
        return true;
    }

    void codePoint(char32_t c, std::int32_t origin)
    {
        if (c < 0x80) {
            ascii(c, origin);
        } else if (c < 0x800) {
            byte(static_cast<char>(0xC0 | (c >> 6)), origin);
            byte(static_cast<char>(0x80 | (c & 0x3F)), origin);
        } else if (c < 0x10000) {
            byte(static_cast<char>(0xE0 | (c >> 12)), origin);
            byte(static_cast<char>(0x80 | ((c >> 6) & 0x3F)), origin);
            byte(static_cast<char>(0x80 | (c & 0x3F)), origin);
        } else {
            byte(static_cast<char>(0xF0 | (c >> 18)), origin);
            byte(static_cast<char>(0x80 | ((c >> 12) & 0x3F)), origin);
            byte(static_cast<char>(0x80 | ((c >> 6) & 0x3F)), origin);
            byte(static_cast<char>(0x80 | (c & 0x3F)), origin);
        }
    }

    void raw(std::string_view bytes, std::int32_t origin)
    {
        std::memcpy(m_text + m_pos, bytes.data(), bytes.size());
        std::fill_n(m_origin + m_pos, bytes.size(), origin);
        m_pos += bytes.size();
    }

    void text(const char* ascii, std::int32_t origin)
    {
        for (; *ascii; ++ascii) {
            byte(*ascii, origin);
        }
    }

private:
    NormalizedText& m_out;
    std::size_t m_pos;
    std::size_t m_cap = 0;
    char* m_text = nullptr;
    std::int32_t* m_origin = nullptr;
};

enum class Punct
{
    None,
    Handled,
    Slow,
};

// General punctuation (U+2000-U+206F): spaces, invisible marks, dashes, quotes, ellipsis.
Punct punctuation(char32_t c, std::int32_t origin, Writer& w)
{
    if (c < 0x2000 || c > 0x206F) {
        return Punct::None;
    }
    if (c == 0x2028 || c == 0x2029) {
        w.space(origin, true);
    } else if (c <= 0x200A || c == 0x202F || c == 0x205F) {
        w.space(origin);
    } else if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || c >= 0x2060) {
        // zero-width characters, direction marks, invisible operators: dropped
    } else if (c >= 0x2010 && c <= 0x2015) {
        w.byte('-', origin);
    } else if ((c >= 0x2018 && c <= 0x201B) || c == 0x2032) {
        w.byte('\'', origin);
    } else if ((c >= 0x201C && c <= 0x201F) || c == 0x2033) {
        w.byte('"', origin);
    } else if (c >= 0x2024 && c <= 0x2026) {
        w.text(c == 0x2024 ? "." : c == 0x2025 ? ".." : "...", origin);
    } else if (c == 0x2022 || c == 0x2023 || c == 0x2020 || c == 0x2021 || c == 0x2030) {
        w.codePoint(c, origin);
    } else {
        return Punct::Slow;
    }
    return Punct::Handled;
}

// Characters that NFKC leaves alone and that need no folding: copied as they are.
bool isStable(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x3001 && c <= 0x3035) || c == 0x3037 || (c >= 0x303B && c <= 0x303F) ||
           (c >= 0x3040 && c <= 0x30FE && c != 0x309B && c != 0x309C && c != 0x309F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1F000 && c <= 0x1F0FF) ||
           (c >= 0x1F1E6 && c <= 0x1F1FF) || (c >= 0x1F260 && c <= 0x1FAFF) ||
           (c >= 0x2190 && c <= 0x21FF) ||
           (c >= 0x2300 && c <= 0x23FF && c != 0x2329 && c != 0x232A) ||
           (c >= 0x2500 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFFD || (c >= 0x20000 && c <= 0x2F7FF) ||
           (c >= 0x30000 && c <= 0x3134F);
}

// Latin-1 supplement and Latin Extended-A letters without a compatibility decomposition.
bool isPlainLatin(char32_t c)
{
    if (c >= 0xC0 && c <= 0xFF) {
        return true;
    }
    return c >= 0x100 && c <= 0x17F && c != 0x132 && c != 0x133 && c != 0x13F && c != 0x140 &&
           c != 0x149 && c != 0x17F;
}

void emitFolded(char32_t c, std::int32_t origin, Writer& w)
{
    if (c < 0x80) {
        w.ascii(c, origin);
        return;
    }
    if (QChar::isSpace(c)) {
        w.space(origin);
        return;
    }
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_Control) {
        w.space(origin);
        return;
    }
    if (category == QChar::Other_Format) {
        return;
    }
    if (punctuation(c, origin, w) == Punct::Handled) {
        return;
    }
    char32_t folded = chars::fold(c);
    if (folded == c) {
        folded = QChar::toCaseFolded(c);
    }
    w.codePoint(folded, origin);
}

// The rare path: NFKC through Qt, then the same folding as the fast path. `rest` is the
// number of input bytes still to come, for which the writer must keep room.
void slowPath(std::string_view cluster, std::int32_t origin, std::size_t rest, Writer& w)
{
    const QString nfkc = QString::fromUtf8(cluster.data(), static_cast<qsizetype>(cluster.size()))
                             .normalized(QString::NormalizationForm_KC);
    w.ensure(static_cast<std::size_t>(nfkc.size()) * 4 + rest + 8);
    for (uint c : nfkc.toUcs4()) {
        emitFolded(static_cast<char32_t>(c), origin, w);
    }
}

void mapChar(char32_t c, std::string_view raw, std::int32_t origin, std::size_t rest, Writer& w)
{
    if (c >= 0x0400 && c <= 0x04FF) { // Cyrillic: fold, ё -> е
        w.codePoint(chars::fold(c), origin);
    } else if (c == utf8::kReplacement) {
        w.ensure(3 + rest); // an ill-formed byte decodes as U+FFFD: three bytes for one
        w.codePoint(c, origin);
    } else if (isStable(c)) {
        w.raw(raw, origin);
    } else if (c >= 0xFF01 && c <= 0xFF5E) { // full-width ASCII
        w.ascii(c - 0xFEE0, origin);
    } else if (c == 0x3000 || c == 0xA0 || (c >= 0x80 && c <= 0x9F)) {
        w.space(origin, c == 0x85);
    } else if (isPlainLatin(c)) {
        w.codePoint(chars::fold(c), origin);
    } else if (c == 0xAD || c == 0xFEFF) {
        // soft hyphen, BOM: dropped
    } else if (c >= 0xA1 && c <= 0xBF && c != 0xA8 && c != 0xAA && c != 0xAF &&
               !(c >= 0xB2 && c <= 0xB5) && !(c >= 0xB8 && c <= 0xBA) &&
               !(c >= 0xBC && c <= 0xBE)) {
        w.raw(raw, origin); // « » № ° and other Latin-1 signs NFKC keeps
    } else {
        const Punct p = punctuation(c, origin, w);
        if (p != Punct::Handled) {
            slowPath(raw, origin, rest, w);
        }
    }
}

} // namespace

std::int32_t TextNormalizer::append(std::string_view s, NormalizedText& out)
{
    const std::size_t n = s.size();
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    Writer w(out, n + 8);
    std::int32_t index = 0;
    std::size_t pos = 0;
    // The byte after the character at `pos` that is `len` bytes long: could it start a mark?
    auto plainAfter = [&](std::size_t len) {
        return pos + len >= n || !kMayStartMark[u[pos + len]];
    };
    while (pos < n) {
        // Eight plain ASCII bytes at once when they need nothing but lower-casing.
        if (pos + 9 <= n && w.asciiChunk(u + pos, index)) {
            pos += 8;
            index += 8;
            continue;
        }
        const unsigned char b = u[pos];
        // The three fast paths cover nearly all text: ASCII, Cyrillic (U+0400-U+047F) and CJK
        // ideographs (U+4000-U+9FFF), each not followed by a combining mark.
        if (b < 0x80) {
            if (plainAfter(1)) {
                const char folded = kAsciiFold[b];
                if (folded) {
                    w.byte(folded, index);
                } else {
                    w.space(index, b == '\n' || b == '\r' || b == 0x0B || b == 0x0C);
                }
                ++index;
                ++pos;
                continue;
            }
        } else if ((b == 0xD0 || b == 0xD1) && pos + 1 < n && (u[pos + 1] & 0xC0) == 0x80 &&
                   plainAfter(2)) {
            const char32_t c = (char32_t(b & 0x1F) << 6) | char32_t(u[pos + 1] & 0x3F);
            w.codePoint(chars::fold(c), index++);
            pos += 2;
            continue;
        } else if (b >= 0xE4 && b <= 0xE9 && pos + 2 < n && (u[pos + 1] & 0xC0) == 0x80 &&
                   (u[pos + 2] & 0xC0) == 0x80 && plainAfter(3)) {
            w.raw(s.substr(pos, 3), index++);
            pos += 3;
            continue;
        }
        const std::size_t start = pos;
        const char32_t c = b < 0x80 ? (++pos, char32_t(b)) : utf8::next(s, pos);
        if (pos < n && kMayStartMark[u[pos]] && combiningAt(s, pos)) {
            // A base character with combining marks: composed (and folded) by NFKC.
            std::size_t end = pos;
            std::int32_t marks = 0;
            while (end < n && combiningAt(s, end)) {
                utf8::next(s, end);
                ++marks;
            }
            slowPath(s.substr(start, end - start), index, n - end, w);
            index += 1 + marks;
            pos = end;
            continue;
        }
        if (b < 0x80) {
            w.ascii(c, index);
        } else {
            mapChar(c, s.substr(start, pos - start), index, n - pos, w);
        }
        ++index;
    }
    return index;
}

void TextNormalizer::appendSeparator(NormalizedText& out, std::int32_t fieldLength)
{
    out.text.push_back('\n');
    out.origin.push_back(fieldLength);
}

std::string TextNormalizer::normalize(std::string_view utf8)
{
    NormalizedText out;
    append(utf8, out);
    return std::move(out.text);
}

} // namespace rd
