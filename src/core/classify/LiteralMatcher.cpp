#include "classify/LiteralMatcher.h"

#include <hs/hs.h>

#include <limits>
#include <new>
#include <stdexcept>

namespace rd {
namespace {

// A text with more occurrences than this (a pathological field of megabytes of complaint words)
// is judged on the first ones.
constexpr std::size_t kMaxHits = std::size_t(1) << 20;

struct ScanContext
{
    std::vector<LiteralMatcher::Hit>* hits;
    bool failed = false;
};

int onMatch(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* ctx)
{
    auto* context = static_cast<ScanContext*>(ctx);
    if (context->hits->size() >= kMaxHits) {
        return 1; // stop scanning
    }
    try {
        context->hits->push_back({id, static_cast<std::uint32_t>(to)});
    } catch (...) {
        context->failed = true;
        return 1;
    }
    return 0;
}

} // namespace

LiteralMatcher::Scratch::~Scratch()
{
    if (m_scratch) {
        hs_free_scratch(m_scratch);
    }
}

LiteralMatcher::Scratch::Scratch(Scratch&& other) noexcept : m_scratch(other.m_scratch)
{
    other.m_scratch = nullptr;
}

LiteralMatcher::Scratch& LiteralMatcher::Scratch::operator=(Scratch&& other) noexcept
{
    if (this != &other) {
        if (m_scratch) {
            hs_free_scratch(m_scratch);
        }
        m_scratch = other.m_scratch;
        other.m_scratch = nullptr;
    }
    return *this;
}

LiteralMatcher::LiteralMatcher(const std::vector<std::string>& literals)
{
    if (literals.empty()) {
        return;
    }
    if (literals.size() > std::numeric_limits<unsigned>::max() / 2) {
        throw std::runtime_error("too many terms for one matcher");
    }
    std::vector<const char*> expressions;
    std::vector<std::size_t> lengths;
    std::vector<unsigned> flags(literals.size(), 0);
    std::vector<unsigned> ids;
    expressions.reserve(literals.size());
    for (std::size_t i = 0; i < literals.size(); ++i) {
        expressions.push_back(literals[i].data());
        lengths.push_back(literals[i].size());
        ids.push_back(static_cast<unsigned>(i));
    }
    hs_compile_error_t* error = nullptr;
    const hs_error_t rc = hs_compile_lit_multi(
        expressions.data(), flags.data(), ids.data(), lengths.data(),
        static_cast<unsigned>(literals.size()), HS_MODE_BLOCK, nullptr, &m_database, &error);
    if (rc != HS_SUCCESS) {
        std::string message = "cannot compile the rule terms";
        if (error) {
            if (error->expression >= 0 &&
                static_cast<std::size_t>(error->expression) < literals.size()) {
                message +=
                    " (term '" + literals[static_cast<std::size_t>(error->expression)] + "')";
            }
            message += std::string(": ") + (error->message ? error->message : "unknown error");
            hs_free_compile_error(error);
        }
        throw std::runtime_error(message);
    }
    if (hs_alloc_scratch(m_database, &m_prototype) != HS_SUCCESS) {
        hs_free_database(m_database);
        m_database = nullptr;
        throw std::runtime_error("cannot allocate the matcher's scratch space");
    }
}

LiteralMatcher::~LiteralMatcher()
{
    if (m_prototype) {
        hs_free_scratch(m_prototype);
    }
    if (m_database) {
        hs_free_database(m_database);
    }
}

LiteralMatcher::Scratch LiteralMatcher::makeScratch() const
{
    Scratch scratch;
    if (m_prototype && hs_clone_scratch(m_prototype, &scratch.m_scratch) != HS_SUCCESS) {
        throw std::runtime_error("cannot allocate the matcher's scratch space");
    }
    return scratch;
}

void LiteralMatcher::scan(std::string_view text, Scratch& scratch, std::vector<Hit>& hits) const
{
    if (!m_database || text.empty()) {
        return;
    }
    if (text.size() > std::numeric_limits<unsigned>::max()) {
        text = text.substr(0, std::numeric_limits<unsigned>::max());
    }
    ScanContext context{&hits};
    const hs_error_t rc = hs_scan(m_database, text.data(), static_cast<unsigned>(text.size()), 0,
                                  scratch.m_scratch, onMatch, &context);
    if (context.failed) {
        throw std::bad_alloc();
    }
    if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) {
        throw std::runtime_error("text scan failed (Vectorscan error " + std::to_string(rc) + ")");
    }
}

std::size_t LiteralMatcher::databaseBytes() const
{
    std::size_t size = 0;
    if (m_database) {
        hs_database_size(m_database, &size);
    }
    return size;
}

} // namespace rd
