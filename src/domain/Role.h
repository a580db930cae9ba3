#pragma once

#include <QString>

// The roles of DOMAIN.md; stored in account.role by these exact names.
enum class Role { Requester, RequestTaker, Captain, StockControl };

QString roleName(Role role);
// False when the text names no role.
bool roleFromName(const QString& name, Role* role);
