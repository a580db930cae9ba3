#pragma once

#include "Figure.h"
#include "GuiRun.h"

#include <QList>

class BenchDatabase;
class EmployeesModel;
class QTableView;

// On the GUI thread, with a 1 ms timer recording the longest gap between its ticks: open the
// employees table in a QTableView, scroll to the end, sort by the English name, filter by a
// name. Once with EmployeesModel (the asynchronous data layer), once with a QSqlQueryModel on a
// connection of the GUI thread doing the same (the baseline). Also gives the time from creating
// the model to the first page painted. Runs on the main thread.
class GuiStallBench {
public:
    // Figures "gui_stall" and "first_rows".
    static QList<Figure> run(BenchDatabase& database, int rows);

private:
    static void warmUp();
    // The longest gap of an idle event loop: what the machine's load alone costs.
    static double idleGapMs();
    // The longest gap of a bare QTableView told of `rows` rows at once, with no database and no
    // model work: what the view alone costs when a count arrives.
    static double viewFloorMs(int rows);
    static GuiRun asyncModel(BenchDatabase& database, int rows);
    static GuiRun queryModel(BenchDatabase& database, int rows);
    static bool visibleRowsLoaded(const QTableView& view, const EmployeesModel& model);
};
