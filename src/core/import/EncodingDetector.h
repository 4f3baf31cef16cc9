#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rd {

// Guesses the character encoding of a review file from its bytes (docs/formats.md,
// "Encodings"): a byte-order mark decides; otherwise zero-byte patterns mean UTF-16, valid
// UTF-8 means UTF-8, and the rest is told apart by byte statistics: Windows-1251 Russian text
// is dominated by lowercase letters 0xE0-0xFF in runs of any length, GBK/GB18030 Chinese text
// by well-formed lead/trail byte pairs.
class EncodingDetector
{
public:
    // One of "utf-8", "utf-16le", "utf-16be", "gb18030", "windows-1251".
    static std::string detect(std::string_view bytes);

    // The offset of the first multi-byte character when the sample of `bytes` is UTF-8 text
    // with non-ASCII characters (valid, or damaged in a few places), else npos. Such bytes are
    // never Windows-1251 or GB18030 text: declaring one of those for them is a mistake.
    static std::size_t utf8TextOffset(std::string_view bytes);

    // The encoding named by a byte-order mark at the start of `bytes`, or "" without one.
    static std::string bomEncoding(std::string_view bytes);
    static std::size_t bomLength(std::string_view encoding);

    // Canonical key of a user-given encoding name ("UTF8", "cp1251", "GBK" -> "gb18030"...),
    // or "" when it is not one the importer reads.
    static std::string canonicalName(std::string_view name);

    // How many bytes are looked at for the statistics.
    static constexpr std::size_t kSampleSize = 256 * 1024;
};

} // namespace rd
