#include "import/TextDecoder.h"

#include "import/EncodingDetector.h"
#include "import/ImportError.h"
#include "text/Utf8.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace rd {
namespace {

std::int64_t lineAt(std::string_view utf8Text)
{
    return 1 + std::count(utf8Text.begin(), utf8Text.end(), '\n');
}

// Offset of the first ill-formed UTF-8 sequence, or npos.
std::size_t firstInvalidUtf8(std::string_view s)
{
    std::size_t pos = 0;
    while (pos < s.size()) {
        // ASCII fast path, eight bytes at a time.
        while (pos + 8 <= s.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, s.data() + pos, sizeof word);
            if (word & 0x8080808080808080ULL) {
                break;
            }
            pos += 8;
        }
        if (pos >= s.size()) {
            break;
        }
        const std::size_t start = pos;
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80) {
            ++pos;
            continue;
        }
        if (utf8::next(s, pos) == utf8::kReplacement) {
            // U+FFFD itself is valid (EF BF BD); anything else that yields it is not.
            if (!(pos - start == 3 && s.substr(start, 3) == "\xEF\xBF\xBD")) {
                return start;
            }
        }
    }
    return std::string_view::npos;
}

// Length of an incomplete UTF-8 sequence at the end of `s` (0 when it ends cleanly).
std::size_t incompleteTail(std::string_view s)
{
    for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
        const auto b = static_cast<unsigned char>(s[s.size() - back]);
        if ((b & 0xC0) == 0xC0) {
            const std::size_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            return need > back ? back : 0;
        }
        if ((b & 0xC0) != 0x80) {
            return 0;
        }
    }
    return 0;
}

std::string describeBytes(std::string_view bytes)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (std::size_t i = 0; i < bytes.size() && i < 4; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out += i ? " " : "";
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

DecodedText decodeUtf8(std::string_view bytes, bool partial)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
    }
    if (partial) {
        bytes.remove_suffix(incompleteTail(bytes));
    }
    const std::size_t bad = firstInvalidUtf8(bytes);
    if (bad != std::string_view::npos) {
        throw ImportError("not valid UTF-8: byte offset " + std::to_string(bad) + " (bytes " +
                              describeBytes(bytes.substr(bad)) +
                              "); give the file's encoding with --encoding",
                          lineAt(bytes.substr(0, bad)));
    }
    return DecodedText{bytes, {}, false};
}

const char* iconvName(const std::string& encoding)
{
    if (encoding == "utf-16le") {
        return "UTF-16LE";
    }
    if (encoding == "utf-16be") {
        return "UTF-16BE";
    }
    if (encoding == "gb18030") {
        return "GB18030";
    }
    if (encoding == "windows-1251") {
        return "CP1251";
    }
    return nullptr;
}

class Iconv
{
public:
    Iconv(const char* from) : m_cd(iconv_open("UTF-8", from))
    {
        if (m_cd == reinterpret_cast<iconv_t>(-1)) {
            throw ImportError(std::string("this system cannot convert from ") + from);
        }
    }
    ~Iconv() { iconv_close(m_cd); }
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;
    iconv_t get() const { return m_cd; }

private:
    iconv_t m_cd;
};

DecodedText decodeIconv(std::string_view bytes, const std::string& encoding, bool partial)
{
    const char* name = iconvName(encoding);
    if (!name) {
        throw ImportError("unknown encoding '" + encoding + "'");
    }
    const std::size_t bom = EncodingDetector::bomEncoding(bytes) == encoding
                                ? EncodingDetector::bomLength(encoding)
                                : 0;
    bytes.remove_prefix(bom);
    Iconv cd(name);
    DecodedText out;
    // Cyrillic and Chinese grow by half in UTF-8; the buffer grows when that is not enough.
    out.storage.resize(bytes.size() + bytes.size() / 2 + 16);
    char* in = const_cast<char*>(bytes.data());
    std::size_t inLeft = bytes.size();
    std::size_t outPos = 0;
    while (inLeft > 0) {
        char* outPtr = out.storage.data() + outPos;
        std::size_t outLeft = out.storage.size() - outPos;
        const std::size_t rc = iconv(cd.get(), &in, &inLeft, &outPtr, &outLeft);
        outPos = static_cast<std::size_t>(outPtr - out.storage.data());
        if (rc != static_cast<std::size_t>(-1)) {
            break;
        }
        if (errno == E2BIG) {
            out.storage.resize(out.storage.size() + inLeft * 2 + 64);
            continue;
        }
        const std::size_t offset = bom + static_cast<std::size_t>(in - bytes.data());
        if (errno == EINVAL && partial) {
            break; // a character cut by the end of the preview sample
        }
        const std::string what = errno == EINVAL ? "truncated character at the end of the file"
                                                 : "invalid byte sequence";
        throw ImportError("not valid " + encoding + ": " + what + " at byte offset " +
                              std::to_string(offset) + " (bytes " +
                              describeBytes(std::string_view(in, inLeft)) +
                              "); give the file's encoding with --encoding",
                          lineAt(std::string_view(out.storage.data(), outPos)));
    }
    out.storage.resize(outPos);
    if (std::string_view(out.storage).substr(0, 3) == "\xEF\xBB\xBF") { // a BOM passed through
        out.storage.erase(0, 3);
    }
    out.converted = true;
    return out;
}

} // namespace

DecodedText TextDecoder::decode(std::string_view bytes, const std::string& encoding, bool partial)
{
    if (encoding == "utf-8") {
        return decodeUtf8(bytes, partial);
    }
    return decodeIconv(bytes, encoding, partial);
}

} // namespace rd
