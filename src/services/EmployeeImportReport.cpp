#include "EmployeeImportReport.h"

#include <algorithm>

int EmployeeImportReport::countOf(Outcome outcome) const
{
    return static_cast<int>(std::count_if(
        rows.cbegin(), rows.cend(), [outcome](const Row& r) { return r.outcome == outcome; }));
}
