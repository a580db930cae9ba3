#pragma once

#include <QDateTime>
#include <QString>

struct AuditFilter {
    qint64 accountId = 0; // 0: anyone
    QString action;       // exact, e.g. "token.revoke"; empty: any
    QString entity;       // exact, e.g. "account"; empty: any
    QDateTime from;       // inclusive; invalid: open
    QDateTime to;         // exclusive; invalid: open
};
