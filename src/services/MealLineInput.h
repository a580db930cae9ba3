#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// One employee on a new meal request.
struct MealLineInput {
    qint64 employeeId = 0;
    QString notes;                    // at most 256 characters
    QDateTime attendanceTime;         // invalid: none
    std::optional<double> shiftHours; // more than 0, at most 24
};
