#include "EmployeeInput.h"

#include "EmployeeRules.h"

namespace {
QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

EmployeeInput EmployeeInput::normalized() const
{
    EmployeeInput n = *this;
    n.nameEn = EmployeeRules::normalized(nameEn);
    n.nameAr = EmployeeRules::normalized(nameAr);
    n.title = EmployeeRules::normalized(title);
    return n;
}

QJsonObject EmployeeInput::toJson() const
{
    return {
        {QStringLiteral("code"), code},
        {QStringLiteral("name_en"), textOrNull(nameEn)},
        {QStringLiteral("name_ar"), textOrNull(nameAr)},
        {QStringLiteral("title"), textOrNull(title)},
        {QStringLiteral("department_id"), departmentId ? QJsonValue(departmentId) : QJsonValue()},
        {QStringLiteral("is_active"), active}};
}
