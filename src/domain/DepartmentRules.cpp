#include "DepartmentRules.h"

#include "EmployeeRules.h"

namespace {

QString checkName(const QString& name, const QString& what)
{
    if (name.trimmed().isEmpty())
        return DepartmentRules::tr("%1 of the department is required.").arg(what);
    // The same text rules as employee names.
    return EmployeeRules::checkText(name, what, DepartmentRules::maxName);
}

} // namespace

QString DepartmentRules::checkNameEn(const QString& name)
{
    return checkName(name, tr("The English name"));
}

QString DepartmentRules::checkNameAr(const QString& name)
{
    return checkName(name, tr("The Arabic name"));
}
