#include "grid_fixtures.h"

#include "common/dates.h"

#include <cmath>
#include <fstream>
#include <gdal_priv.h>
#include <memory>
#include <stdexcept>

namespace gridtest {
namespace {
constexpr double kT2mScale = 0.002;
constexpr double kT2mOffset = 270.0;
constexpr std::int16_t kShortFill = -32767;
constexpr double kFloatFill = -9999.0;

void require(bool ok, const std::string& what) {
    if (!ok)
        throw std::runtime_error("fixture: " + what + ": " + CPLGetLastErrorMsg());
}

struct Writer {
    std::unique_ptr<GDALDataset> dataset;
    std::shared_ptr<GDALGroup> root;

    explicit Writer(const std::string& path) {
        GDALAllRegister();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("netCDF");
        dataset.reset(driver->CreateMultiDimensional(path.c_str(), nullptr, nullptr));
        require(dataset != nullptr, "create " + path);
        root = dataset->GetRootGroup();
    }

    void text(const std::shared_ptr<GDALMDArray>& array, const char* name, const std::string& v) {
        array->CreateAttribute(name, {}, GDALExtendedDataType::CreateString())->Write(v.c_str());
    }

    template <typename T>
    void write(const std::shared_ptr<GDALMDArray>& array, const std::vector<T>& values,
               GDALDataType type) {
        std::vector<GUInt64> start(array->GetDimensionCount(), 0);
        std::vector<size_t> count;
        for (const auto& d : array->GetDimensions())
            count.push_back(static_cast<size_t>(d->GetSize()));
        require(array->Write(start.data(), count.data(), nullptr, nullptr,
                             GDALExtendedDataType::Create(type), values.data()),
                "write " + array->GetName());
    }

