#pragma once

#include "Actor.h"
#include "AsyncTableModel.h"
#include "OriginFilter.h"
#include "OriginRecord.h"

class OriginService;

// The allowed CORS origins (super admins), in alphabetical order.
class OriginsModel : public AsyncTableModel<OriginRecord, OriginFilter> {
public:
    enum Column {
        OriginColumn,
        NoteColumn,
        ActiveColumn,
        CreatedByColumn,
        CreatedAtColumn,
        UpdatedAtColumn,
    };

    OriginsModel(OriginService& service, const Actor& actor, ChangeFeed& feed,
                 QObject* parent = nullptr);

protected:
    QFuture<Page<OriginRecord>> fetchPage(const OriginFilter& filter,
                                          const PageRequest& request) override;
    QFuture<qint64> fetchCount(const OriginFilter& filter) override;

private:
    OriginService& m_service;
    const Actor m_actor;
};
