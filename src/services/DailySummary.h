#pragma once

#include "DailySummaryRow.h"

#include <QDate>
#include <QList>

// The kitchen's day: accepted lines of requests neither rejected nor deleted, by meal type
// (by id: Breakfast, Lunch, Dinner) and department (by name).
struct DailySummary {
    QDate day;
    QList<DailySummaryRow> rows;

    // 0 when there is no such row.
    qsizetype count(qint64 mealTypeId, qint64 departmentId) const;
    qsizetype total() const;
};
