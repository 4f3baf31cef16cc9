#include "util/Clock.h"

#include <chrono>

namespace rd {
namespace {
std::function<Timestamp()>& override()
{
    static std::function<Timestamp()> fn;
    return fn;
}
} // namespace

Timestamp Clock::nowMs()
{
    if (const auto& fn = override()) {
        return fn();
    }
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void Clock::setForTesting(std::function<Timestamp()> now) { override() = std::move(now); }

} // namespace rd
