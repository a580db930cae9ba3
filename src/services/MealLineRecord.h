#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A meal_request_line row with its employee's and department's names.
struct MealLineRecord {
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 employeeId = 0;
    int employeeCode = 0; // as copied when the line was created
    QString employeeNameEn;
    QString employeeNameAr;
    qint64 departmentId = 0; // as copied when the line was created; 0: none
    QString departmentNameEn;
    QString departmentNameAr;
    QDateTime attendanceTime;
    std::optional<double> shiftHours;
    QString notes;
    bool accepted = true;

    // "1001 Ahmed Ali": the code and the English name, or the Arabic one when there is none.
    QString employeeLabel() const;
    // The audited fields, for audit_log details.
    QJsonObject toJson() const;
};
