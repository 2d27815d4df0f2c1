#pragma once

#include <filesystem>
#include <gdal_priv.h>
#include <memory>
#include <string>
#include <vector>

namespace fluxlens::demo {

// A NetCDF-4 file written through GDAL's multidimensional API, every call checked: a failure
// throws std::runtime_error naming the file, the step and GDAL's message. The same calls give the
// same bytes. Internal to the demo's GDAL writers.
class NetcdfWriter {
public:
    // Replaces `path` (creating its folder); `conventions` becomes the global Conventions.
    NetcdfWriter(const std::filesystem::path& path, const std::string& conventions);
    ~NetcdfWriter();
    NetcdfWriter(const NetcdfWriter&) = delete;
    NetcdfWriter& operator=(const NetcdfWriter&) = delete;

    GDALGroup& root() { return *m_root; }
    std::shared_ptr<GDALDimension> dimension(const std::string& name, const std::string& type,
                                             const std::string& direction, std::size_t size);
    // A coordinate variable holding `values` (GDT_Float64, or GDT_Int64/GDT_Int32 for whole
    // numbers), named like its dimension.
    std::shared_ptr<GDALMDArray> coordinate(const std::shared_ptr<GDALDimension>& dimension,
                                            const std::vector<double>& values,
                                            GDALDataType type = GDT_Float64);
    // A variable; `blockSize` "t,y,x" chunks it, and it is deflate-compressed.
    std::shared_ptr<GDALMDArray> variable(const std::string& name,
                                          const std::vector<std::shared_ptr<GDALDimension>>& dims,
                                          GDALDataType type, const std::string& blockSize);
    void text(GDALIHasAttribute& owner, const std::string& name, const std::string& value);
    void number(GDALIHasAttribute& owner, const std::string& name, double value,
                GDALDataType type = GDT_Float64);
    void numbers(GDALIHasAttribute& owner, const std::string& name,
                 const std::vector<double>& values, GDALDataType type);
    // Writes a hyperslab of `array` from `data` of element type `type`.
    void write(GDALMDArray& array, const std::vector<GUInt64>& start,
               const std::vector<std::size_t>& count, GDALDataType type, const void* data);
    // Closes the file, flushing what is left. Arrays the caller still holds must be released first.
    void finish();

    [[noreturn]] void fail(const std::string& what) const;

private:
    struct DatasetCloser {
        void operator()(GDALDataset* d) const {
            if (d)
                GDALClose(d);
        }
    };
    std::filesystem::path m_path;
    std::unique_ptr<GDALDataset, DatasetCloser> m_dataset;
    std::shared_ptr<GDALGroup> m_root;
};

} // namespace fluxlens::demo
