#include "MealRequestRecord.h"

#include <algorithm>

namespace {
QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
}
QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}
} // namespace

QJsonObject MealRequestRecord::toJson() const
{
    return {{QStringLiteral("requester_id"), requesterId},
            {QStringLiteral("status_id"), static_cast<int>(status)},
            {QStringLiteral("meal_type_id"), mealTypeId},
            {QStringLiteral("request_time"), timeOrNull(requestTime)},
            {QStringLiteral("closed_by_id"), idOrNull(closedById)},
            {QStringLiteral("closed_time"), timeOrNull(closedTime)},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("original_request_id"), idOrNull(originalRequestId)},
            {QStringLiteral("is_deleted"), deleted},
            {QStringLiteral("version"), version}};
}

int MealRequestRecord::acceptedLines() const
{
    return static_cast<int>(std::count_if(
        lines.cbegin(), lines.cend(), [](const MealLineRecord& line) { return line.accepted; }));
}
