#include "AccountRecord.h"

#include <QJsonArray>

QJsonObject AccountRecord::toJson() const
{
    QJsonArray departments;
    for (const qint64 d : departmentIds)
        departments.append(d);
    return {{QStringLiteral("username"), username},
            {QStringLiteral("full_name"), fullName},
            {QStringLiteral("title"), title},
            {QStringLiteral("employee_id"), employeeId ? QJsonValue(employeeId) : QJsonValue()},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("is_super_admin"), superAdmin},
            {QStringLiteral("is_active"), active},
            {QStringLiteral("is_blocked"), blocked},
            {QStringLiteral("tokens_valid_after"),
             tokensValidAfter.isValid() ? QJsonValue(tokensValidAfter.toString(Qt::ISODateWithMs))
                                        : QJsonValue()},
            {QStringLiteral("departments"), departments}};
}
