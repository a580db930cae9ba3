#include "DailySummary.h"

qsizetype DailySummary::count(qint64 mealTypeId, qint64 departmentId) const
{
    for (const DailySummaryRow& row : rows) {
        if (row.mealTypeId == mealTypeId && row.departmentId == departmentId)
            return row.count();
    }
    return 0;
}

qsizetype DailySummary::total() const
{
    qsizetype n = 0;
    for (const DailySummaryRow& row : rows)
        n += row.count();
    return n;
}
