#include "classify/TermPattern.h"

#include "text/CharClass.h"
#include "text/TextNormalizer.h"
#include "text/Utf8.h"

namespace rd {
namespace {

constexpr std::size_t kMaxAlternatives = 256;
constexpr std::size_t kMaxLiteralBytes = 200;
constexpr std::size_t kMaxParts = 8;
constexpr std::size_t kMaxPieces = 16;

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

// Splits "a ... b" (also with the single character "…") into its parts.
std::vector<std::string_view> splitPieces(std::string_view s)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t len = 0;
        if (s.compare(pos, 3, "...") == 0) {
            len = 3;
        } else if (s.compare(pos, 3, "\xE2\x80\xA6") == 0) { // …
            len = 3;
        }
        if (len == 0) {
            ++pos;
            continue;
        }
        parts.push_back(trim(s.substr(start, pos - start)));
        pos += len;
        while (pos < s.size() && s[pos] == '.') {
            ++pos;
        }
        start = pos;
    }
    parts.push_back(trim(s.substr(start)));
    return parts;
}

// Expands "сломал{ся,ась}" into "сломался", "сломалась". Several groups multiply.
bool expandBraces(std::string_view s, std::vector<std::string>& out, std::string& error)
{
    out.assign(1, std::string());
    std::size_t pos = 0;
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '}') {
            error = "'}' without a matching '{'";
            return false;
        }
        if (c != '{') {
            for (std::string& o : out) {
                o += c;
            }
            ++pos;
            continue;
        }
        const std::size_t close = s.find('}', pos + 1);
        const std::size_t nested = s.find('{', pos + 1);
        if (close == std::string_view::npos) {
            error = "'{' without a matching '}'";
            return false;
        }
        if (nested != std::string_view::npos && nested < close) {
            error = "braces cannot be nested";
            return false;
        }
        std::vector<std::string_view> options;
        std::string_view inner = s.substr(pos + 1, close - pos - 1);
        std::size_t start = 0;
        for (std::size_t i = 0; i <= inner.size(); ++i) {
            if (i == inner.size() || inner[i] == ',') {
                options.push_back(inner.substr(start, i - start));
                start = i + 1;
            }
        }
        if (options.size() < 2) {
            error = "a brace group needs at least two forms separated by ',' (e.g. {ся,ась})";
            return false;
        }
        if (out.size() * options.size() > kMaxAlternatives) {
            error = "expands into more than " + std::to_string(kMaxAlternatives) + " forms";
            return false;
        }
        std::vector<std::string> next;
        next.reserve(out.size() * options.size());
        for (const std::string& o : out) {
            for (std::string_view opt : options) {
                next.push_back(o + std::string(opt));
            }
        }
        out = std::move(next);
        pos = close + 1;
    }
    return true;
}

char32_t firstCodePoint(std::string_view s)
{
    std::size_t pos = 0;
    return utf8::next(s, pos);
}

char32_t lastCodePoint(std::string_view s)
{
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
        --start;
    }
    return utf8::next(s, start);
}

bool parseLiteral(std::string_view form, TermLiteral& out, std::string& error)
{
    form = trim(form);
    bool openStart = false;
    bool openEnd = false;
    if (!form.empty() && form.front() == '*') {
        openStart = true;
        form.remove_prefix(1);
    }
    if (!form.empty() && form.back() == '*') {
        openEnd = true;
        form.remove_suffix(1);
    }
    if (form.find('*') != std::string_view::npos) {
        error = "'*' may only stand at the start or the end of a word";
        return false;
    }
    std::string text = TextNormalizer::normalize(form);
    const std::string_view trimmed = trim(text);
    if (trimmed.empty()) {
        error = form.empty() ? "empty term" : "term has no letters after normalisation";
        return false;
    }
    if (trimmed.size() > kMaxLiteralBytes) {
        error = "term longer than " + std::to_string(kMaxLiteralBytes) + " bytes";
        return false;
    }
    if ((openStart || openEnd) && utf8::length(trimmed) < 2) {
        error = "a word with '*' needs at least two letters";
        return false;
    }
    out.text = std::string(trimmed);
    out.startBoundary = !openStart && chars::isWordChar(firstCodePoint(out.text));
    out.endBoundary = !openEnd && chars::isWordChar(lastCodePoint(out.text));
    out.openStart = openStart;
    out.openEnd = openEnd;
    return true;
}

