#pragma once

#include "AuditFilter.h"
#include "AuditRecord.h"
#include "Page.h"
#include "PageRequest.h"
#include "ServiceBase.h"

#include <QFuture>

// The audit log, for super admins. Rows are written by the other services, never edited.
class AuditService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    // Sort key: at (default).
    QFuture<Page<AuditRecord>> list(const Actor& actor, const AuditFilter& filter,
                                    const PageRequest& page);
    QFuture<qint64> count(const Actor& actor, const AuditFilter& filter);
};
