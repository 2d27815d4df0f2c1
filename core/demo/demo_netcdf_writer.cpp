#include "demo/demo_netcdf_writer.h"

#include <stdexcept>

namespace fluxlens::demo {

NetcdfWriter::NetcdfWriter(const std::filesystem::path& path, const std::string& conventions)
    : m_path(path) {
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    std::filesystem::remove(path, ec);
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("netCDF");
    if (!driver)
        throw std::runtime_error(path.string() + ": GDAL has no netCDF driver");
    CPLStringList options;
    options.SetNameValue("FORMAT", "NC4");
    options.SetNameValue("CONVENTIONS", conventions.c_str());
    m_dataset.reset(driver->CreateMultiDimensional(path.string().c_str(), nullptr, options.List()));
    if (!m_dataset)
        fail("cannot create NetCDF file");
    m_root = m_dataset->GetRootGroup();
    if (!m_root)
        fail("no root group");
}

NetcdfWriter::~NetcdfWriter() = default;

void NetcdfWriter::fail(const std::string& what) const {
    throw std::runtime_error(m_path.string() + ": " + what + ": " + CPLGetLastErrorMsg());
}

std::shared_ptr<GDALDimension> NetcdfWriter::dimension(const std::string& name,
                                                       const std::string& type,
                                                       const std::string& direction,
                                                       std::size_t size) {
    auto d = m_root->CreateDimension(name, type, direction, static_cast<GUInt64>(size));
    if (!d)
        fail("cannot create dimension " + name);
    return d;
}

std::shared_ptr<GDALMDArray>
NetcdfWriter::coordinate(const std::shared_ptr<GDALDimension>& dimension,
                         const std::vector<double>& values, GDALDataType type) {
    auto array = m_root->CreateMDArray(dimension->GetName(), {dimension},
                                       GDALExtendedDataType::Create(type));
    if (!array)
        fail("cannot create variable " + dimension->GetName());
    write(*array, {0}, {values.size()}, GDT_Float64, values.data());
    return array;
}

std::shared_ptr<GDALMDArray>
NetcdfWriter::variable(const std::string& name,
                       const std::vector<std::shared_ptr<GDALDimension>>& dims, GDALDataType type,
                       const std::string& blockSize) {
    CPLStringList options;
    if (!dims.empty()) { // a scalar (grid mapping) cannot be compressed
        options.SetNameValue("COMPRESS", "DEFLATE");
        options.SetNameValue("ZLEVEL", "4");
    }
    if (!blockSize.empty())
        options.SetNameValue("BLOCKSIZE", blockSize.c_str());
    auto array =
        m_root->CreateMDArray(name, dims, GDALExtendedDataType::Create(type), options.List());
    if (!array)
        fail("cannot create variable " + name);
    return array;
}

void NetcdfWriter::text(GDALIHasAttribute& owner, const std::string& name,
                        const std::string& value) {
    auto attribute = owner.CreateAttribute(name, {}, GDALExtendedDataType::CreateString());
    if (!attribute || !attribute->Write(value.c_str()))
        fail("cannot write attribute " + name);
}

void NetcdfWriter::number(GDALIHasAttribute& owner, const std::string& name, double value,
                          GDALDataType type) {
    numbers(owner, name, {value}, type);
}

void NetcdfWriter::numbers(GDALIHasAttribute& owner, const std::string& name,
                           const std::vector<double>& values, GDALDataType type) {
    const std::vector<GUInt64> shape =
        values.size() == 1 ? std::vector<GUInt64>{} : std::vector<GUInt64>{values.size()};
    auto attribute = owner.CreateAttribute(name, shape, GDALExtendedDataType::Create(type));
    if (!attribute || !attribute->Write(values.data(), values.size()))
        fail("cannot write attribute " + name);
}

void NetcdfWriter::write(GDALMDArray& array, const std::vector<GUInt64>& start,
                         const std::vector<std::size_t>& count, GDALDataType type,
                         const void* data) {
    if (!array.Write(start.data(), count.data(), nullptr, nullptr,
                     GDALExtendedDataType::Create(type), data))
        fail("cannot write variable " + array.GetName());
}

void NetcdfWriter::finish() {
    m_root.reset();
    CPLErrorReset();
    m_dataset.reset(); // closes the file, flushing what is left
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        fail("cannot finish the NetCDF file");
}

} // namespace fluxlens::demo
