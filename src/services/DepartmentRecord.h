#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A department row; parentId links the tree.
struct DepartmentRecord {
    qint64 id = 0;
    QString nameEn;
    QString nameAr;
    qint64 parentId = 0; // 0: a top-level department
    int version = 0;
    QDateTime updatedAt;

    // The audited fields, for audit_log details.
    QJsonObject toJson() const;
};
