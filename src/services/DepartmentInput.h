#pragma once

#include <QString>

// What an administrator enters for a department.
struct DepartmentInput {
    QString nameEn;
    QString nameAr;
    qint64 parentId = 0; // 0: a top-level department
};
