#include "Role.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<Role, const char*>, 4> names = {{
    {Role::Requester, "Requester"},
    {Role::RequestTaker, "RequestTaker"},
    {Role::Captain, "Captain"},
    {Role::StockControl, "StockControl"},
}};
}

QString roleName(Role role)
{
    for (const auto& [r, name] : names) {
        if (r == role)
            return QLatin1String(name);
    }
    return {};
}

bool roleFromName(const QString& name, Role* role)
{
    for (const auto& [r, text] : names) {
        if (name == QLatin1String(text)) {
            *role = r;
            return true;
        }
    }
    return false;
}
