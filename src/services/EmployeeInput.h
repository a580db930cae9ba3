#pragma once

#include <QJsonObject>
#include <QString>

// What an administrator enters for an employee (also one row of a CSV import).
struct EmployeeInput {
    qint64 id = 0; // the HR system's employee id; given on create, fixed afterwards
    qint64 code = 0;
    QString nameEn;          // empty: none
    QString nameAr;          // empty: none
    QString title;           // empty: none
    qint64 departmentId = 0; // 0: none
    bool active = true;

    bool operator==(const EmployeeInput&) const = default;
    // Surrounding whitespace trimmed from the texts.
    EmployeeInput normalized() const;
    // The audited fields, for audit_log details.
    QJsonObject toJson() const;
};
