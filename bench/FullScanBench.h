#pragma once

#include "Figure.h"

class BenchDatabase;

// Rows per second through EmployeeService::scan into EmployeeRecord values, handed over in
// chunks, against a raw forward-only QSqlQuery loop over the same SELECT on one connection of
// its own: the driver's limit. Blocks: runs off the main thread.
class FullScanBench {
public:
    static Figure run(BenchDatabase& database, int rows, int chunkRows);

private:
    static double serviceScan(BenchDatabase& database, int rows, int chunkRows);
    // The raw loop: one statement with no bound values when chunkRows is 0 (the baseline);
    // otherwise the service's statement, bound values, chunk after chunk by id: what the driver
    // allows a statement with bound values (QPSQL reads each one whole before its first row,
    // while the plain statement streams).
    static double rawScan(BenchDatabase& database, int rows, int chunkRows);
};
