#pragma once

#include <QJsonObject>

// One model's pass through the GUI-thread benchmark.
struct GuiRun {
    double firstRowsMs = 0;    // model created -> first page painted
    double longestGapMs = 0;   // the longest the GUI thread went without its 1 ms timer
    QJsonObject stepsMs;       // how long each step took until its rows were shown
    QJsonObject stepGapsMs;    // the longest gap during each step
    double guiThreadCpuMs = 0; // CPU time the GUI thread used, all steps together
};
