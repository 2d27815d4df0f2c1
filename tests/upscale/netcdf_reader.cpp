#include "netcdf_reader.h"

#include <cmath>
#include <gdal_priv.h>
#include <memory>
#include <stdexcept>

namespace fluxlens::upscale::testing {
namespace {
std::shared_ptr<GDALGroup> openRoot(const std::filesystem::path& file,
                                    std::unique_ptr<GDALDataset>& holder) {
    GDALAllRegister();
    holder.reset(
        GDALDataset::Open(file.string().c_str(), GDAL_OF_MULTIDIM_RASTER | GDAL_OF_READONLY));
    if (!holder)
        throw std::runtime_error(file.string() + ": cannot open");
    return holder->GetRootGroup();
}
} // namespace

NetcdfVariable readVariable(const std::filesystem::path& file, const std::string& name) {
    std::unique_ptr<GDALDataset> dataset;
    const auto root = openRoot(file, dataset);
    const auto array = root->OpenMDArray(name);
    if (!array)
        throw std::runtime_error(file.string() + ": no variable " + name);
    NetcdfVariable out;
    std::vector<GUInt64> start;
    std::size_t total = 1;
    for (const auto& dim : array->GetDimensions()) {
        out.shape.push_back(static_cast<std::size_t>(dim->GetSize()));
        start.push_back(0);
        total *= out.shape.back();
    }
    out.values.resize(total);
    if (!array->Read(start.data(), out.shape.data(), nullptr, nullptr,
                     GDALExtendedDataType::Create(GDT_Float64), out.values.data()))
        throw std::runtime_error(file.string() + ": cannot read " + name);
    out.units = array->GetUnit();
    return out;
}

std::string globalAttribute(const std::filesystem::path& file, const std::string& name) {
    std::unique_ptr<GDALDataset> dataset;
    const auto root = openRoot(file, dataset);
    const auto attribute = root->GetAttribute(name);
    if (!attribute)
        throw std::runtime_error(file.string() + ": no global attribute " + name);
    const char* text = attribute->ReadAsString();
    return text ? text : "";
}

bool sameValues(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
            return false;
    return true;
}

bool sameVariable(const std::filesystem::path& a, const std::filesystem::path& b,
                  const std::string& name) {
    return sameValues(readVariable(a, name).values, readVariable(b, name).values);
}

} // namespace fluxlens::upscale::testing
