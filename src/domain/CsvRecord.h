#pragma once

#include <QStringList>

// One record of a CSV file.
struct CsvRecord {
    // The line of the file where the record starts (1-based); a quoted field with line
    // breaks makes a record span several lines.
    int line = 0;
    QStringList fields;
};
