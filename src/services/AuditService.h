#pragma once

#include "AuditFilter.h"
#include "AuditRecord.h"
#include "Page.h"
#include "PageRequest.h"
#include "ServiceBase.h"

#include <QByteArray>
#include <QFuture>

// The audit log, for super admins. Rows are written by the other services, never edited.
class AuditService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    // Sort key: at (default).
    QFuture<Page<AuditRecord>> list(const Actor& actor, const AuditFilter& filter,
                                    const PageRequest& page);
    QFuture<qint64> count(const Actor& actor, const AuditFilter& filter);
    // The entries the filter selects, in the order of `order` (its sort key and direction;
    // maxRows 0: all of them), as CSV (CsvExport): time (ISO 8601, UTC), actor, action, entity,
    // entity id, details (the JSON text).
    QFuture<QByteArray> exportCsv(const Actor& actor, const AuditFilter& filter,
                                  const PageRequest& order = {}, qint64 maxRows = 0);
};
