#include "DepartmentRecord.h"

QJsonObject DepartmentRecord::toJson() const
{
    return {{QStringLiteral("name_en"), nameEn},
            {QStringLiteral("name_ar"), nameAr},
            {QStringLiteral("parent_id"), parentId ? QJsonValue(parentId) : QJsonValue()}};
}
