#include "MealRequestStatus.h"

QString mealRequestStatusName(MealRequestStatus status)
{
    switch (status) {
    case MealRequestStatus::Pending:
        return QStringLiteral("Pending");
    case MealRequestStatus::Approved:
        return QStringLiteral("Approved");
    case MealRequestStatus::Rejected:
        return QStringLiteral("Rejected");
    case MealRequestStatus::OnProgress:
        return QStringLiteral("On Progress");
    }
    return {};
}

std::optional<MealRequestStatus> mealRequestStatusFromId(int id)
{
    switch (id) {
    case 1:
        return MealRequestStatus::Pending;
    case 2:
        return MealRequestStatus::Approved;
    case 3:
        return MealRequestStatus::Rejected;
    case 4:
        return MealRequestStatus::OnProgress;
    default:
        return std::nullopt;
    }
}

bool canMoveMealRequest(MealRequestStatus from, MealRequestStatus to)
{
    switch (from) {
    case MealRequestStatus::OnProgress:
        return to == MealRequestStatus::Pending;
    case MealRequestStatus::Pending:
        return to == MealRequestStatus::Approved || to == MealRequestStatus::Rejected;
    case MealRequestStatus::Approved:
    case MealRequestStatus::Rejected:
        return false;
    }
    return false;
}

bool isFinalMealRequestStatus(MealRequestStatus status)
{
    return status == MealRequestStatus::Approved || status == MealRequestStatus::Rejected;
}

bool isOpenMealRequestStatus(MealRequestStatus status)
{
    return status == MealRequestStatus::Pending;
}

bool canCopyMealRequest(MealRequestStatus status)
{
    return status != MealRequestStatus::Pending;
}
