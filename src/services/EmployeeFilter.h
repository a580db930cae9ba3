#pragma once

#include <QString>

#include <optional>

struct EmployeeFilter {
    // Digits only (Western or Arabic-Indic): the exact code. Otherwise a part of the English or
    // Arabic name (Latin letters in any case).
    QString search;
    qint64 departmentId = 0; // 0: any department (or none)
    bool includeSubDepartments = true;
    std::optional<bool> active;
};
