#pragma once

#include "WorkloadResult.h"

#include <QString>

#include <optional>

// One service workload run in one configuration, with the same workload at one operation in
// flight as its baseline.
struct WorkloadFigure {
    QString bench; // e.g. "W3_token_check"
    QString backend;
    int pool = 0;
    int inFlight = 0;
    WorkloadResult result;
    std::optional<double> baselineOpsPerSecond;
};
