#pragma once

#include <QDate>
#include <QString>

// The kitchen's meals of one meal type on one office day (the dashboard's chart): as many as
// that day's kitchen sheet (DailySummary) counts for the meal type.
struct MealsPerDay {
    QDate day;
    qint64 mealTypeId = 0;
    QString mealTypeNameEn;
    QString mealTypeNameAr;
    qint64 meals = 0;
};
