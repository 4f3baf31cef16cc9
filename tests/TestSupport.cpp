#include "TestSupport.h"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace rd::test {

namespace {
// Test output stays readable: the store logs migrations at info level.
const bool kQuietLogs = [] {
    spdlog::set_level(spdlog::level::warn);
    return true;
}();
} // namespace

TempDir::TempDir()
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a temporary folder");
    }
}

std::string TempDir::path() const
{
    return m_dir.path().toStdString();
}

std::string TempDir::file(const std::string& name) const
{
    return path() + "/" + name;
}

std::string fixture(const std::string& name)
{
    return std::string(REVIEWDESK_TEST_DATA_DIR) + "/" + name;
}

std::optional<std::string> sharedFile(const std::string& relative)
{
    const char* env = std::getenv("REVIEWDESK_SHARED_DIR");
    std::string base = env && *env ? env : REVIEWDESK_SHARED_DIR;
    std::string path = base + "/" + relative;
    if (std::filesystem::exists(path)) {
        return path;
    }
    return std::nullopt;
}

std::string sourceDir()
{
    return REVIEWDESK_SOURCE_DIR;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::string& path, const std::string& contents)
{
    std::ofstream out(path, std::ios::binary);
    out << contents;
}

} // namespace rd::test
