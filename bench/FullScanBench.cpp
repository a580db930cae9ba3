#include "FullScanBench.h"

#include "BenchDatabase.h"
#include "EmployeeService.h"
#include "EmployeeStore.h"
#include "RawConnection.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
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

double FullScanBench::rawScan(BenchDatabase& database, int rows, int chunkRows)
{
    RawConnection connection(database.settings(), QStringLiteral("mealdesk-bench-raw-scan"));
    const QString select =
        QStringLiteral("SELECT %1 FROM %2")
            .arg(EmployeeStore::columns().join(QStringLiteral(", ")), EmployeeStore::from());
    const int columns = static_cast<int>(EmployeeStore::columns().size());
    const bool bound = chunkRows > 0;
    qint64 seen = 0;
    QElapsedTimer clock;
    clock.start();
    {
        QSqlQuery q(connection.db());
        q.setForwardOnly(true);
        if (bound && !q.prepare(select + QStringLiteral(" WHERE e.id > ? ORDER BY e.id LIMIT ?")))
            throw std::runtime_error(q.lastError().text().toStdString());
        qint64 after = std::numeric_limits<qint64>::min();
        qint64 inStatement = 0;
        do {
            if (bound) {
                q.bindValue(0, after);
                q.bindValue(1, chunkRows);
            }
            if (!(bound ? q.exec() : q.exec(select + QStringLiteral(" ORDER BY e.id"))))
                throw std::runtime_error(q.lastError().text().toStdString());
            for (inStatement = 0; q.next(); ++inStatement) {
                after = q.value(0).toLongLong();
                for (int c = 1; c < columns; ++c)
                    static_cast<void>(q.value(c));
            }
            seen += inStatement;
            q.finish();
        } while (bound && inStatement == chunkRows);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    expectRows(seen, rows, bound ? "raw bound" : "raw");
    return double(rows) / seconds;
}

Figure FullScanBench::run(BenchDatabase& database, int rows, int chunkRows)
{
    // Best of two, alternating, after a first raw scan that warms the caches for both: one
    // scan alone swings by a third on a shared machine.
    rawScan(database, rows, 0);
    double service = 0;
    double raw = 0;
    double rawBound = 0;
    for (int round = 0; round < 2; ++round) {
        service = std::max(service, serviceScan(database, rows, chunkRows));
        raw = std::max(raw, rawScan(database, rows, 0));
        rawBound = std::max(rawBound, rawScan(database, rows, chunkRows));
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
    f.config.insert(QStringLiteral("raw_bound_chunks_rows_per_s"), rawBound);
    return f;
}
