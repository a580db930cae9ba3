#include "AccessPolicy.h"

bool AccessPolicy::allows(const Actor& actor, Operation operation)
{
    if (actor.superAdmin)
        return true;
    const Role r = actor.role;
    const bool takesRequests = r == Role::RequestTaker || r == Role::Captain;
    switch (operation) {
    case Operation::ViewEmployees:
    case Operation::ViewMealRequests:
        return true;
    case Operation::CreateMealRequest:
        return r == Role::Requester || takesRequests;
    case Operation::DecideMealRequest:
        return takesRequests;
    case Operation::ViewReports:
        return takesRequests || r == Role::StockControl;
    case Operation::ManageEmployees:
        return r == Role::Captain;
    case Operation::ManageAccounts:
    case Operation::ManageTokens:
    case Operation::ManageOrigins:
    case Operation::ViewAuditLog:
        return false;
    }
    return false;
}

bool AccessPolicy::coversDepartment(const Actor& actor, qint64 departmentId)
{
    return actor.superAdmin || actor.departmentIds.isEmpty() ||
           actor.departmentIds.contains(departmentId);
}
