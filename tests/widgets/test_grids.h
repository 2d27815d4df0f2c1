#pragma once

// Small CF NetCDF grids written through GDAL's multidimensional API, for the raster layer tests
// and screenshots: a "model" file (GPP, NEE, GPP_sd over time × lat × lon, latitude descending,
// a fill value in the north-west corner pixel) and a "product" on a coarser grid with latitude
// ascending and other names and units (GPP in g m-2 d-1, TER for RECO), as X-BASE has them.

#include <gdal_priv.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace fluxlens::test {

struct TestGrid {
    double west = 0, south = 40, east = 20, north = 60, res = 0.5;
    bool latAscending = false;
    int firstDay = 18048; // 2019-06-01
    int days = 3;
    int cols() const { return static_cast<int>((east - west) / res + 0.5); }
    int rows() const { return static_cast<int>((north - south) / res + 0.5); }
};

// The model file's GPP: rises eastwards, half a unit per day.
inline double modelGpp(int row, int col, int t) {
    (void)row;
    return 1.0 + 0.1 * col + 0.5 * t;
}
inline double productGpp(int t) {
    return 2.0 + t;
}

namespace detail {
inline void writeText(GDALMDArray& array, const char* name, const std::string& value) {
    auto attribute = array.CreateAttribute(name, {}, GDALExtendedDataType::CreateString());
    if (!attribute || !attribute->Write(value.c_str()))
        throw std::runtime_error(std::string("cannot write attribute ") + name);
}

inline std::shared_ptr<GDALMDArray> coordinate(GDALGroup& root,
                                               const std::shared_ptr<GDALDimension>& dim,
                                               const std::vector<double>& values,
                                               const std::string& units) {
    auto array =
        root.CreateMDArray(dim->GetName(), {dim}, GDALExtendedDataType::Create(GDT_Float64));
    const GUInt64 start = 0;
    const size_t count = values.size();
    if (!array || !array->Write(&start, &count, nullptr, nullptr,
                                GDALExtendedDataType::Create(GDT_Float64), values.data()))
        throw std::runtime_error("cannot write coordinate " + dim->GetName());
    writeText(*array, "units", units);
    return array;
}
} // namespace detail

// value(t, row, col) with row 0 northernmost whatever the file's latitude order.
template <typename Value>
void writeTestGrid(const std::string& path, const TestGrid& g,
                   const std::vector<std::pair<std::string, std::string>>& variablesAndUnits,
                   Value value) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("netCDF");
    if (!driver)
        throw std::runtime_error("GDAL has no netCDF driver");
    GDALDatasetUniquePtr ds(driver->CreateMultiDimensional(path.c_str(), nullptr, nullptr));
    if (!ds)
        throw std::runtime_error("cannot create " + path);
    auto root = ds->GetRootGroup();
    const int rows = g.rows(), cols = g.cols();
    auto time = root->CreateDimension("time", GDAL_DIM_TYPE_TEMPORAL, {}, g.days);
    auto lat = root->CreateDimension("lat", GDAL_DIM_TYPE_HORIZONTAL_Y, {}, rows);
    auto lon = root->CreateDimension("lon", GDAL_DIM_TYPE_HORIZONTAL_X, {}, cols);
    std::vector<double> days, lats, lons;
    for (int t = 0; t < g.days; ++t)
        days.push_back(g.firstDay + t);
    for (int r = 0; r < rows; ++r)
        lats.push_back(g.latAscending ? g.south + (r + 0.5) * g.res : g.north - (r + 0.5) * g.res);
    for (int c = 0; c < cols; ++c)
        lons.push_back(g.west + (c + 0.5) * g.res);
    detail::coordinate(*root, time, days, "days since 1970-01-01");
    detail::coordinate(*root, lat, lats, "degrees_north");
    detail::coordinate(*root, lon, lons, "degrees_east");
    for (const auto& [name, units] : variablesAndUnits) {
        auto array =
            root->CreateMDArray(name, {time, lat, lon}, GDALExtendedDataType::Create(GDT_Float32));
        if (!array)
            throw std::runtime_error("cannot create variable " + name);
        const float fill = -9999.0f;
        array->SetNoDataValue(static_cast<double>(fill));
        detail::writeText(*array, "units", units);
        std::vector<float> values(static_cast<std::size_t>(g.days) * rows * cols);
        for (int t = 0; t < g.days; ++t)
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    const int northRow = g.latAscending ? rows - 1 - r : r;
                    const double v = value(name, t, northRow, c);
                    values[(static_cast<std::size_t>(t) * rows + r) * cols + c] =
                        std::isnan(v) ? fill : static_cast<float>(v);
                }
        const GUInt64 start[3] = {0, 0, 0};
        const size_t count[3] = {static_cast<size_t>(g.days), static_cast<size_t>(rows),
                                 static_cast<size_t>(cols)};
        if (!array->Write(start, count, nullptr, nullptr, GDALExtendedDataType::Create(GDT_Float32),
                          values.data()))
            throw std::runtime_error("cannot write variable " + name);
    }
}

inline void writeModelGrid(const std::string& path) {
    writeTestGrid(path, TestGrid{},
                  {{"GPP", "gC m-2 d-1"}, {"NEE", "gC m-2 d-1"}, {"GPP_sd", "gC m-2 d-1"}},
                  [](const std::string& name, int t, int row, int col) {
                      if (row == 0 && col == 0)
                          return std::nan("");
                      const double gpp = modelGpp(row, col, t);
                      return name == "GPP" ? gpp : name == "NEE" ? 1.5 - 0.5 * gpp : 0.1 * gpp;
                  });
}

// GPP in g m-2 d-1 (the same number in gC m-2 d-1) and TER, on a 1° grid, latitudes ascending.
inline void writeProductGrid(const std::string& path) {
    TestGrid g;
    g.res = 1.0;
    g.latAscending = true;
    writeTestGrid(path, g, {{"GPP", "g m-2 d-1"}, {"TER", "gC m-2 d-1"}},
                  [](const std::string& name, int t, int, int) {
                      return name == "GPP" ? productGpp(t) : 1.0;
                  });
}

} // namespace fluxlens::test
