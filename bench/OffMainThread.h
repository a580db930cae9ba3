#pragma once

#include <functional>

// Runs blocking work (waiting on the Database's futures) on a plain thread of its own while the
// calling main thread keeps running its event loop: the main thread never waits on a future.
class OffMainThread {
public:
    // Returns when fn has returned; rethrows what fn threw.
    static void run(const std::function<void()>& fn);
};
