#include "OriginRecord.h"

QJsonObject OriginRecord::toJson() const
{
    return {{QStringLiteral("origin"), origin},
            {QStringLiteral("note"), note},
            {QStringLiteral("is_active"), active}};
}
