#pragma once

#include <QList>
#include <QString>

// What importing an employee CSV file did (or, when a row was refused, would have done), row by
// row.
struct EmployeeImportReport {
    enum class Outcome { Created, Updated, Unchanged, Refused };
    struct Row {
        int row = 0;   // 1: the first record after the header
        int line = 0;  // the line of the file where the record starts
        qint64 id = 0; // 0 when the id could not be read
        Outcome outcome = Outcome::Refused;
        QString field;  // the column at fault, when refused
        QString reason; // why it was refused
    };
    QList<Row> rows;
    // False when refused rows stopped the whole import: nothing changed.
    bool applied = false;

    int countOf(Outcome outcome) const;
};
