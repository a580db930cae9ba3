#pragma once

#include "BenchSizes.h"
#include "ConnectionSettings.h"
#include "Report.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class PostgresServer;

// The whole run: starts PostgreSQL, builds each database, measures every figure on SQLite and
// PostgreSQL and prints the report. Runs on the main thread; blocking work goes off it.
class BenchRunner {
public:
    struct Options {
        bool quick = false;
        QStringList backends; // "sqlite", "postgresql"
        QStringList parts;    // "workloads", "scan", "gui", "memory", "import"
    };

    explicit BenchRunner(Options options);
    ~BenchRunner();

    // 0 when every figure was measured.
    int run();

private:
    void detectMachine();
    ConnectionSettings newDatabase(const QString& backend, const QString& name);
    void runWorkloads(const QString& backend);
    void runTableBenches(const QString& backend);
    void runImport(const QString& backend);
    void progress(const QString& message) const;

    Options m_options;
    BenchSizes m_sizes;
    Report m_report;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
    QHash<QString, double> m_oneInFlight; // "bench/backend" -> ops/s at 1 in flight
    std::optional<double> m_sqliteImportSeconds;
    QElapsedTimer m_clock;
};
