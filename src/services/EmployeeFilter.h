#pragma once

#include <QString>

#include <optional>

struct EmployeeFilter {
    // Digits only (Western or Arabic-Indic): the exact code. Otherwise words each found in the
    // English or Arabic name, in any order (Latin letters in any case).
    QString search;
    qint64 departmentId = 0; // 0: any department (or none)
    bool includeSubDepartments = true;
    std::optional<bool> active;
};
