#include "upscale/netcdf_file.h"

#include <cmath>
#include <limits>
#include <ogr_spatialref.h>
#include <stdexcept>

namespace fluxlens::upscale {

NetcdfFile::NetcdfFile(const std::filesystem::path& path, const std::string& conventions)
    : m_path(path) {
    GDALAllRegister();
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    std::filesystem::remove(path, ec);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("netCDF");
    if (!driver)
        throw std::runtime_error(path.string() + ": GDAL has no netCDF driver");
    CPLStringList options;
    options.SetNameValue("FORMAT", "NC4");
    options.SetNameValue("CONVENTIONS", conventions.c_str());
    m_dataset.reset(driver->CreateMultiDimensional(path.string().c_str(), nullptr, options.List()));
    if (!m_dataset)
        fail("cannot create the NetCDF file");
    m_root = m_dataset->GetRootGroup();
    if (!m_root)
        fail("no root group");
}

NetcdfFile::~NetcdfFile() {
    m_root.reset();
    m_dataset.reset(); // GDALDataset's destructor closes the file
}

void NetcdfFile::fail(const std::string& what) const {
    throw std::runtime_error(m_path.string() + ": " + what + ": " + CPLGetLastErrorMsg());
}

std::shared_ptr<GDALDimension> NetcdfFile::dimension(const std::string& name,
                                                     const std::string& type,
                                                     const std::string& direction,
                                                     std::size_t size) {
    auto dim = m_root->CreateDimension(name, type, direction, size);
    if (!dim)
        fail("cannot create dimension " + name);
    return dim;
}

std::shared_ptr<GDALMDArray> NetcdfFile::coordinate(const std::shared_ptr<GDALDimension>& dimension,
                                                    const std::vector<double>& values,
                                                    const std::string& units,
                                                    const std::string& standardName,
                                                    const std::string& axis) {
    auto array = m_root->CreateMDArray(dimension->GetName(), {dimension},
                                       GDALExtendedDataType::Create(GDT_Float64));
    if (!array)
        fail("cannot create variable " + dimension->GetName());
    write(array, {0}, {values.size()}, values.data());
    text(array, "units", units);
    text(array, "standard_name", standardName);
    text(array, "axis", axis);
    return array;
}

std::shared_ptr<GDALMDArray>
NetcdfFile::floatVariable(const std::string& name,
                          const std::vector<std::shared_ptr<GDALDimension>>& dimensions,
                          const std::vector<std::size_t>& chunk) {
    std::string blocks;
    for (std::size_t c : chunk)
        blocks += (blocks.empty() ? "" : ",") + std::to_string(c);
    CPLStringList options;
    options.SetNameValue("COMPRESS", "DEFLATE");
    options.SetNameValue("ZLEVEL", "4");
    options.SetNameValue("BLOCKSIZE", blocks.c_str());
    auto array = m_root->CreateMDArray(name, dimensions, GDALExtendedDataType::Create(GDT_Float32),
                                       options.List());
    if (!array)
        fail("cannot create variable " + name);
    if (!array->SetNoDataValue(std::numeric_limits<double>::quiet_NaN()))
        fail("cannot set the _FillValue of " + name);
    return array;
}

void NetcdfFile::geographicCrs() {
    auto crs = m_root->CreateMDArray("crs", {}, GDALExtendedDataType::Create(GDT_Int32));
    if (!crs)
        fail("cannot create variable crs");
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    char* wkt = nullptr;
    srs.exportToWkt(&wkt);
    const std::string wktText = wkt ? wkt : "";
    CPLFree(wkt);
    text(crs, "grid_mapping_name", "latitude_longitude");
    number(crs, "longitude_of_prime_meridian", 0.0);
    number(crs, "semi_major_axis", srs.GetSemiMajor());
    number(crs, "inverse_flattening", srs.GetInvFlattening());
    text(crs, "crs_wkt", wktText);
    text(crs, "spatial_ref", wktText); // GDAL's own name for the same WKT
    const std::int32_t zero = 0;
    if (!crs->Write(nullptr, nullptr, nullptr, nullptr, GDALExtendedDataType::Create(GDT_Int32),
                    &zero))
        fail("cannot write variable crs");
}

void NetcdfFile::text(const std::shared_ptr<GDALIHasAttribute>& owner, const std::string& name,
                      const std::string& value) {
    auto attribute = owner->CreateAttribute(name, {}, GDALExtendedDataType::CreateString());
    if (!attribute || !attribute->Write(value.c_str()))
        fail("cannot write attribute " + name);
}

void NetcdfFile::text(const std::string& name, const std::string& value) {
    text(m_root, name, value);
}

void NetcdfFile::number(const std::shared_ptr<GDALMDArray>& owner, const std::string& name,
                        double value) {
    auto attribute = owner->CreateAttribute(name, {}, GDALExtendedDataType::Create(GDT_Float64));
    if (!attribute || !attribute->Write(value))
        fail("cannot write attribute " + name);
}

void NetcdfFile::write(const std::shared_ptr<GDALMDArray>& array, const std::vector<GUInt64>& start,
                       const std::vector<std::size_t>& count, const float* data) {
    if (!array->Write(start.data(), count.data(), nullptr, nullptr,
                      GDALExtendedDataType::Create(GDT_Float32), data))
        fail("cannot write variable " + array->GetName());
}

void NetcdfFile::write(const std::shared_ptr<GDALMDArray>& array, const std::vector<GUInt64>& start,
                       const std::vector<std::size_t>& count, const double* data) {
    if (!array->Write(start.data(), count.data(), nullptr, nullptr,
                      GDALExtendedDataType::Create(GDT_Float64), data))
        fail("cannot write variable " + array->GetName());
}

void NetcdfFile::close() {
    m_root.reset();
    CPLErrorReset();
    m_dataset.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        fail("cannot finish the NetCDF file");
}

} // namespace fluxlens::upscale
