#include "FullScanBench.h"

#include "BenchDatabase.h"
#include "EmployeeService.h"
#include "EmployeeStore.h"
#include "RawConnection.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <stdexcept>

namespace {

void expectRows(qint64 seen, int rows, const char* scan)
{
    if (seen != rows)
        throw std::runtime_error(std::string(scan) + " scan read " + std::to_string(seen) +
                                 " rows, not " + std::to_string(rows));
}

} // namespace

double FullScanBench::serviceScan(BenchDatabase& database, int rows, int chunkRows)
{
    EmployeeService service(database.db(), database.feed());
    qint64 seen = 0;
    QElapsedTimer clock;
    clock.start();
    // The records are built, handed over and freed on the worker, as an export uses them.
    QFuture<qint64> scanned =
        service.scan(database.admin(), {}, chunkRows, [&seen](QList<EmployeeRecord>&& chunk) {
            seen += chunk.size();
            chunk = {};
        });
    scanned.waitForFinished();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    expectRows(scanned.result(), rows, "service");
    expectRows(seen, rows, "service");
    return double(rows) / seconds;
}

double FullScanBench::rawScan(BenchDatabase& database, int rows)
{
    RawConnection connection(database.settings(), QStringLiteral("mealdesk-bench-raw-scan"));
    qint64 seen = 0;
    QElapsedTimer clock;
    clock.start();
    {
        QSqlQuery q(connection.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY e.id")
                        .arg(EmployeeStore::columns().join(QStringLiteral(", ")),
                             EmployeeStore::from())))
            throw std::runtime_error(q.lastError().text().toStdString());
        const int columns = static_cast<int>(EmployeeStore::columns().size());
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                static_cast<void>(q.value(c));
            ++seen;
        }
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    expectRows(seen, rows, "raw");
    return double(rows) / seconds;
}

Figure FullScanBench::run(BenchDatabase& database, int rows, int chunkRows)
{
    // Best of two, alternating, after a first raw scan that warms the caches for both: one
    // scan alone swings by a third on a shared machine.
    rawScan(database, rows);
    double service = 0;
    double raw = 0;
    for (int round = 0; round < 2; ++round) {
        service = std::max(service, serviceScan(database, rows, chunkRows));
        raw = std::max(raw, rawScan(database, rows));
    }
    Figure f;
    f.bench = QStringLiteral("full_scan");
    f.backend = database.backend();
    f.n = rows;
    f.value = service;
    f.unit = QStringLiteral("rows/s");
    f.baseline = raw;
    f.baselineIs = QStringLiteral("raw forward-only QSqlQuery, one connection");
    f.goal = QStringLiteral(">= 0.7x");
    f.config.insert(QStringLiteral("chunk"), chunkRows);
    return f;
}
