#pragma once

#include "OriginFilter.h"
#include "OriginRecord.h"
#include "ServiceTableModel.h"

class OriginService;

// The allowed CORS origins (super admins), in alphabetical order.
class OriginsModel : public ServiceTableModel<OriginService, OriginRecord, OriginFilter> {
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
};
