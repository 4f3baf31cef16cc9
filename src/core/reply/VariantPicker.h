#pragma once

#include "model/Review.h"

#include <cstdint>
#include <string_view>

namespace rd {

// Chooses which of a template's variants a review gets. Deterministic per review and stable
// across runs, machines and databases: a 64-bit FNV-1a hash of the template id, the platform
// and the review's external id (the store id when it has none), modulo the variant count. So a
// refreshed draft keeps its wording, and a run of similar reviews is spread over the variants.
class VariantPicker
{
public:
    static int pick(const Review& review, std::string_view templateId, int variantCount);
    static std::uint64_t fnv1a(std::string_view data, std::uint64_t hash = 0xcbf29ce484222325ULL);
};

} // namespace rd
