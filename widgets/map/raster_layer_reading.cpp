#include "raster_layer_reading.h"

#include "common/dates.h"
#include "common/input_error.h"
#include "import/gridded_series.h"

#include <algorithm>
#include <cmath>

namespace fluxlens {
namespace {
// Differences of carbon fluxes are taken in gC m-2 d-1 whatever each file's units; other
// variables must have the same units in both files.
double carbonFactor(const RasterFileInfo& file, const std::string& variable) {
    const RasterVariableInfo* info = file.variable(variable);
    return griddedUnitFactor(file.path, variable, info ? info->units : std::string());
}

struct Operands {
    std::string productVariable;
    std::optional<int> productTime;
    double fileFactor = 1.0, productFactor = 1.0;
    std::string units;
};

Operands operandsOf(const RasterLayerRequest& r, std::optional<int> day) {
    const RasterFileInfo& product = *r.product;
    Operands o;
    o.productVariable = matchingVariable(product, r.variable);
    const RasterVariableInfo& a = *r.file.variable(r.variable);
    const RasterVariableInfo& b = *product.variable(o.productVariable);
    if (b.hasTime) {
        if (!day)
            throw InputError(product.path, "variable " + o.productVariable + " has dates but " +
                                               r.file.path + " has none");
        o.productTime = product.timeIndexOf(*day);
        if (!o.productTime)
            throw InputError(product.path, "variable " + o.productVariable +
                                               ": no date at or "
                                               "within 31 days before " +
                                               formatIsoDate(fromDayNumber(*day)));
    }
    if (canonicalGriddedVariable(r.variable) && canonicalGriddedVariable(o.productVariable)) {
        o.fileFactor = carbonFactor(r.file, r.variable);
        o.productFactor = carbonFactor(product, o.productVariable);
        o.units = "gC m-2 d-1";
    } else if (a.units != b.units) {
        throw InputError(product.path, "variable " + o.productVariable + " is in '" + b.units +
                                           "' but " + r.variable + " of " + r.file.path +
                                           " is in '" + a.units + "'");
    } else {
        o.units = a.units;
    }
    return o;
}

RasterLayerData readDifference(const RasterLayerRequest& r, RasterLayerData data) {
    const Operands o = operandsOf(r, data.day);
    const RasterSlice product =
        readRasterSlice(*r.product, o.productVariable, o.productTime.value_or(0), r.maxEdge);
    RasterSlice& slice = data.slice;
    const RasterGeometry& g = slice.geometry;
    for (int row = 0; row < g.rows; ++row)
        for (int col = 0; col < g.cols; ++col) {
            float& v = slice.values[static_cast<std::size_t>(row) * g.cols + col];
            v = static_cast<float>(v * o.fileFactor -
                                   product.valueAt(g.lonOfColumn(col), g.latOfRow(row)) *
                                       o.productFactor);
        }
    const std::vector<float> productAtTowers = readRasterPoints(
        *r.product, o.productVariable, o.productTime.value_or(0), r.towers_lonLat_deg);
    for (std::size_t i = 0; i < data.towerValues.size(); ++i)
        data.towerValues[i] = static_cast<float>(data.towerValues[i] * o.fileFactor -
                                                 productAtTowers[i] * o.productFactor);
    data.productVariable = o.productVariable;
    data.units = o.units;
    slice.units = o.units;
    return data;
}

RasterLayerData readOne(const RasterLayerRequest& r) {
    if (!r.file.variable(r.variable))
        throw InputError(r.file.path, "no map variable " + r.variable);
    RasterLayerData data;
    const bool hasTime = r.file.variable(r.variable)->hasTime;
    if (hasTime)
        data.day = r.file.days.at(static_cast<std::size_t>(r.timeIndex));
    data.slice = readRasterSlice(r.file, r.variable, r.timeIndex, r.maxEdge);
    data.towerValues = readRasterPoints(r.file, r.variable, r.timeIndex, r.towers_lonLat_deg);
    data.units = data.slice.units;
    return r.product ? readDifference(r, std::move(data)) : data;
}
} // namespace

std::string matchingVariable(const RasterFileInfo& product, const std::string& variable) {
    if (product.variable(variable))
        return variable;
    if (const auto canonical = canonicalGriddedVariable(variable))
        for (const RasterVariableInfo& v : product.variables)
            if (canonicalGriddedVariable(v.name) == canonical)
                return v.name;
    throw InputError(product.path, "no variable " + variable +
                                       " (nor another name of it) to "
                                       "subtract; its maps are the variables listed by ncdump -h");
}

RasterLayerData readRasterLayer(const RasterLayerRequest& request) {
    RasterLayerData data = readOne(request);
    if (!request.sampleRange)
        return data;
    const std::size_t steps =
        request.file.variable(request.variable)->hasTime ? request.file.days.size() : 1;
    const std::size_t samples = std::min<std::size_t>(6, steps);
    for (std::size_t i = 0; i < samples; ++i) {
        RasterLayerRequest sample = request;
        sample.timeIndex = static_cast<int>(samples > 1 ? i * (steps - 1) / (samples - 1) : 0);
        sample.maxEdge = 256;
        sample.sampleRange = false;
        sample.towers_lonLat_deg.clear();
        try {
            const RasterLayerData part = readOne(sample);
            data.rangeSample.insert(data.rangeSample.end(), part.slice.values.begin(),
                                    part.slice.values.end());
        } catch (const InputError&) {
            // A sampled date the product lacks: the range comes from the other dates.
        }
    }
    data.rangeSample.insert(data.rangeSample.end(), data.slice.values.begin(),
                            data.slice.values.end());
    return data;
}

} // namespace fluxlens
