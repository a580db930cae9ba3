#pragma once

#include "MealRequestStatus.h"

#include <QtGlobal>

// A request as the caller saw it, for a decision on several at once: the decision is refused
// (Conflict) for a request that is no longer in `status`.
struct MealRequestSeen {
    qint64 id = 0;
    MealRequestStatus status = MealRequestStatus::Pending;
};
