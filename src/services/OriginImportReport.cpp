#include "OriginImportReport.h"

#include <algorithm>

int OriginImportReport::countOf(Outcome outcome) const
{
    return static_cast<int>(
        std::count_if(entries.cbegin(), entries.cend(),
                      [outcome](const Entry& e) { return e.outcome == outcome; }));
}
