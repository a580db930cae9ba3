#pragma once

#include "OriginFilter.h"
#include "OriginImportReport.h"
#include "OriginNormalizer.h"
#include "OriginRecord.h"
#include "Page.h"
#include "PageRequest.h"
#include "ServiceBase.h"

#include <QCoreApplication>
#include <QFuture>

// The CORS origins the backend allows (super admins). Origins are stored normalised, exactly
// as a browser sends its Origin header.
class OriginService : public ServiceBase {
    Q_DECLARE_TR_FUNCTIONS(OriginService)

public:
    using ServiceBase::ServiceBase;

    QFuture<OriginRecord> get(const Actor& actor, qint64 id);
    // Sort keys: origin (default), created_at, updated_at.
    QFuture<Page<OriginRecord>> list(const Actor& actor, const OriginFilter& filter,
                                     const PageRequest& page);
    QFuture<qint64> count(const Actor& actor, const OriginFilter& filter);

    // Validation (field "origin", the message names the wrong part) or Constraint when present.
    QFuture<OriginRecord> add(const Actor& actor, const QString& input, const QString& note);
    QFuture<OriginRecord> setNote(const Actor& actor, qint64 id, int expectedVersion,
                                  const QString& note);
    QFuture<OriginRecord> setActive(const Actor& actor, qint64 id, int expectedVersion,
                                    bool active);
    QFuture<void> remove(const Actor& actor, qint64 id);
    // Several origins enabled or disabled (from the version each is at), or removed, in one
    // transaction: those refused are listed with why (ServiceBase::eachItem).
    QFuture<BulkResult> setActiveAll(const Actor& actor, const QList<qint64>& ids, bool active);
    QFuture<BulkResult> removeAll(const Actor& actor, const QList<qint64>& ids);

    // Would the backend accept this Origin header now?
    QFuture<OriginNormalizer::Match> test(const Actor& actor, const QString& originHeader);
    // All or nothing unless skipInvalid: one refused entry and nothing changes.
    QFuture<OriginImportReport> importValue(const Actor& actor, const QString& value,
                                            bool skipInvalid);
    // The active origins as the backend's ALLOWED_ORIGINS value: `a,b,c`, sorted.
    QFuture<QString> exportValue(const Actor& actor);
};
