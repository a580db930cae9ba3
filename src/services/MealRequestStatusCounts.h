#pragma once

#include "MealRequestStatus.h"

#include <QMap>

// How many requests a filter matches in each status.
struct MealRequestStatusCounts {
    QMap<MealRequestStatus, qint64> counts;

    qint64 of(MealRequestStatus status) const { return counts.value(status); }
    qint64 total() const
    {
        qint64 n = 0;
        for (const qint64 c : counts)
            n += c;
        return n;
    }
};
