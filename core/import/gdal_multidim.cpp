#include "import/gdal_multidim.h"

#include "common/input_error.h"
#include "import/cf_time.h"

#include <cctype>
#include <cmath>

namespace fluxlens {

std::string gdalTextAttribute(const GDALIHasAttribute& owner, const std::string& name) {
    const auto attribute = owner.GetAttribute(name);
    const char* text = attribute ? attribute->ReadAsString() : nullptr;
    return text ? std::string(text) : std::string();
}

GridAxis gridAxisOf(const GDALDimension& dim) {
    const std::string& type = dim.GetType();
    if (type == GDAL_DIM_TYPE_TEMPORAL)
        return GridAxis::Time;
    if (type == GDAL_DIM_TYPE_HORIZONTAL_Y)
        return GridAxis::Y;
    if (type == GDAL_DIM_TYPE_HORIZONTAL_X)
        return GridAxis::X;
    std::string name = dim.GetName();
    for (char& c : name)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name == "time" || name == "valid_time" || name == "t")
        return GridAxis::Time;
    if (name == "lat" || name == "latitude" || name == "y")
        return GridAxis::Y;
    if (name == "lon" || name == "longitude" || name == "x")
        return GridAxis::X;
    if (name == "hour" || name == "hour_of_day")
        return GridAxis::Hour;
    return GridAxis::Other;
}

std::vector<double> readCoordinateValues(const std::string& path, const std::string& variable,
                                         const GDALDimension& dim) {
    const auto coordinate = dim.GetIndexingVariable();
    if (!coordinate)
        throw InputError(path, "variable " + variable + ": dimension " + dim.GetName() +
                                   " has no coordinate variable");
    std::vector<double> values(static_cast<std::size_t>(dim.GetSize()));
    const GUInt64 start = 0;
    const size_t count = values.size();
    if (!coordinate->Read(&start, &count, nullptr, nullptr,
                          GDALExtendedDataType::Create(GDT_Float64), values.data()))
        throw InputError(path, "variable " + variable + ": cannot read coordinate " +
                                   dim.GetName() + ": " + CPLGetLastErrorMsg());
    return values;
}

std::vector<StepTime> readStepTimes(const std::string& path, const std::string& variable,
                                    const GDALDimension& dim) {
    const auto coordinate = dim.GetIndexingVariable();
    if (!coordinate)
        throw InputError(path, "variable " + variable + ": its time dimension " + dim.GetName() +
                                   " has no coordinate variable with CF units");
    std::string units = coordinate->GetUnit();
    if (units.empty())
        units = gdalTextAttribute(*coordinate, "units");
    const std::string calendar = gdalTextAttribute(*coordinate, "calendar");
    const auto axis = parseCfTimeUnits(units, calendar);
    if (!axis)
        throw InputError(path, "variable " + variable + ": time units '" + units + "' (calendar '" +
                                   calendar + "') are not understood");
    const std::vector<double> values = readCoordinateValues(path, variable, dim);
    std::vector<StepTime> times;
    times.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            throw InputError(path, "variable " + variable + ": time step " + std::to_string(i) +
                                       " has no time value");
        times.push_back(stepTimeOfUnixSeconds(axis->toUnixSeconds(values[i])));
    }
    return times;
}

ValueScaling valueScalingOf(const GDALMDArray& array) {
    ValueScaling scaling;
    bool has = false;
    if (const double scale = array.GetScale(&has); has)
        scaling.scale = scale;
    if (const double offset = array.GetOffset(&has); has)
        scaling.offset = offset;
    if (const double noData = array.GetNoDataValueAsDouble(&has); has)
        scaling.noData = noData;
    else if (const auto missing = array.GetAttribute("missing_value"))
        scaling.noData = missing->ReadAsDouble();
    return scaling;
}

} // namespace fluxlens
