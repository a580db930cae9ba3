#include "DepartmentScope.h"

#include "AccessPolicy.h"
#include "Failure.h"

bool DepartmentScope::isLimited(const Actor& actor)
{
    return !actor.superAdmin && !actor.departmentIds.isEmpty();
}

SqlCondition DepartmentScope::condition(const Actor& actor, const QString& column)
{
    return {column + QStringLiteral(" IN (SELECT department_id FROM account_department WHERE "
                                    "account_id = ?)"),
            {actor.accountId}};
}

void DepartmentScope::require(const Actor& actor, qint64 departmentId, const QString& why)
{
    if (!AccessPolicy::coversDepartment(actor, departmentId))
        throw Failure(Failure::Kind::Permission, why);
}

QString DepartmentScope::placementRefusal(const Actor& actor, qint64 departmentId)
{
    if (AccessPolicy::coversDepartment(actor, departmentId))
        return {};
    return departmentId ? tr("Department %1 is not one of your departments.").arg(departmentId)
                        : tr("You may only place employees in your departments.");
}
