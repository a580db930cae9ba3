#pragma once

#include "AuditFilter.h"
#include "AuditRecord.h"
#include "ServiceTableModel.h"

#include <QStringList>

class AuditService;

// The audit log (super admins), newest first. Every change any service commits writes an
// audit row, so every change announcement, whatever its entity, re-reads the rows.
class AuditModel : public ServiceTableModel<AuditService, AuditRecord, AuditFilter> {
public:
    enum Column {
        AtColumn,
        AccountColumn,
        ActionColumn,
        EntityColumn,
        EntityIdColumn,
    };

    AuditModel(AuditService& service, const Actor& actor, ChangeFeed& feed,
               QObject* parent = nullptr);

    // The entities audit rows name (audit_log.entity), and how people read them.
    static QStringList knownEntities();
    static QString entityTitle(const QString& entity);
    // The actions the services write (audit_log.action), and how people read them: "Employee
    // deactivated" for employee.deactivate; an action of another program as it is.
    static QStringList knownActions();
    static QString actionTitle(const QString& action);
    // Who did it: the account, or "(system)" for rows written without one (the first super
    // admin, the demo data).
    static QString accountText(const AuditRecord& entry);
    // Date and time to the second, in local time: the order of events matters here.
    static QString timeText(const QDateTime& at);
};
