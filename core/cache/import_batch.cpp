#include "cache/import_batch.h"

#include <limits>

namespace fluxlens {

std::vector<float> DailyTable::columnOnDays(std::string_view name,
                                            const std::vector<int>& days) const {
    std::vector<float> out(days.size(), std::numeric_limits<float>::quiet_NaN());
    const std::vector<double>* values = column(name);
    if (!values)
        return out;
    std::size_t k = 0;
    for (std::size_t i = 0; i < dayNumbers.size(); ++i) {
        while (k < days.size() && days[k] < dayNumbers[i])
            ++k;
        if (k < days.size() && days[k] == dayNumbers[i])
            out[k] = static_cast<float>((*values)[i]);
    }
    return out;
}

} // namespace fluxlens
