#pragma once

#include "DailySummaryEmployee.h"

#include <QList>
#include <QString>

// The meals of one meal type for one department on one day.
struct DailySummaryRow {
    qint64 mealTypeId = 0;
    QString mealTypeNameEn;
    QString mealTypeNameAr;
    qint64 departmentId = 0; // 0: lines without a department
    QString departmentNameEn;
    QString departmentNameAr;
    QList<DailySummaryEmployee> employees; // ordered by code

    qsizetype count() const { return employees.size(); }
};
