#pragma once

#include "MealLineInput.h"

#include <QList>
#include <QString>

// A new meal request: employees one by one and/or whole departments.
struct MealRequestInput {
    qint64 mealTypeId = 0;
    QString notes; // at most 256 characters
    // true: saved On Progress (a draft, submitted later); false: Pending.
    bool draft = false;
    QList<MealLineInput> lines;
    // Each adds the department's active employees (not those of its sub-departments) that
    // `lines` does not already list.
    QList<qint64> departmentIds;
};
