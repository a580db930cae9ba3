#pragma once

#include "Actor.h"
#include "SqlCondition.h"

#include <QCoreApplication>
#include <QString>

// DOMAIN.md: an account with departments sees and changes only what belongs to them (none means
// all). Given the actor as the service re-read it in the same transaction.
class DepartmentScope {
    Q_DECLARE_TR_FUNCTIONS(DepartmentScope)

public:
    static bool isLimited(const Actor& actor);
    // `column` (a department id) is one of the actor's departments. Asked in SQL from
    // account_department, so the statement's text is the same for every account.
    static SqlCondition condition(const Actor& actor, const QString& column);
    // Permission with `why` unless the department (0: none) is the actor's.
    static void require(const Actor& actor, qint64 departmentId, const QString& why);
    // Why an employee may not be placed in the department (0: none); empty when it may.
    static QString placementRefusal(const Actor& actor, qint64 departmentId);
};
