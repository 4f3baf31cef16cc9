#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// The identities already imported from the current file, for "duplicate of line N". An
// open-addressing table of hashes over one arena of key bytes: exact, and without an
// allocation per row (a million 20-byte ids cost about 60 MB). Lines above 4 billion are
// recorded as 4294967295.
class SeenIdentities
{
public:
    // Records (platform, id) first seen on `line`. When it was seen before, returns false and
    // sets `firstLine` to the line it was first seen on.
    bool insert(std::string_view platformKey, std::string_view externalId, std::int64_t line,
                std::int64_t& firstLine);

    // Sizes the table for about `count` identities, to avoid growing it on the way.
    void reserve(std::size_t count);
    std::size_t size() const { return m_offsets.size(); }

private:
    struct Slot // 16 bytes: the table stays small enough to be cache-friendly
    {
        std::uint64_t hash = 0;  // 0 = empty
        std::uint32_t entry = 0; // index into m_offsets
        std::uint32_t line = 0;
    };
    void rehash(std::size_t slots);
    std::string_view key(std::uint32_t entry) const;

    std::vector<Slot> m_slots;
    std::string m_arena;                  // the keys, back to back
    std::vector<std::uint64_t> m_offsets; // where each key starts in m_arena
    std::string m_key;
};

} // namespace rd
