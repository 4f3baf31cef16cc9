#include "import/EncodingDetector.h"

#include "text/Utf8.h"

#include <algorithm>
#include <cctype>

namespace rd {
namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// UTF-16 without a BOM: text that is mostly ASCII has a zero in every other byte.
std::string utf16ByZeroBytes(std::string_view s)
{
    const std::size_t n = std::min<std::size_t>(s.size(), 8192) & ~std::size_t(1);
    if (n < 4) {
        return {};
    }
    std::size_t evenZero = 0;
    std::size_t oddZero = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        evenZero += s[i] == 0 ? 1 : 0;
        oddZero += s[i + 1] == 0 ? 1 : 0;
    }
    const std::size_t pairs = n / 2;
    if (oddZero * 10 >= pairs * 3 && evenZero * 20 <= pairs) {
        return "utf-16le";
    }
    if (evenZero * 10 >= pairs * 3 && oddZero * 20 <= pairs) {
        return "utf-16be";
    }
    return {};
}

// A sample cut at an arbitrary byte may end inside a sequence: that is not a reason to doubt
// UTF-8, so up to three trailing bytes of an incomplete sequence are ignored.
bool validUtf8Sample(std::string_view s, bool truncated)
{
    if (truncated) {
        std::size_t cut = s.size();
        for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
            const auto b = static_cast<unsigned char>(s[s.size() - back]);
            if ((b & 0xC0) == 0xC0) { // a lead byte: drop it and what follows
                cut = s.size() - back;
                break;
            }
            if ((b & 0xC0) != 0x80) {
                break;
            }
        }
        s = s.substr(0, cut);
    }
    return utf8::isValid(s);
}

// A UTF-8 file damaged in a few places (a stray byte from an editor or a bad copy) still
// consists of well-formed multi-byte sequences almost everywhere; legacy text does not (a
// Windows-1251 letter is seldom followed by a continuation byte, and most GBK pairs are not
// UTF-8). Read as Windows-1251 it would import as mojibake; as UTF-8 the decoder rejects it,
// naming the line of the first bad byte.
struct Utf8Counts
{
    std::size_t good = 0;                       // well-formed multi-byte sequences
    std::size_t bad = 0;                        // high bytes that are not part of one
    std::size_t first = std::string_view::npos; // offset of the first good one

    bool mostlyUtf8() const { return good >= 8 && good >= 20 * bad; }
};

Utf8Counts countUtf8(std::string_view s)
{
    Utf8Counts c;
    for (std::size_t pos = 0; pos < s.size();) {
        const std::size_t start = pos;
        const auto b = static_cast<unsigned char>(s[pos]);
        utf8::next(s, pos);
        if (pos - start > 1) {
            c.first = c.good++ == 0 ? start : c.first;
        } else if (b >= 0x80) {
            ++c.bad;
        }
    }
    return c;
}

struct ByteStats
{
    std::size_t high = 0;      // bytes >= 0x80
    std::size_t cyrLower = 0;  // 0xE0-0xFF: Windows-1251 а-я
    std::size_t cyrUpper = 0;  // 0xC0-0xDF: Windows-1251 А-Я
    std::size_t runs = 0;      // runs of consecutive high bytes
    std::size_t oddRuns = 0;   // ... of odd length (impossible for two-byte Chinese text)
    std::size_t gbkErrors = 0; // byte sequences that are not GB18030
    std::size_t gbkChars = 0;  // well-formed GB18030 multi-byte characters
};

ByteStats collect(std::string_view s)
{
    ByteStats st;
    std::size_t run = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        const bool isHigh = i < s.size() && static_cast<unsigned char>(s[i]) >= 0x80;
        if (isHigh) {
            const auto b = static_cast<unsigned char>(s[i]);
            ++st.high;
            ++run;
            st.cyrLower += b >= 0xE0 ? 1 : 0;
            st.cyrUpper += (b >= 0xC0 && b < 0xE0) ? 1 : 0;
        } else if (run > 0) {
            ++st.runs;
            st.oddRuns += run % 2;
            run = 0;
        }
    }
    // GB18030: 0x81-0xFE then 0x40-0x7E / 0x80-0xFE, or four bytes 81-FE 30-39 81-FE 30-39.
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b == 0x80 || b == 0xFF || i + 1 >= s.size()) {
            ++st.gbkErrors;
            ++i;
            continue;
        }
        const auto t = static_cast<unsigned char>(s[i + 1]);
        if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE)) {
            ++st.gbkChars;
            i += 2;
        } else if (t >= 0x30 && t <= 0x39 && i + 3 < s.size() &&
                   static_cast<unsigned char>(s[i + 2]) >= 0x81 &&
                   static_cast<unsigned char>(s[i + 2]) <= 0xFE &&
                   static_cast<unsigned char>(s[i + 3]) >= 0x30 &&
                   static_cast<unsigned char>(s[i + 3]) <= 0x39) {
            ++st.gbkChars;
            i += 4;
        } else {
            ++st.gbkErrors;
            ++i;
        }
    }
    return st;
}

} // namespace

