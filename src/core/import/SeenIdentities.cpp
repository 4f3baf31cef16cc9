#include "import/SeenIdentities.h"

#include <algorithm>
#include <climits>

namespace rd {
namespace {

// FNV-1a, then a 64-bit finaliser (splitmix64) to spread the bits over the table.
std::uint64_t hashOf(std::string_view s)
{
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ULL;
    }
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 31;
    return h ? h : 1;
}

} // namespace

void SeenIdentities::rehash(std::size_t slots)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(slots, Slot{});
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (s.hash) {
            std::size_t i = s.hash & mask;
            while (m_slots[i].hash) {
                i = (i + 1) & mask;
            }
            m_slots[i] = s;
        }
    }
}

void SeenIdentities::reserve(std::size_t count)
{
    std::size_t slots = 1024;
    while (slots < count * 2) {
        slots *= 2;
    }
    if (slots > m_slots.size()) {
        rehash(slots);
    }
    m_offsets.reserve(count);
}

std::string_view SeenIdentities::key(std::uint32_t entry) const
{
    const std::uint64_t begin = m_offsets[entry];
    const std::uint64_t end = entry + 1 < m_offsets.size() ? m_offsets[entry + 1] : m_arena.size();
    return std::string_view(m_arena).substr(begin, end - begin);
}

bool SeenIdentities::insert(std::string_view platformKey, std::string_view externalId,
                            std::int64_t line, std::int64_t& firstLine)
{
    m_key.assign(platformKey);
    m_key += '\x1f';
    m_key += externalId;
    if ((m_offsets.size() + 1) * 2 > m_slots.size()) {
        rehash(m_slots.empty() ? 1024 : m_slots.size() * 2);
    }
    const std::uint64_t h = hashOf(m_key);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = h & mask;
    while (m_slots[i].hash) {
        const Slot& s = m_slots[i];
        if (s.hash == h && key(s.entry) == m_key) {
            firstLine = s.line;
            return false;
        }
        i = (i + 1) & mask;
    }
    const auto shortLine = static_cast<std::uint32_t>(std::min<std::int64_t>(line, UINT32_MAX));
    m_slots[i] = Slot{h, static_cast<std::uint32_t>(m_offsets.size()), shortLine};
    m_offsets.push_back(m_arena.size());
    m_arena += m_key;
    return true;
}

} // namespace rd
