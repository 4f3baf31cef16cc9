// libFuzzer target: the encoding detector and the decoder. The detector must name an encoding
// for any bytes; the decoder must either refuse the bytes with an ImportError or return valid
// UTF-8 without a byte-order mark, in every encoding, whole or as a prefix.
#include "FuzzSupport.h"

#include "import/EncodingDetector.h"
#include "import/FormatDetector.h"
#include "import/ImportError.h"
#include "import/TextDecoder.h"
#include "text/Utf8.h"

#include <cstdio>
#include <cstdlib>

namespace {

void decodeAndCheck(std::string_view bytes, const std::string& encoding, bool partial)
{
    try {
        const rd::DecodedText decoded = rd::TextDecoder::decode(bytes, encoding, partial);
        const std::string_view text = decoded.text();
        if (!rd::utf8::isValid(text)) {
            std::fprintf(stderr, "decode(%s) returned invalid UTF-8\n", encoding.c_str());
            std::abort();
        }
        if (text.substr(0, 3) == "\xEF\xBB\xBF") {
            std::fprintf(stderr, "decode(%s) kept the byte-order mark\n", encoding.c_str());
            std::abort();
        }
        (void)rd::FormatDetector::detect(text);
    } catch (const rd::ImportError& e) {
        if (std::string_view(e.what()).empty()) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    rd::fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = rd::fuzz::asText(data, size);
    const std::string detected = rd::EncodingDetector::detect(bytes);
    if (rd::EncodingDetector::canonicalName(detected) != detected) {
        std::fprintf(stderr, "detect() named '%s', which is not a canonical key\n",
                     detected.c_str());
        std::abort();
    }
    (void)rd::EncodingDetector::bomEncoding(bytes);
    (void)rd::EncodingDetector::canonicalName(bytes.substr(0, 32));
    decodeAndCheck(bytes, detected, false);
    for (const char* encoding : {"utf-8", "utf-16le", "utf-16be", "gb18030", "windows-1251"}) {
        decodeAndCheck(bytes, encoding, size % 2 == 1);
    }
    return 0;
}
