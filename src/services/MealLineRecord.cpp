#include "MealLineRecord.h"

QString MealLineRecord::employeeLabel() const
{
    return QStringLiteral("%1 %2")
        .arg(employeeCode)
        .arg(employeeNameEn.isEmpty() ? employeeNameAr : employeeNameEn);
}

QJsonObject MealLineRecord::toJson() const
{
    return {
        {QStringLiteral("meal_request_id"), requestId},
        {QStringLiteral("employee_id"), employeeId},
        {QStringLiteral("employee_code"), employeeCode},
        {QStringLiteral("department_id"), departmentId ? QJsonValue(departmentId) : QJsonValue()},
        {QStringLiteral("attendance_time"),
         attendanceTime.isValid() ? QJsonValue(attendanceTime.toString(Qt::ISODateWithMs))
                                  : QJsonValue()},
        {QStringLiteral("shift_hours"), shiftHours ? QJsonValue(*shiftHours) : QJsonValue()},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("is_accepted"), accepted}};
}
