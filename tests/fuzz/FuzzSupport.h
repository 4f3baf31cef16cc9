#pragma once

// Shared pieces of the libFuzzer targets (tests/fuzz, scripts/fuzz.sh).

#include "import/Importer.h"
#include "store/ReviewStore.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace rd::fuzz {

// Quiets the logger: the targets run millions of inputs.
void initialise();

// An in-memory store shared by the iterations of one process, opened afresh every few hundred
// imports so that it stays small (and so that a stored-state bug shows up within one run).
ReviewStore& store();

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// Imports `data` with `options` into store() and checks what the importer promises: a result
// that is not Ok leaves no batch behind, an Ok result names its batch, and the store stays
// consistent. Also runs the preview on the same bytes. Aborts (a fuzzer crash) on a broken
// promise.
void importAndCheck(std::string_view data, const char* sourceName, const ImportOptions& options);

} // namespace rd::fuzz
