#pragma once

// A NetCDF-4 file being written through GDAL's multidimensional API: every call checks its result
// and throws std::runtime_error naming the file, the variable and GDAL's message.

#include <filesystem>
#include <gdal_priv.h>
#include <memory>
#include <string>
#include <vector>

namespace fluxlens::upscale {

class NetcdfFile {
public:
    // Creates (replacing) `path` as NetCDF-4 with the global Conventions attribute.
    NetcdfFile(const std::filesystem::path& path, const std::string& conventions);
    ~NetcdfFile();
    NetcdfFile(const NetcdfFile&) = delete;
    NetcdfFile& operator=(const NetcdfFile&) = delete;

    std::shared_ptr<GDALDimension> dimension(const std::string& name, const std::string& type,
                                             const std::string& direction, std::size_t size);
    // A double coordinate variable on its own dimension, with units, standard_name and axis.
    std::shared_ptr<GDALMDArray>
    coordinate(const std::shared_ptr<GDALDimension>& dimension, const std::vector<double>& values,
               const std::string& units, const std::string& standardName, const std::string& axis);
    // A float32 variable, deflate-compressed in blocks of `chunk` (one entry per dimension),
    // _FillValue NaN.
    std::shared_ptr<GDALMDArray>
    floatVariable(const std::string& name,
                  const std::vector<std::shared_ptr<GDALDimension>>& dimensions,
                  const std::vector<std::size_t>& chunk);
    // The CF grid mapping variable `crs` for EPSG:4326 (latitude_longitude).
    void geographicCrs();

    void text(const std::shared_ptr<GDALIHasAttribute>& owner, const std::string& name,
              const std::string& value);
    void text(const std::string& name, const std::string& value); // global attribute
    void number(const std::shared_ptr<GDALMDArray>& owner, const std::string& name, double value);
    void write(const std::shared_ptr<GDALMDArray>& array, const std::vector<GUInt64>& start,
               const std::vector<std::size_t>& count, const float* data);
    void write(const std::shared_ptr<GDALMDArray>& array, const std::vector<GUInt64>& start,
               const std::vector<std::size_t>& count, const double* data);

    // Flushes and closes; throws when GDAL reports a failure. Variables handed out must have been
    // released by then.
    void close();

private:
    [[noreturn]] void fail(const std::string& what) const;
    std::filesystem::path m_path;
    std::unique_ptr<GDALDataset> m_dataset;
    std::shared_ptr<GDALGroup> m_root;
};

} // namespace fluxlens::upscale
