#pragma once

#include <string>
#include <string_view>

namespace rd {

// The text of an input file as UTF-8, without a byte-order mark. UTF-8 input is not copied:
// text() then points into the caller's bytes, which must outlive it.
struct DecodedText
{
    std::string_view borrowed; // UTF-8 input
    std::string storage;       // the converted text when the input was not UTF-8
    bool converted = false;

    std::string_view text() const { return converted ? std::string_view(storage) : borrowed; }
};

// Converts review files to UTF-8 with glibc's iconv. Input that is not valid in the given
// encoding is refused with an ImportError naming the line and byte offset of the first bad
// byte, never patched with replacement characters.
class TextDecoder
{
public:
    // `encoding` is a canonical key (EncodingDetector::canonicalName). With `partial`, the
    // input is a prefix of a longer file: a sequence cut at its end is dropped, not an error.
    static DecodedText decode(std::string_view bytes, const std::string& encoding,
                              bool partial = false);
};

} // namespace rd
