#pragma once

#include <QString>

// One name on the kitchen sheet.
struct DailySummaryEmployee {
    qint64 employeeId = 0;
    int code = 0;
    QString nameEn;
    QString nameAr;
};
