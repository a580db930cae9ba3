#pragma once

#include "DepartmentInput.h"
#include "DepartmentRecord.h"
#include "ServiceBase.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

// The department tree. Everyone signed in may read it; Captains and super admins change it.
// An account limited to departments (DOMAIN.md) reads and changes only those: list() leaves the
// others out (a department whose parent is not listed sits at the top), and it creates none.
class DepartmentService : public ServiceBase {
    Q_DECLARE_TR_FUNCTIONS(DepartmentService)

public:
    using ServiceBase::ServiceBase;

    QFuture<DepartmentRecord> get(const Actor& actor, qint64 id);
    // Every department (the tree is small), by English name then id; parentId links the tree.
    QFuture<QList<DepartmentRecord>> list(const Actor& actor);

    // Validation names the field (name_en, name_ar, parent_id).
    QFuture<DepartmentRecord> create(const Actor& actor, const DepartmentInput& input);
    // Conflict when it changed since expectedVersion; Validation (parent_id) when the new parent
    // is the department itself or one of its sub-departments. A limited account moves it only
    // under another of its departments.
    QFuture<DepartmentRecord> update(const Actor& actor, qint64 id, int expectedVersion,
                                     const DepartmentInput& input);
    // Its sub-departments become top-level and its employees have no department afterwards
    // (each bumped to a new version; the audit row lists them). Refused (Constraint) while it is
    // the only department of an account limited to departments: with none left, that account
    // would see every department. A limited account removes it only when its sub-departments
    // are the account's too.
    QFuture<void> remove(const Actor& actor, qint64 id);
};
