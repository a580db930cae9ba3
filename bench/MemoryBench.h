#pragma once

#include "Figure.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class BenchDatabase;

// Peak resident memory (VmHWM) of a process that browses every row of the employees table, end
// to end, through EmployeesModel in a QTableView: a big table against a small one. Each case runs
// in a child process of its own (this program again, with a hidden option) so that peaks do not
// mix.
class MemoryBench {
public:
    static constexpr const char* childOption = "memory-child";

    // In the parent: figure "memory_peak_rss" (big table, the small one as the baseline).
    static Figure run(const BenchDatabase& big, int bigRows, const BenchDatabase& small,
                      int smallRows);
    // In the child: browses the database at `url` and prints {"vmhwm_kib": .., "rows": ..}.
    static int child(const QString& url);

    // This process's peak resident memory so far (VmHWM), in KiB.
    static qint64 peakKiB();
    // Runs this program again with `arguments` and returns the JSON object the child printed
    // last; throws when the child failed.
    static QJsonObject childResult(const QStringList& arguments);
};
