#include "MemoryBench.h"

#include "BenchDatabase.h"
#include "EmployeeService.h"
#include "EmployeesModel.h"
#include "EventWait.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableView>
#include <QTextStream>

#include <stdexcept>

namespace {

constexpr int waitMs = 120000;

} // namespace

qint64 MemoryBench::peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

int MemoryBench::child(const QString& url)
{
    QTextStream err(stderr);
    try {
        Database db(ConnectionSettings::parse(url));
        ChangeFeed feed;
        const Actor admin = BenchDatabase::signInChild(db, feed, BenchDatabase::demoAdmin,
                                                       BenchDatabase::demoPassword);

        EmployeeService service(db, feed);
        QTableView view;
        auto* model = new EmployeesModel(service, admin, feed, &view);
        view.setModel(model);
        view.resize(1200, 700);
        view.show();
        if (!EventWait::until(
                model, [&] { return model->isCountKnown(); }, waitMs))
            throw std::runtime_error("the count never came");
        // Page by page from the first row to the last, as far down as a person could scroll.
        const int rows = model->rowCount();
        int browsed = 0;
        for (int row = 0; row < rows; row += model->pageSize()) {
            view.scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
            if (!EventWait::until(
                    model, [&] { return model->record(row) != nullptr; }, waitMs))
                throw std::runtime_error("a page never came");
            browsed = std::min(rows, row + model->pageSize());
        }
        QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("vmhwm_kib"), peakKiB()},
                                                         {QStringLiteral("rows"), browsed}})
                                   .toJson(QJsonDocument::Compact)
                            << Qt::endl;
        return 0;
    } catch (const Failure& e) {
        err << "mealdesk-bench memory child: " << e.message() << Qt::endl;
    } catch (const std::exception& e) {
        err << "mealdesk-bench memory child: " << e.what() << Qt::endl;
    }
    return 1;
}

QJsonObject MemoryBench::childResult(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        throw std::runtime_error("the child " + arguments.join(QLatin1Char(' ')).toStdString() +
                                 " failed");
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
}

Figure MemoryBench::run(const BenchDatabase& big, int bigRows, const BenchDatabase& small,
                        int smallRows)
{
    Figure f;
    f.bench = QStringLiteral("memory_peak_rss");
    f.backend = big.backend();
    f.n = bigRows;
    // VmHWM of the child that browsed `url`, in MiB.
    const auto peakOfChild = [](const QString& url, int rows) {
        const QJsonObject result =
            childResult({QStringLiteral("--%1").arg(QLatin1String(childOption)), url});
        if (result.value(QStringLiteral("rows")).toInt() != rows)
            throw std::runtime_error("the memory child for " + url.toStdString() +
                                     " did not browse every row");
        return double(result.value(QStringLiteral("vmhwm_kib")).toInteger()) / 1024.0;
    };
    f.value = peakOfChild(big.url(), bigRows);
    f.unit = QStringLiteral("MiB");
    f.baseline = peakOfChild(small.url(), smallRows);
    f.baselineIs = QStringLiteral("the same, %1 rows").arg(QLocale::c().toString(smallRows));
    f.goal = QStringLiteral("<= 1.5x");
    return f;
}
