#pragma once

#include "EmployeeInput.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// An employee row, with its department's names for display.
struct EmployeeRecord {
    qint64 id = 0;
    qint64 code = 0;
    QString nameEn;
    QString nameAr;
    QString title;
    qint64 departmentId = 0; // 0: none
    QString departmentNameEn;
    QString departmentNameAr;
    bool active = true;
    int version = 0;
    QDateTime updatedAt;

    // The editable fields, as an input that would store this row unchanged.
    EmployeeInput input() const;
    QJsonObject toJson() const { return input().toJson(); }
};
