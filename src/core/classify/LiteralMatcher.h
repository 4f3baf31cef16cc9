#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace rd {

// All literals of a rule set compiled once into one Vectorscan database (literal mode, block
// mode). One scan of a normalised text reports every occurrence of every literal, overlapping
// ones included. A hit carries its end; its start is the end minus the literal's length, so
// no HS_FLAG_SOM_LEFTMOST (which costs scan speed) is needed. The text is normalised and
// folded beforehand (Vectorscan's caseless flag folds ASCII only). The database is immutable and shared by all threads; each thread scans with
// its own Scratch (a clone of the prototype made at compile time).
class LiteralMatcher
{
public:
    struct Hit
    {
        std::uint32_t literal; // index into the literals given to the constructor
        std::uint32_t end;     // byte offset just past the occurrence
    };

    // Per-thread scan space. Move-only; must not be used by two threads at once.
    class Scratch
    {
    public:
        Scratch() = default;
        ~Scratch();
        Scratch(Scratch&& other) noexcept;
        Scratch& operator=(Scratch&& other) noexcept;
        Scratch(const Scratch&) = delete;
        Scratch& operator=(const Scratch&) = delete;

    private:
        friend class LiteralMatcher;
        hs_scratch* m_scratch = nullptr;
    };

    // Compiles `literals` (non-empty, no NUL bytes). Throws std::runtime_error naming the
    // literal Vectorscan rejected. An empty list gives a matcher that never matches.
    explicit LiteralMatcher(const std::vector<std::string>& literals);
    ~LiteralMatcher();
    LiteralMatcher(const LiteralMatcher&) = delete;
    LiteralMatcher& operator=(const LiteralMatcher&) = delete;

    Scratch makeScratch() const;

    // Appends the occurrences in `text` to `hits`, in the order Vectorscan reports them (by end
    // offset). Throws std::runtime_error if the scan fails (e.g. the scratch is in use).
    void scan(std::string_view text, Scratch& scratch, std::vector<Hit>& hits) const;

    std::size_t databaseBytes() const;

private:
    hs_database* m_database = nullptr;
    hs_scratch* m_prototype = nullptr;
};

} // namespace rd
