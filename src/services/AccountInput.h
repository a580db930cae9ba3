#pragma once

#include "Role.h"

#include <QList>
#include <QString>

// What an administrator enters for an account.
struct AccountInput {
    QString username;
    QString fullName;
    QString title;
    qint64 employeeId = 0; // 0: none
    Role role = Role::Requester;
    bool superAdmin = false;
    QList<qint64> departmentIds; // empty: all departments
    QString password;            // for create only
};
