#include "BenchRunner.h"

#include "BenchDatabase.h"
#include "FullScanBench.h"
#include "GuiStallBench.h"
#include "ImportBench.h"
#include "MachineInfo.h"
#include "MemoryBench.h"
#include "OffMainThread.h"
#include "PostgresServer.h"
#include "RawConnection.h"
#include "ServiceWorkloads.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

#include <stdexcept>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BenchRunner", text);
}

struct WorkloadConfig {
    int pool;
    int inFlight;
};

// One operation in flight first: the later runs are compared with it. On PostgreSQL every write
// shares the pool, so its size shows; SQLite writes on one thread whatever the pool.
QList<WorkloadConfig> configsOf(const QString& backend)
{
    if (backend == QLatin1String("sqlite"))
        return {{4, 1}, {4, 8}};
    return {{4, 1}, {1, 8}, {4, 8}, {8, 8}};
}

} // namespace

BenchRunner::BenchRunner(Options options)
    : m_options(std::move(options))
    , m_sizes(m_options.quick ? BenchSizes::quick() : BenchSizes::full())
{
}

BenchRunner::~BenchRunner() = default;

void BenchRunner::progress(const QString& message) const
{
    QTextStream(stderr) << QStringLiteral("[%1 s] ").arg(m_clock.elapsed() / 1000, 4) << message
                        << Qt::endl;
}

int BenchRunner::run()
{
    m_clock.start();
    try {
        if (!m_dir.isValid())
            throw std::runtime_error("cannot create a temporary directory");
        // The databases hold hundreds of MB: removed even if this process is killed, as the
        // PostgreSQL harness does for its server.
        QProcess::startDetached(
            QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 2; done; rm -rf \"$2\""),
             QStringLiteral("mealdesk-bench-cleanup"),
             QString::number(QCoreApplication::applicationPid()), m_dir.path()});
        if (m_options.backends.contains(QLatin1String("postgresql"))) {
            progress(tr("starting PostgreSQL"));
            m_postgres = std::make_unique<PostgresServer>();
            m_postgres->start();
        }
        detectMachine();
        for (const QString& backend : std::as_const(m_options.backends)) {
            if (m_options.parts.contains(QLatin1String("workloads")))
                runWorkloads(backend);
            runTableBenches(backend);
            if (m_options.parts.contains(QLatin1String("import")))
                runImport(backend);
        }
    } catch (const Failure& e) {
        QTextStream(stderr) << "mealdesk-bench: " << e.message() << Qt::endl;
        return 1;
    } catch (const std::exception& e) {
        QTextStream(stderr) << "mealdesk-bench: " << e.what() << Qt::endl;
        return 1;
    }
    if (m_postgres)
        m_postgres->stop();
    m_report.printTables(double(m_clock.elapsed()) / 1000.0);
    return 0;
}

void BenchRunner::detectMachine()
{
    MachineInfo machine = MachineInfo::detect();
    OffMainThread::run([&] {
        // A file of the run's own folder: only the library's version is wanted (":memory:"
        // would be taken as a file name in the working directory).
        RawConnection sqlite(
            ConnectionSettings::sqliteFile(m_dir.filePath(QStringLiteral("version.db"))),
            QStringLiteral("mealdesk-bench-version"));
        {
            QSqlQuery q(QStringLiteral("SELECT sqlite_version()"), sqlite.db());
            if (q.next())
                machine.setSqliteVersion(q.value(0).toString());
        }
        if (m_postgres)
            machine.setPostgresVersion(m_postgres->serverVersion());
    });
    m_report.setMachine(machine);
    progress(machine.summary());
}

ConnectionSettings BenchRunner::newDatabase(const QString& backend, const QString& name)
{
    if (backend == QLatin1String("sqlite"))
        return ConnectionSettings::sqliteFile(m_dir.filePath(name + QStringLiteral(".db")));
    ConnectionSettings settings;
    OffMainThread::run([&] { settings = m_postgres->createDatabase(name); });
    return settings;
}

void BenchRunner::runWorkloads(const QString& backend)
{
    for (const WorkloadConfig& config : configsOf(backend)) {
        progress(tr("%1: service workloads, pool %2, %3 in flight")
                     .arg(backend)
                     .arg(config.pool)
                     .arg(config.inFlight));
        BenchDatabase database(
            newDatabase(backend,
                        QStringLiteral("workloads_p%1_f%2").arg(config.pool).arg(config.inFlight)),
            config.pool);
        OffMainThread::run([&] {
            database.prepareEmpty();
            ServiceWorkloads(database, m_sizes, config.inFlight).runAll([&](WorkloadFigure w) {
                const QString key = w.bench + QLatin1Char('/') + w.backend;
                if (w.inFlight == 1)
                    m_oneInFlight.insert(key, w.result.opsPerSecond());
                else if (m_oneInFlight.contains(key))
                    w.baselineOpsPerSecond = m_oneInFlight.value(key);
                // The report prints from this thread while the main thread only runs its loop.
                m_report.add(w);
                progress(QStringLiteral("%1: %2 ops/s")
                             .arg(w.bench)
                             .arg(w.result.opsPerSecond(), 0, 'f', 0));
            });
        });
    }
}

void BenchRunner::runTableBenches(const QString& backend)
{
    const QStringList& parts = m_options.parts;
    const bool scan = parts.contains(QLatin1String("scan"));
    const bool gui = parts.contains(QLatin1String("gui"));
    const bool memory = parts.contains(QLatin1String("memory"));
    if (!scan && !gui && !memory)
        return;
    progress(tr("%1: filling %2 employees").arg(backend).arg(m_sizes.bigTable));
    BenchDatabase big(newDatabase(backend, QStringLiteral("employees_big")), 4);
    OffMainThread::run([&] { big.prepareDemo(m_sizes.bigTable); });
    if (gui) {
        progress(tr("%1: GUI stall and first rows").arg(backend));
        OffMainThread::run([&] { big.openAllConnections(); });
        for (const Figure& f : GuiStallBench::run(big, m_sizes.bigTable))
            m_report.add(f);
    }
    if (scan) {
        progress(tr("%1: full scan").arg(backend));
        Figure f;
        OffMainThread::run(
            [&] { f = FullScanBench::run(big, m_sizes.bigTable, m_sizes.scanChunk); });
        m_report.add(f);
    }
    if (memory) {
        progress(tr("%1: memory").arg(backend));
        BenchDatabase small(newDatabase(backend, QStringLiteral("employees_small")), 4);
        OffMainThread::run([&] { small.prepareDemo(m_sizes.smallTable); });
        m_report.add(MemoryBench::run(big, m_sizes.bigTable, small, m_sizes.smallTable));
    }
}

void BenchRunner::runImport(const QString& backend)
{
    progress(tr("%1: importing %2 employees from one file").arg(backend).arg(m_sizes.importRows));
    BenchDatabase database(newDatabase(backend, QStringLiteral("import")), 4);
    OffMainThread::run([&] { database.prepareEmpty(); });
    for (const Figure& f : ImportBench::run(database, m_sizes.importRows, m_sqliteImportSeconds)) {
        if (f.bench == QLatin1String("import_seconds") && backend == QLatin1String("sqlite"))
            m_sqliteImportSeconds = f.value;
        m_report.add(f);
    }
}
