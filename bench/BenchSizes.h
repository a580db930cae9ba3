#pragma once

// How much each figure measures: the sizes for the full run, a tenth for --quick.
struct BenchSizes {
    int bigTable = 1'000'000; // employees behind the GUI stall, first rows, full scan, memory
    int smallTable = 10'000;  // the memory baseline
    int seedEmployees = 100'000;
    int seedBatch = 1'000;
    int readPage = 1'000;
    int tokenChecks = 20'000;
    int prefilledTokens = 50'000;
    int revocations = 5'000;
    int mealRequests = 2'000;
    int linesPerRequest = 10;
    int bulkDecision = 500; // requests approved per call (W7)
    int originCycles = 1'250;
    int prefilledOrigins = 100;
    int scanChunk = 10'000;   // rows per chunk of EmployeeService::scan
    int importRows = 200'000; // one employee CSV file

    static BenchSizes full() { return {}; }
    static BenchSizes quick()
    {
        BenchSizes s;
        s.bigTable = 100'000;
        s.seedEmployees = 10'000;
        s.tokenChecks = 2'000;
        s.prefilledTokens = 5'000;
        s.revocations = 500;
        s.mealRequests = 200;
        s.bulkDecision = 50;
        s.originCycles = 125;
        s.importRows = 20'000;
        return s;
    }
};
