#pragma once

#include <functional>

class QAbstractItemModel;

// Runs the calling thread's event loop until a condition holds: how the GUI-thread benchmarks
// wait for a model, never blocking on a future.
class EventWait {
public:
    // Checks `done` after each change signal of `model` (and every 10 ms); false on timeout.
    static bool until(QAbstractItemModel* model, const std::function<bool()>& done, int timeoutMs);
    // Lets the event loop run for `ms` (timers, paints, queued loads).
    static void settle(int ms);
};
