#pragma once

#include "Actor.h"
#include "Operation.h"

// DOMAIN.md's one explicit role map. Services check it on every call, whatever the GUI shows.
class AccessPolicy {
public:
    static bool allows(const Actor& actor, Operation operation);
    // Whether the actor may act for employees of this department (its account_department rows).
    static bool coversDepartment(const Actor& actor, qint64 departmentId);
};