    std::shared_ptr<GDALMDArray> coordinate(const std::shared_ptr<GDALDimension>& dim,
                                            const std::vector<double>& values,
                                            const std::string& units) {
        auto array =
            root->CreateMDArray(dim->GetName(), {dim}, GDALExtendedDataType::Create(GDT_Float64));
        write(array, values, GDT_Float64);
        text(array, "units", units);
        return array;
    }
};
} // namespace

double eraLon(int i) {
    return 10.0 + 0.1 * i;
}
double eraLat(int j) {
    return 50.9 - 0.1 * j;
}
// Non-linear in i and j so that bilinear interpolation is told apart from other schemes.
double t2m_K(int i, int j, int day) {
    return 275.0 + 0.3 * i * i + 0.7 * j + 0.05 * i * j + 0.5 * (day % 7);
}
double d2m_K(int i, int j, int day) {
    return t2m_K(i, j, day) - 2.0 - 0.2 * i;
}
double ssrd_J_m2(int i, int j, int day) {
    return 8.64e6 + 1e5 * i * i + 5e4 * j + 1e4 * (day % 5);
}
double tp_m(int i, int j, int day) {
    return 0.001 * ((i + j + day) % 4);
}
double lsm(int i, int j) {
    return i + j < 3 ? 0.0 : 1.0;
}
bool isFilled(int i, int j, int dayIndexInFile) {
    return dayIndexInFile == 0 && i >= 6 && i <= 8 && j >= 6 && j <= 8;
}

void writeEra5(const std::string& path, int firstDay, int dayCount, const Era5Options& options) {
    Writer w(path);
    auto timeDim = w.root->CreateDimension(options.timeName, GDAL_DIM_TYPE_TEMPORAL, {},
                                           static_cast<GUInt64>(dayCount));
    auto latDim = w.root->CreateDimension("latitude", GDAL_DIM_TYPE_HORIZONTAL_Y, {}, kEraSize);
    auto lonDim = w.root->CreateDimension("longitude", GDAL_DIM_TYPE_HORIZONTAL_X, {}, kEraSize);
    std::vector<double> times, lats, lons;
    const bool seconds = options.timeUnits.rfind("seconds", 0) == 0;
    const int origin = options.timeUnits.find("2020-01-01") != std::string::npos ? 18262 : 0;
    for (int d = 0; d < dayCount; ++d)
        times.push_back(seconds ? (firstDay + d) * 86400.0 : double(firstDay + d - origin));
    for (int k = 0; k < kEraSize; ++k) {
        lats.push_back(eraLat(k));
        lons.push_back(eraLon(k));
    }
    std::shared_ptr<GDALMDArray> time;
    if (options.floatsWithNaNFill) {
        time = w.root->CreateMDArray(options.timeName, {timeDim},
                                     GDALExtendedDataType::Create(GDT_Int64));
        w.write(time, std::vector<std::int64_t>(times.begin(), times.end()), GDT_Int64);
        w.text(time, "units", options.timeUnits);
    } else {
        time = w.coordinate(timeDim, times, options.timeUnits);
    }
    w.text(time, "calendar", "proleptic_gregorian");
    w.text(w.coordinate(latDim, lats, "degrees_north"), "standard_name", "latitude");
    w.text(w.coordinate(lonDim, lons, "degrees_east"), "standard_name", "longitude");

    const std::vector<std::shared_ptr<GDALDimension>> dims{timeDim, latDim, lonDim};
    auto packed = [&](const char* name, const std::string& units, auto valueOf) {
        auto array = w.root->CreateMDArray(name, dims, GDALExtendedDataType::Create(GDT_Int16));
        require(array->SetNoDataValue(static_cast<double>(kShortFill)), "fill");
        require(array->SetScale(kT2mScale) && array->SetOffset(kT2mOffset), "scale");
        w.text(array, "units", units);
        std::vector<std::int16_t> raw;
        for (int d = 0; d < dayCount; ++d)
            for (int j = 0; j < kEraSize; ++j)
                for (int i = 0; i < kEraSize; ++i)
                    raw.push_back(
                        isFilled(i, j, d)
                            ? kShortFill
                            : static_cast<std::int16_t>(std::lround(
                                  (valueOf(i, j, firstDay + d) - kT2mOffset) / kT2mScale)));
        w.write(array, raw, GDT_Int16);
    };
    const double floatFill = options.floatsWithNaNFill ? std::nan("") : kFloatFill;
    auto floats = [&](const char* name, const std::string& units, auto valueOf) {
        auto array = w.root->CreateMDArray(name, dims, GDALExtendedDataType::Create(GDT_Float32));
        require(array->SetNoDataValue(floatFill), "fill");
        w.text(array, "units", units);
        std::vector<float> values;
        for (int d = 0; d < dayCount; ++d)
            for (int j = 0; j < kEraSize; ++j)
                for (int i = 0; i < kEraSize; ++i)
                    values.push_back(isFilled(i, j, d)
                                         ? static_cast<float>(floatFill)
                                         : static_cast<float>(valueOf(i, j, firstDay + d)));
        w.write(array, values, GDT_Float32);
    };
    if (options.floatsWithNaNFill) {
        floats("t2m", options.t2mUnits, t2m_K);
        if (options.withD2m)
            floats("d2m", "K", d2m_K);
    } else {
        packed("t2m", options.t2mUnits, t2m_K);
        if (options.withD2m)
            packed("d2m", "K", d2m_K);
    }
    floats("ssrd", "J m**-2", ssrd_J_m2);
    floats("tp", "m", tp_m);
    if (!options.floatsWithNaNFill) {
        floats("lsm", "(0 - 1)", [](int i, int j, int) { return lsm(i, j); });
        return;
    }
    auto mask =
        w.root->CreateMDArray("lsm", {latDim, lonDim}, GDALExtendedDataType::Create(GDT_Float32));
    w.text(mask, "units", "1");
    std::vector<float> values;
    for (int j = 0; j < kEraSize; ++j)
        for (int i = 0; i < kEraSize; ++i)
            values.push_back(static_cast<float>(lsm(i, j)));
    w.write(mask, values, GDT_Float32);
}

int modisRaw(int band, int col, int rowFromNorth, int dayIndex) {
    if (col == 0 && rowFromNorth == 0)
        return -28672;
    return 300 * band + 40 * col + 17 * rowFromNorth + 11 * dayIndex;
}

void writeModisNetcdf(const std::string& path, int firstDay, int dayCount) {
    Writer w(path);
    auto timeDim =
        w.root->CreateDimension("time", GDAL_DIM_TYPE_TEMPORAL, {}, static_cast<GUInt64>(dayCount));
    auto latDim = w.root->CreateDimension("lat", GDAL_DIM_TYPE_HORIZONTAL_Y, {}, kModisSize);
    auto lonDim = w.root->CreateDimension("lon", GDAL_DIM_TYPE_HORIZONTAL_X, {}, kModisSize);
    std::vector<double> times, lats, lons;
    for (int d = 0; d < dayCount; ++d)
        times.push_back(firstDay + d - 10957); // days since 2000-01-01
    for (int k = 0; k < kModisSize; ++k) {
        lats.push_back(49.975 + 0.05 * k); // ascending: row k from the south
        lons.push_back(9.975 + 0.05 * k);
    }
    w.coordinate(timeDim, times, "days since 2000-01-01");
    w.coordinate(latDim, lats, "degrees_north");
    w.coordinate(lonDim, lons, "degrees_east");
    for (int band = 1; band <= 3; ++band) {
        auto array =
            w.root->CreateMDArray("sur_refl_b0" + std::to_string(band), {timeDim, latDim, lonDim},
                                  GDALExtendedDataType::Create(GDT_Int16));
        require(array->SetNoDataValue(-28672.0) && array->SetScale(0.0001), "packing");
        w.text(array, "units", "reflectance");
        std::vector<std::int16_t> raw;
        for (int d = 0; d < dayCount; ++d)
            for (int k = 0; k < kModisSize; ++k)
                for (int col = 0; col < kModisSize; ++col)
                    raw.push_back(
                        static_cast<std::int16_t>(modisRaw(band, col, kModisSize - 1 - k, d)));
        w.write(array, raw, GDT_Int16);
    }
}

std::vector<std::string> writeModisGeotiffs(const std::string& folder, int firstDay, int dayCount) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    std::vector<std::string> paths;
    for (int band = 1; band <= 3; ++band) {
        const std::string path = folder + "/MOD09GA_sur_refl_b0" + std::to_string(band) + ".tif";
        std::unique_ptr<GDALDataset> ds(
            driver->Create(path.c_str(), kModisSize, kModisSize, dayCount, GDT_Int16, nullptr));
        require(ds != nullptr, "create " + path);
        double gt[6] = {9.95, 0.05, 0.0, 50.95, 0.0, -0.05};
        ds->SetGeoTransform(gt);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        ds->SetSpatialRef(&wgs84);
        for (int d = 0; d < dayCount; ++d) {
            GDALRasterBand* b = ds->GetRasterBand(d + 1);
            const std::string date = fluxlens::formatIsoDate(fluxlens::fromDayNumber(firstDay + d));
            b->SetDescription(date.c_str());
            b->SetMetadataItem("DATE", date.c_str());
            std::vector<std::int16_t> raw;
            for (int row = 0; row < kModisSize; ++row)
                for (int col = 0; col < kModisSize; ++col)
                    raw.push_back(static_cast<std::int16_t>(modisRaw(band, col, row, d)));
            require(b->RasterIO(GF_Write, 0, 0, kModisSize, kModisSize, raw.data(), kModisSize,
                                kModisSize, GDT_Int16, 0, 0, nullptr) == CE_None,
                    "write " + path);
        }
        paths.push_back(path);
    }
    return paths;
}

int landCoverCode(int i, int j) {
    return 1 + (i / 7 + 3 * (j / 9)) % 17;
}

void writeLandCover(const std::string& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    constexpr int kCols = 50, kRows = 100;
    std::unique_ptr<GDALDataset> ds(
        driver->Create(path.c_str(), kCols, kRows, 1, GDT_Byte, nullptr));
    require(ds != nullptr, "create " + path);
    double gt[6] = {9.95, 0.01, 0.0, 50.95, 0.0, -0.01};
    ds->SetGeoTransform(gt);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    ds->SetSpatialRef(&wgs84);
    ds->GetRasterBand(1)->SetNoDataValue(255);
    std::vector<std::uint8_t> codes;
    for (int j = 0; j < kRows; ++j)
        for (int i = 0; i < kCols; ++i)
            codes.push_back(static_cast<std::uint8_t>(landCoverCode(i, j)));
    require(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, kCols, kRows, codes.data(), kCols, kRows,
                                           GDT_Byte, 0, 0, nullptr) == CE_None,
            "write " + path);
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    require(static_cast<bool>(out), "write " + path);
}

} // namespace gridtest
