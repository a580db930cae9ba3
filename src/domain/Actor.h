#pragma once

#include "Role.h"

#include <QList>
#include <QString>

// Who is acting: the signed-in account every service call carries.
struct Actor {
    qint64 accountId = 0;
    QString username;
    Role role = Role::Requester;
    bool superAdmin = false;
    // Departments the account may see and request for; empty means all.
    QList<qint64> departmentIds;
};
