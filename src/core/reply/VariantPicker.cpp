#include "reply/VariantPicker.h"

#include <string>

namespace rd {

std::uint64_t VariantPicker::fnv1a(std::string_view data, std::uint64_t hash)
{
    for (unsigned char c : data) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

int VariantPicker::pick(const Review& review, std::string_view templateId, int variantCount)
{
    if (variantCount <= 1) {
        return 0;
    }
    const std::string identity =
        review.externalId.empty() ? "#" + std::to_string(review.id) : review.externalId;
    std::uint64_t h = fnv1a(templateId);
    h = fnv1a("\x1f", h);
    h = fnv1a(toKey(review.platform), h);
    h = fnv1a("\x1f", h);
    h = fnv1a(identity, h);
    // Fold the high bits in: the low bits of FNV-1a vary less for inputs that differ only at
    // the end (consecutive ids).
    h ^= h >> 29;
    return static_cast<int>(h % static_cast<std::uint64_t>(variantCount));
}

} // namespace rd
