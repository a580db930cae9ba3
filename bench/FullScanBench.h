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
    static double rawScan(BenchDatabase& database, int rows);
};
