#pragma once

#include <QDateTime>
#include <QString>

// An audit_log row; details is the JSON text of the old and new values.
struct AuditRecord {
    qint64 id = 0;
    QDateTime at;
    qint64 accountId = 0;
    QString accountName;
    QString action;
    QString entity;
    QString entityId;
    QString details;
};
