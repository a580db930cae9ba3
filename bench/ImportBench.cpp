#include "ImportBench.h"

#include "BenchDatabase.h"
#include "EmployeeService.h"
#include "EventWait.h"
#include "MemoryBench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTextStream>

#include <stdexcept>

namespace {

constexpr int waitMs = 1800000;

} // namespace

QByteArray ImportBench::csv(int rows)
{
    QByteArray file = "id,code,name_en,name_ar,title,department_id,is_active\r\n";
    file.reserve(qsizetype{rows} * 64);
    for (int id = 1; id <= rows; ++id) {
        const QByteArray n = QByteArray::number(id);
        file += n + ',' + QByteArray::number(500000000 + id) + ",Employee " + n + ",موظف " + n +
                ",Cook,,1\r\n";
    }
    return file;
}

int ImportBench::child(const QString& url, const QString& path)
{
    QTextStream err(stderr);
    try {
        Database db(ConnectionSettings::parse(url));
        ChangeFeed feed;
        const Actor admin = BenchDatabase::signInChild(db, feed, BenchDatabase::benchAdmin,
                                                       BenchDatabase::benchPassword);
        EmployeeService service(db, feed);

        const qint64 before = MemoryBench::peakKiB();
        // Only the file's bytes are touched, as when MealDesk and mealdesk-cli read it
        // (readAll() would grow its buffer past the size in steps).
        QFile in(path);
        QByteArray file(in.size(), Qt::Uninitialized);
        if (!in.open(QIODevice::ReadOnly) || in.read(file.data(), file.size()) != file.size())
            throw std::runtime_error("the import child cannot read " + path.toStdString());
        in.close();
        QElapsedTimer clock;
        clock.start();
        QFuture<EmployeeImportReport> imported = service.importCsv(admin, file);
        if (!EventWait::until(
                nullptr, [&] { return imported.isFinished(); }, waitMs))
            throw std::runtime_error("the import timed out");
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const EmployeeImportReport report = imported.result(); // finished
        const int created = report.countOf(EmployeeImportReport::Outcome::Created);
        if (!report.applied || created != report.size())
            throw std::runtime_error("the import did not create every employee");
        QTextStream(stdout) << QJsonDocument(
                                   QJsonObject{
                                       {QStringLiteral("before_kib"), before},
                                       {QStringLiteral("peak_kib"), MemoryBench::peakKiB()},
                                       {QStringLiteral("csv_bytes"), file.size()},
                                       {QStringLiteral("seconds"), seconds},
                                       {QStringLiteral("created"), created},
                                   })
                                   .toJson(QJsonDocument::Compact)
                            << Qt::endl;
        return 0;
    } catch (const Failure& e) {
        err << "mealdesk-bench import child: " << e.message() << Qt::endl;
    } catch (const std::exception& e) {
        err << "mealdesk-bench import child: " << e.what() << Qt::endl;
    }
    return 1;
}

QList<Figure> ImportBench::run(const BenchDatabase& database, int rows,
                               std::optional<double> sqliteSeconds)
{
    QTemporaryFile file;
    if (!file.open() || file.write(csv(rows)) < 0 || !file.flush())
        throw std::runtime_error("the import file cannot be written");
    const QJsonObject result = MemoryBench::childResult(
        {QStringLiteral("--%1").arg(QLatin1String(childOption)), database.url(),
         QStringLiteral("--%1").arg(QLatin1String(fileOption)), file.fileName()});
    if (result.value(QStringLiteral("created")).toInt() != rows)
        throw std::runtime_error("the import child did not report its rows");
    const double csvMiB = double(result.value(QStringLiteral("csv_bytes")).toInteger()) / 1048576.0;

    Figure memory;
    memory.bench = QStringLiteral("import_peak_rss");
    memory.backend = database.backend();
    memory.n = rows;
    memory.value = double(result.value(QStringLiteral("peak_kib")).toInteger() -
                          result.value(QStringLiteral("before_kib")).toInteger()) /
                   1024.0;
    memory.unit = QStringLiteral("MiB");
    memory.baseline = csvMiB;
    memory.baselineIs = QStringLiteral("the CSV file's size");
    memory.goal = QStringLiteral("<= 3x");

    Figure time;
    time.bench = QStringLiteral("import_seconds");
    time.backend = database.backend();
    time.n = rows;
    time.value = result.value(QStringLiteral("seconds")).toDouble();
    time.unit = QStringLiteral("s");
    if (sqliteSeconds) {
        time.baseline = *sqliteSeconds;
        time.baselineIs = QStringLiteral("the same import on SQLite");
        time.goal = QStringLiteral("<= 1.5x");
    }
    return {memory, time};
}
