#include "WorkloadResult.h"

#include <algorithm>
#include <cmath>

double WorkloadResult::percentileMs(double fraction) const
{
    if (latenciesMs.empty())
        return 0;
    std::vector<double> sorted = latenciesMs;
    const auto rank = static_cast<size_t>(std::ceil(fraction * double(sorted.size()))) - 1;
    const size_t index = std::min(rank, sorted.size() - 1);
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(index),
                     sorted.end());
    return sorted[index];
}
