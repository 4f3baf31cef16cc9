#include "util/Logging.h"

#include "util/AppPaths.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace rd {

void initLogging(const std::string& appName, const std::string& consoleLevel)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::from_str(consoleLevel));
    sinks.push_back(console);
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            AppPaths::logDir() + "/" + appName + ".log", 5 * 1024 * 1024, 3);
        file->set_level(spdlog::level::info);
        sinks.push_back(file);
    } catch (const spdlog::spdlog_ex&) {
        // A read-only home must not stop the program: log to the console only.
    }
    auto logger = std::make_shared<spdlog::logger>(appName, sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::trace);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

} // namespace rd
