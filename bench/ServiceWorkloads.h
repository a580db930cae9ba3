#pragma once

#include "BenchSizes.h"
#include "WorkloadFigure.h"
#include "WorkloadRunner.h"

#include <QString>
#include <QVariantList>

#include <functional>

class BenchDatabase;
class Connection;

// W1-W7 of the issues, each operation a public service call as the signed-in super admin, in the
// order they build on each other (W1's employees are read by W2 and requested by W5). Audit rows
// and change announcements stay on. Blocks: runs off the main thread.
class ServiceWorkloads {
public:
    using Sink = std::function<void(const WorkloadFigure&)>;

    ServiceWorkloads(BenchDatabase& database, const BenchSizes& sizes, int inFlight);

    // Runs W1..W7 and hands each result to `sink` as soon as it is measured. Throws
    // std::runtime_error when a service returns something other than what was asked for.
    void runAll(const Sink& sink);

private:
    WorkloadResult seed();
    WorkloadResult read();
    WorkloadResult checkTokens();
    WorkloadResult revoke();
    WorkloadResult mealRequests();
    WorkloadResult origins();
    WorkloadResult bulkDecisions();

    // WorkloadRunner::run at this run's number in flight, with the statements sent per operation.
    WorkloadResult measure(int total, const WorkloadRunner::Operation& operation);

    // Setup, not measured: on PostgreSQL the planner statistics autovacuum would gather within
    // a minute of W1's inserts. Without them PostgreSQL plans each page of W2 as a scan and sort
    // of the whole table.
    void analyze();
    // Setup, not measured: rows written straight into `table` in multi-row INSERTs.
    void insertRows(const QString& table, const QStringList& columns,
                    const std::function<QVariantList(const Connection&, int)>& row, int count);

    BenchDatabase& m_database;
    const BenchSizes m_sizes;
    const int m_inFlight;
};
