#include "GuiStallBench.h"

#include "BenchDatabase.h"
#include "EmployeeService.h"
#include "EmployeeStore.h"
#include "EmployeesModel.h"
#include "EventWait.h"
#include "GapRecorder.h"
#include "RawConnection.h"
#include "SizedTableModel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardItemModel>
#include <QTableView>

#include <functional>
#include <stdexcept>

namespace {

constexpr int stepTimeoutMs = 300000;
const QString searchText = QStringLiteral("hassan");

double msSince(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

void expect(bool condition, const char* what)
{
    if (!condition)
        throw std::runtime_error(std::string("GUI bench: ") + what);
}

// The employees SELECT of the service, for the baseline.
QSqlQuery employeesQuery(QSqlDatabase& db, const EmployeeFilter& filter, const QString& orderBy)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM %2")
            .arg(EmployeeStore::columns().join(QStringLiteral(", ")), EmployeeStore::from());
    QStringList conditions;
    QVariantList values;
    const Dialect dialect =
        db.driverName() == QLatin1String("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
    for (const SqlCondition& c : EmployeeStore::conditions(dialect, filter)) {
        conditions << QLatin1Char('(') + c.sql + QLatin1Char(')');
        values << c.values;
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + orderBy;
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw std::runtime_error(q.lastError().text().toStdString());
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        throw std::runtime_error(q.lastError().text().toStdString());
    return q;
}

void showView(QTableView& view)
{
    view.resize(1200, 700);
    view.show();
}

} // namespace

bool GuiStallBench::visibleRowsLoaded(const QTableView& view, const EmployeesModel& model)
{
    if (model.state() != AsyncTableModelBase::State::Idle || !model.isCountKnown())
        return false;
    if (model.rowCount() == 0)
        return true;
    const int first = std::max(0, view.rowAt(0));
    int last = view.rowAt(view.viewport()->height() - 1);
    if (last < 0)
        last = model.rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        if (!model.record(row))
            return false;
    }
    return true;
}

GuiRun GuiStallBench::asyncModel(BenchDatabase& database, int rows)
{
    GuiRun run;
    EmployeeService service(database.db(), database.feed());
    GapRecorder gaps;
    gaps.start();
    EventWait::settle(50);
    gaps.takeStepGapMs();

    QElapsedTimer clock;
    clock.start();
    QTableView view;
    auto* model = new EmployeesModel(service, database.admin(), database.feed(), &view);
    // Waits until `shown` holds, then records how long the step took and its longest gap.
    // The view paints by itself; the first page is painted at once so that its time says when
    // the rows were on screen.
    const auto step = [&](const QString& name, const std::function<bool()>& shown,
                          const char* failure, bool paintNow = false) {
        expect(EventWait::until(model, shown, stepTimeoutMs), failure);
        if (paintNow)
            view.viewport()->repaint();
        run.stepsMs.insert(name, msSince(clock));
        run.stepGapsMs.insert(name, gaps.takeStepGapMs());
    };
    view.setModel(model);
    showView(view);
    step(
        QStringLiteral("first_page"), [&] { return model->record(0) != nullptr; },
        "the first page never came", true);
    run.firstRowsMs = run.stepsMs.value(QStringLiteral("first_page")).toDouble();
    step(
        QStringLiteral("count"), [&] { return visibleRowsLoaded(view, *model); },
        "the count never came");
    expect(model->rowCount() == rows, "the count is not the table's size");

    clock.restart();
    view.scrollToBottom();
    step(
        QStringLiteral("scroll_end"),
        [&] { return model->record(model->rowCount() - 1) && visibleRowsLoaded(view, *model); },
        "the last rows never came");

    clock.restart();
    view.sortByColumn(EmployeesModel::NameEnColumn, Qt::AscendingOrder);
    step(
        QStringLiteral("sort"), [&] { return visibleRowsLoaded(view, *model); },
        "the sorted rows never came");

    clock.restart();
    EmployeeFilter filter;
    filter.search = searchText;
    model->setFilter(filter);
    step(
        QStringLiteral("filter"), [&] { return visibleRowsLoaded(view, *model); },
        "the filtered rows never came");
    expect(model->rowCount() > 0, "the filter found no one");

    EventWait::settle(20);
    gaps.stop();
    run.longestGapMs = gaps.longestGapMs();
    run.guiThreadCpuMs = gaps.threadCpuMs();
    return run;
}

GuiRun GuiStallBench::queryModel(BenchDatabase& database, int rows)
{
    GuiRun run;
    // The baseline's whole point: a connection of the GUI thread, queried on the GUI thread.
    RawConnection connection(database.settings(), QStringLiteral("mealdesk-bench-gui-baseline"));
    GapRecorder gaps;
    gaps.start();
    EventWait::settle(50);
    gaps.takeStepGapMs();

    QElapsedTimer clock;
    clock.start();
    QTableView view;
    auto* model = new QSqlQueryModel(&view);
    // Everything happens right away; the event loop then runs a little so the timer ticks.
    const auto step = [&](const QString& name) {
        view.viewport()->repaint();
        run.stepsMs.insert(name, msSince(clock));
        EventWait::settle(50);
        run.stepGapsMs.insert(name, gaps.takeStepGapMs());
    };
    model->setQuery(employeesQuery(connection.db(), {}, QStringLiteral("e.id")));
    view.setModel(model);
    showView(view);
    step(QStringLiteral("first_page"));
    run.firstRowsMs = run.stepsMs.value(QStringLiteral("first_page")).toDouble();

    // What reaching the last row takes: every row fetched into the model, 256 at a time.
    clock.restart();
    while (model->canFetchMore())
        model->fetchMore();
    view.scrollToBottom();
    step(QStringLiteral("scroll_end"));
    expect(model->rowCount() == rows, "the baseline did not reach the end");

    clock.restart();
    model->setQuery(
        employeesQuery(connection.db(), {}, QStringLiteral("coalesce(e.name_en, ''), e.id")));
    step(QStringLiteral("sort"));

    clock.restart();
    EmployeeFilter filter;
    filter.search = searchText;
    model->setQuery(employeesQuery(connection.db(), filter, QStringLiteral("e.id")));
    step(QStringLiteral("filter"));
    expect(model->rowCount() > 0, "the baseline's filter found no one");

    gaps.stop();
    run.longestGapMs = gaps.longestGapMs();
    run.guiThreadCpuMs = gaps.threadCpuMs();
    model->clear();
    return run;
}

double GuiStallBench::viewFloorMs(int rows)
{
    QTableView view;
    auto* model = new SizedTableModel(EmployeesModel::ActiveColumn + 1, &view);
    view.setModel(model);
    showView(view);
    model->growTo(100);
    GapRecorder gaps;
    gaps.start();
    EventWait::settle(50);
    gaps.takeStepGapMs();
    model->growTo(rows);
    EventWait::settle(50);
    const double gap = gaps.takeStepGapMs();
    gaps.stop();
    return gap;
}

double GuiStallBench::idleGapMs()
{
    GapRecorder gaps;
    gaps.start();
    EventWait::settle(1000);
    gaps.stop();
    return gaps.longestGapMs();
}

void GuiStallBench::warmUp()
{
    // The first table a process paints loads fonts and styles, and the first text of a script
    // its glyphs (the names are English and Arabic): not the model's doing.
    QStandardItemModel model(3, 3);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Hassan Ali 0123456789")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("حسن علي")));
    QTableView view;
    view.setModel(&model);
    showView(view);
    view.viewport()->repaint();
    EventWait::settle(50);
}

QList<Figure> GuiStallBench::run(BenchDatabase& database, int rows)
{
    warmUp();
    const double idle = idleGapMs();
    const double viewFloor = viewFloorMs(rows);
    const GuiRun async = asyncModel(database, rows);
    const GuiRun baseline = queryModel(database, rows);
    const QString baselineIs = QStringLiteral("QSqlQueryModel on the GUI thread");
    Figure stall{QStringLiteral("gui_stall"),
                 database.backend(),
                 rows,
                 async.longestGapMs,
                 QStringLiteral("ms"),
                 baseline.longestGapMs,
                 baselineIs,
                 QStringLiteral("<= 16 ms"),
                 {}};
    stall.config.insert(QStringLiteral("steps_ms"), async.stepsMs);
    stall.config.insert(QStringLiteral("idle_gap_ms"), idle);
    stall.config.insert(QStringLiteral("view_floor_ms"), viewFloor);
    stall.config.insert(QStringLiteral("gui_thread_cpu_ms"), async.guiThreadCpuMs);
    stall.config.insert(QStringLiteral("baseline_gui_thread_cpu_ms"), baseline.guiThreadCpuMs);
    stall.config.insert(QStringLiteral("step_gaps_ms"), async.stepGapsMs);
    stall.config.insert(QStringLiteral("baseline_steps_ms"), baseline.stepsMs);
    stall.config.insert(QStringLiteral("baseline_step_gaps_ms"), baseline.stepGapsMs);

    const Figure first{QStringLiteral("first_rows"),
                       database.backend(),
                       rows,
                       async.firstRowsMs,
                       QStringLiteral("ms"),
                       baseline.firstRowsMs,
                       baselineIs,
                       QStringLiteral("<= 100 ms"),
                       {}};
    return {stall, first};
}
