#pragma once

#include "model/Review.h"

#include <functional>

namespace rd {

// The one source of "now" in the core, so tests can fix time (as KeePassXC's Clock does).
class Clock
{
public:
    static Timestamp nowMs();
    // Replaces the clock for tests; pass an empty function to restore the system clock.
    static void setForTesting(std::function<Timestamp()> now);
};

} // namespace rd
