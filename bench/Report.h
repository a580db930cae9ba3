#pragma once

#include "Figure.h"
#include "MachineInfo.h"
#include "WorkloadFigure.h"

#include <QList>
#include <QString>

// Prints each figure as one JSON line on standard output as soon as it is measured, and the
// whole run as Markdown tables at the end.
class Report {
public:
    void setMachine(const MachineInfo& machine);
    void add(const Figure& figure);
    // Three figures: operations per second, p50 and p99 latency.
    void add(const WorkloadFigure& workload);
    void printTables(double totalSeconds) const;

private:
    static void printJson(const Figure& figure);

    MachineInfo m_machine;
    QList<Figure> m_figures;
    QList<WorkloadFigure> m_workloads;
};
