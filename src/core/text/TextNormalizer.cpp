#include "text/TextNormalizer.h"

#include "text/CharClass.h"
#include "text/Utf8.h"

#include <QChar>
#include <QList>
#include <QString>

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

// Appends bytes to the normalised text with their origins, collapsing white space.
class Writer
{
public:
    explicit Writer(NormalizedText& out) : m_text(out.text), m_origin(out.origin) {}

    void byte(char b, std::int32_t origin)
    {
        m_text.push_back(b);
        m_origin.push_back(origin);
    }

    // White space collapses to one ' ', or to one '\n' when the run holds a line break.
    void space(std::int32_t origin, bool lineBreak = false)
    {
        if (m_text.empty() || (m_text.back() != ' ' && m_text.back() != '\n')) {
            byte(lineBreak ? '\n' : ' ', origin);
        } else if (lineBreak) {
            m_text.back() = '\n';
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

    void codePoint(char32_t c, std::int32_t origin)
    {
        if (c < 0x80) {
            ascii(c, origin);
            return;
        }
        const std::size_t before = m_text.size();
        utf8::append(m_text, c);
        m_origin.insert(m_origin.end(), m_text.size() - before, origin);
    }

    void raw(std::string_view bytes, std::int32_t origin)
    {
        m_text.append(bytes);
        m_origin.insert(m_origin.end(), bytes.size(), origin);
    }

    void text(const char* ascii, std::int32_t origin)
    {
        for (; *ascii; ++ascii) {
            byte(*ascii, origin);
        }
    }

private:
    std::string& m_text;
    std::vector<std::int32_t>& m_origin;
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

// The rare path: NFKC through Qt, then the same folding as the fast path.
void slowPath(std::string_view cluster, std::int32_t origin, Writer& w)
{
    const QString nfkc = QString::fromUtf8(cluster.data(), static_cast<qsizetype>(cluster.size()))
                             .normalized(QString::NormalizationForm_KC);
    for (uint c : nfkc.toUcs4()) {
        emitFolded(static_cast<char32_t>(c), origin, w);
    }
}

void mapChar(char32_t c, std::string_view raw, std::int32_t origin, Writer& w)
{
    if (c >= 0x0400 && c <= 0x04FF) { // Cyrillic: fold, ё -> е
        w.codePoint(chars::fold(c), origin);
    } else if (c == utf8::kReplacement) {
        w.codePoint(c, origin); // also for an ill-formed byte, which decodes as U+FFFD
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
            slowPath(raw, origin, w);
        }
    }
}

} // namespace

std::int32_t TextNormalizer::append(std::string_view s, NormalizedText& out)
{
    out.text.reserve(out.text.size() + s.size() + 2);
    out.origin.reserve(out.origin.size() + s.size() + 3);
    Writer w(out);
    std::int32_t index = 0;
    std::size_t pos = 0;
    const std::size_t n = s.size();
    while (pos < n) {
        const auto b = static_cast<unsigned char>(s[pos]);
        const std::size_t start = pos;
        const char32_t c = b < 0x80 ? (++pos, char32_t(b)) : utf8::next(s, pos);
        if (pos < n && static_cast<unsigned char>(s[pos]) >= 0xCC && combiningAt(s, pos)) {
            // A base character with combining marks: composed (and folded) by NFKC.
            std::size_t end = pos;
            std::int32_t marks = 0;
            while (end < n && combiningAt(s, end)) {
                utf8::next(s, end);
                ++marks;
            }
            slowPath(s.substr(start, end - start), index, w);
            index += 1 + marks;
            pos = end;
            continue;
        }
        if (b < 0x80) {
            w.ascii(c, index);
        } else {
            mapChar(c, s.substr(start, pos - start), index, w);
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