std::string EncodingDetector::bomEncoding(std::string_view bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        return "utf-8";
    }
    if (startsWith(bytes, "\xFF\xFE")) {
        return "utf-16le";
    }
    if (startsWith(bytes, "\xFE\xFF")) {
        return "utf-16be";
    }
    if (startsWith(bytes, "\x84\x31\x95\x33")) {
        return "gb18030";
    }
    return {};
}

std::size_t EncodingDetector::bomLength(std::string_view encoding)
{
    if (encoding == "utf-8") {
        return 3;
    }
    if (encoding == "utf-16le" || encoding == "utf-16be") {
        return 2;
    }
    if (encoding == "gb18030") {
        return 4;
    }
    return 0;
}

std::string EncodingDetector::detect(std::string_view bytes)
{
    if (std::string bom = bomEncoding(bytes); !bom.empty()) {
        return bom;
    }
    if (std::string utf16 = utf16ByZeroBytes(bytes); !utf16.empty()) {
        return utf16;
    }
    const bool truncated = bytes.size() > kSampleSize;
    const std::string_view sample = bytes.substr(0, kSampleSize);
    if (validUtf8Sample(sample, truncated) || countUtf8(sample).mostlyUtf8()) {
        return "utf-8";
    }
    const ByteStats st = collect(sample);
    // Windows-1251 decodes every byte; GB18030 does not. Ill-formed GB18030 (beyond a pair cut
    // at the end of the sample) means Cyrillic.
    if (st.gbkErrors > 1) {
        return "windows-1251";
    }
    // Both read it: Russian words have odd lengths half the time, Chinese characters are two
    // bytes each; lowercase Cyrillic dominates Russian text, while GBK bytes spread evenly.
    const double oddShare = st.runs ? double(st.oddRuns) / double(st.runs) : 0.0;
    const std::size_t letters = st.cyrLower + st.cyrUpper;
    const double lowerShare = letters ? double(st.cyrLower) / double(letters) : 0.0;
    if (oddShare > 0.15 || (oddShare > 0.05 && lowerShare > 0.8)) {
        return "windows-1251";
    }
    return "gb18030";
}

std::size_t EncodingDetector::utf8TextOffset(std::string_view bytes)
{
    const std::string bom = bomEncoding(bytes);
    if (!bom.empty() && bom != "utf-8") {
        return std::string_view::npos;
    }
    const std::string_view sample = bytes.substr(0, kSampleSize);
    const Utf8Counts c = countUtf8(sample);
    const bool utf8 =
        c.good > 0 && (validUtf8Sample(sample, bytes.size() > kSampleSize) || c.mostlyUtf8());
    return utf8 ? c.first : std::string_view::npos;
}

std::string EncodingDetector::canonicalName(std::string_view name)
{
    std::string key;
    for (char c : name) {
        if (c != '-' && c != '_' && c != ' ') {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (key == "utf8" || key == "utf8bom" || key == "utf8sig") {
        return "utf-8";
    }
    if (key == "utf16" || key == "ucs2" || key == "unicode") {
        return "utf-16"; // the byte-order mark decides, little-endian without one
    }
    if (key == "utf16le") {
        return "utf-16le";
    }
    if (key == "utf16be") {
        return "utf-16be";
    }
    if (key == "gb18030" || key == "gbk" || key == "gb2312" || key == "cp936" || key == "euccn" ||
        key == "936") {
        return "gb18030";
    }
    if (key == "windows1251" || key == "cp1251" || key == "win1251" || key == "1251") {
        return "windows-1251";
    }
    return {};
}

} // namespace rd
