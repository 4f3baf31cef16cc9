#pragma once

#include <string>

namespace rd {

// spdlog set-up shared by the GUI and the CLI: a rotating file in AppPaths::logDir() (5 MB x 3)
// at info level, and the console (stderr) at `consoleLevel` ("off", "info", "debug"...).
void initLogging(const std::string& appName, const std::string& consoleLevel);

} // namespace rd
