#pragma once

#include "MealRequestFilter.h"
#include "MealRequestRecord.h"
#include "ServiceTableModel.h"
#include "StateColors.h"

class MealRequestService;

// The meal request queue (without lines), newest first; the actor's departments limit it as
// the service does.
class MealRequestsModel
    : public ServiceTableModel<MealRequestService, MealRequestRecord, MealRequestFilter> {
public:
    enum Column {
        IdColumn,
        RequestTimeColumn,
        MealTypeColumn,
        RequesterColumn,
        StatusColumn,
        LinesColumn,
        ClosedByColumn,
        NotesColumn,
    };

    MealRequestsModel(MealRequestService& service, const Actor& actor, ChangeFeed& feed,
                      QObject* parent = nullptr);

    // A status as people read it (translated), for the table and the screen's filters.
    static QString statusText(MealRequestStatus status);
    // The colours a status is shown in, beside its word.
    static StateColors::Hue statusHue(MealRequestStatus status);
    // The meal type in the language of the interface.
    static QString mealTypeText(const MealRequestRecord& record);
};
