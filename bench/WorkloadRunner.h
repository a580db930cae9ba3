#pragma once

#include "WorkloadResult.h"

#include <QFuture>

#include <functional>

// Keeps `inFlight` service operations running until `total` have finished, and times each from
// its call to the moment its future finished. Runs on a plain thread (never the main one): it
// waits for a free slot, never on a future, and the next operation starts from that thread.
class WorkloadRunner {
public:
    using Operation = std::function<QFuture<void>(int index)>;

    static WorkloadResult run(int total, int inFlight, const Operation& operation);
};
