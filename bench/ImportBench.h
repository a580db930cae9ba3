#pragma once

#include "Figure.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class BenchDatabase;

// One employee CSV import of `rows` new employees (200,000 rows, about 11.6 MB, in the full run)
// into an empty database, in a child process of its own (this program again, with hidden
// options) so that its peak resident memory is the import's alone.
class ImportBench {
public:
    static constexpr const char* childOption = "import-child";
    static constexpr const char* fileOption = "import-file";

    // In the parent: writes the file, then "import_peak_rss" (what the child's peak grew by from
    // before it read the file to the import's end, beside the file's size) and "import_seconds"
    // (beside SQLite's, when given).
    static QList<Figure> run(const BenchDatabase& database, int rows,
                             std::optional<double> sqliteSeconds);
    // In the child: reads the file at `path` whole, as MealDesk and mealdesk-cli do, imports it
    // into the database at `url` and prints
    // {"before_kib", "peak_kib", "csv_bytes", "seconds", "created"}.
    static int child(const QString& url, const QString& path);

private:
    static QByteArray csv(int rows);
};
