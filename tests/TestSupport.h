#pragma once

#include <QTemporaryDir>

#include <optional>
#include <string>

namespace rd::test {

// A temporary folder removed after the test.
class TempDir
{
public:
    TempDir();
    std::string path() const;
    std::string file(const std::string& name) const; // path()/name

private:
    QTemporaryDir m_dir;
};

// tests/data/<name>: fixtures written for these tests.
std::string fixture(const std::string& name);
// ../shared/<relative> when the shared folder is present; tests skip otherwise.
std::optional<std::string> sharedFile(const std::string& relative);
std::string sourceDir();

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& contents);

} // namespace rd::test
