#pragma once

#include "Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// An account as the services hand it out: never its password hash.
struct AccountRecord {
    qint64 id = 0;
    QString username;
    QString fullName;
    QString title;
    qint64 employeeId = 0; // 0: none
    Role role = Role::Requester;
    bool superAdmin = false;
    bool active = true;
    bool blocked = false;
    int failedLogins = 0;
    QDateTime lockedUntil;
    QDateTime tokensValidAfter;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<qint64> departmentIds;

    // The audited fields, for audit_log details.
    QJsonObject toJson() const;
};
