#pragma once

#include <QString>

#include <vector>

// Timings of one service workload: how long it took and each operation's latency.
struct WorkloadResult {
    int ops = 0;
    double seconds = 0;
    std::vector<double> latenciesMs; // one per operation, in no particular order
    double statementsPerOp = 0;      // round trips to the database, BEGIN and COMMIT included
    int failures = 0;
    QString firstError;

    double opsPerSecond() const { return seconds > 0 ? ops / seconds : 0; }
    // The latency below which `fraction` of the operations finished (nearest rank).
    double percentileMs(double fraction) const;
};