// Splits a form where a word wildcard stands inside a phrase: "пункт* выдачи" becomes
// "пункт*" and "выдачи", which must then follow each other with one space between.
std::vector<std::string> splitAtWildcards(std::string_view form)
{
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    while (pos < form.size()) {
        while (pos < form.size() && (form[pos] == ' ' || form[pos] == '\t')) {
            ++pos;
        }
        const std::size_t start = pos;
        while (pos < form.size() && form[pos] != ' ' && form[pos] != '\t') {
            ++pos;
        }
        if (pos > start) {
            words.push_back(form.substr(start, pos - start));
        }
    }
    std::vector<std::string> segments;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i == 0 || words[i - 1].back() == '*' || words[i].front() == '*') {
            segments.emplace_back(words[i]);
        } else {
            segments.back() += ' ';
            segments.back() += words[i];
        }
    }
    return segments;
}

void addUnique(std::vector<TermLiteral>& list, TermLiteral literal)
{
    for (const TermLiteral& l : list) {
        if (l == literal) {
            return;
        }
    }
    list.push_back(std::move(literal));
}

// The shapes one part between "..." can take: its plain forms as one piece with alternatives,
// and every form with a wildcard inside as a sequence of adjacent pieces.
bool parsePart(std::string_view part, bool allowPieces, std::vector<TermPattern::Variant>& out,
               std::string& error)
{
    std::vector<std::string> forms;
    if (!expandBraces(part, forms, error)) {
        return false;
    }
    TermPiece plain;
    std::vector<TermPattern::Variant> shaped;
    for (const std::string& form : forms) {
        const std::vector<std::string> segments = splitAtWildcards(form);
        if (segments.size() <= 1) {
            TermLiteral literal;
            if (!parseLiteral(form, literal, error)) {
                return false;
            }
            addUnique(plain.alternatives, std::move(literal));
            continue;
        }
        if (!allowPieces) {
            error = "'*' may only stand at the start or the end of a cue";
            return false;
        }
        TermPattern::Variant variant;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            TermPiece piece;
            piece.adjacent = i > 0;
            TermLiteral literal;
            if (!parseLiteral(segments[i], literal, error)) {
                return false;
            }
            piece.alternatives.push_back(std::move(literal));
            variant.push_back(std::move(piece));
        }
        shaped.push_back(std::move(variant));
    }
    out.clear();
    if (!plain.alternatives.empty()) {
        out.emplace_back();
        out.back().push_back(std::move(plain));
    }
    for (TermPattern::Variant& v : shaped) {
        out.push_back(std::move(v));
    }
    return true;
}

} // namespace

std::optional<TermPattern> TermPattern::parse(std::string_view written, bool allowPieces,
                                              std::string& error)
{
    for (char c : written) {
        if (static_cast<unsigned char>(c) < 0x20) {
            error = "term contains a line break or control character";
            return std::nullopt;
        }
    }
    if (trim(written).empty()) {
        error = "empty term";
        return std::nullopt;
    }
    const std::vector<std::string_view> parts = splitPieces(written);
    if (parts.size() > 1 && !allowPieces) {
        error = "'...' is not allowed here";
        return std::nullopt;
    }
    if (parts.size() > kMaxParts) {
        error = "more than " + std::to_string(kMaxParts) + " parts joined by '...'";
        return std::nullopt;
    }
    TermPattern pattern;
    pattern.written = std::string(written);
    pattern.variants.assign(1, Variant());
    for (std::string_view part : parts) {
        if (part.empty()) {
            error = "empty part before or after '...'";
            return std::nullopt;
        }
        std::vector<Variant> shapes;
        if (!parsePart(part, allowPieces, shapes, error)) {
            return std::nullopt;
        }
        if (pattern.variants.size() * shapes.size() > kMaxAlternatives) {
            error = "expands into more than " + std::to_string(kMaxAlternatives) + " forms";
            return std::nullopt;
        }
        std::vector<Variant> next;
        for (const Variant& head : pattern.variants) {
            for (const Variant& shape : shapes) {
                Variant v = head;
                v.insert(v.end(), shape.begin(), shape.end());
                v[head.size()].adjacent = false; // joined to the part before by "..."
                if (v.size() > kMaxPieces) {
                    error = "more than " + std::to_string(kMaxPieces) + " parts";
                    return std::nullopt;
                }
                next.push_back(std::move(v));
            }
        }
        pattern.variants = std::move(next);
    }
    return pattern;
}

} // namespace rd
