// libFuzzer target: the ozon-json importer, from raw bytes (encoding detected) into an in-memory
// store, and the preview of the same bytes.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    rd::fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    rd::ImportOptions options;
    options.format = "ozon-json";
    rd::fuzz::importAndCheck(rd::fuzz::asText(data, size), "fuzz.ozon", options);
    return 0;
}
