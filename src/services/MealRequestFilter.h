#pragma once

#include "MealRequestStatus.h"

#include <QDate>

#include <optional>

// Which requests a list shows. Dates are the office's days (the service's time zone).
struct MealRequestFilter {
    std::optional<MealRequestStatus> status;
    qint64 mealTypeId = 0;   // 0: any
    qint64 requesterId = 0;  // 0: anyone's
    qint64 departmentId = 0; // 0: any; else requests with a line of this department
    QDate from;              // first day, inclusive; invalid: no limit
    QDate to;                // last day, inclusive; invalid: no limit
    bool includeDeleted = false;
};
