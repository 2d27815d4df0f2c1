#include "demo/demo_world.h"

#include "cache/cache.h"
#include "demo/demo_generator.h"
#include "demo/demo_reference_netcdf.h"
#include "demo/demo_writers.h"
#include "import/import_job.h"

#include <chrono>
#include <stdexcept>

namespace fluxlens::demo {
namespace {
double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string describeFailure(const FileImportResult& r) {
    std::string text = r.errorFile.empty() ? r.file : r.errorFile;
    if (r.errorLine > 0)
        text += ":" + std::to_string(r.errorLine);
    return text + ": " + r.errorMessage;
}
} // namespace

DemoWorldResult openDemoWorld(Cache& cache, const std::filesystem::path& folder,
                              const DemoOptions& options, const DemoJobControl& control,
                              const ReferenceOptions& referenceGrid) {
    DemoWorldResult result;
    result.folder = folder;
    const auto started = std::chrono::steady_clock::now();
    const DemoPlan plan = planDemoWorld(options);
    WrittenDemoWorld written = writeDemoCsvFiles(plan, folder, control.subRange(0.0, 0.15));
    const std::string reference = referenceFileName(options.firstYear, options.lastYear);
    writeReferenceNetcdf(plan, written.sites, folder / reference, referenceGrid,
                         control.subRange(0.15, 0.2));
    result.generateSeconds = secondsSince(started);

    // Data files first, the site table after them, the reference product last.
    std::vector<std::string> dataFiles;
    for (const std::string& f : written.files)
        if (f != kSiteMetadataFileName && f != kHiddenParametersFileName)
            dataFiles.push_back((folder / f).string());
    dataFiles.push_back((folder / kSiteMetadataFileName).string());
    const double dataShare = 0.2 + 0.8 * 0.75;

    const auto importStarted = std::chrono::steady_clock::now();
    auto run = [&](const std::vector<std::string>& files, const ImportOptions& importOptions,
                   double begin, double end) {
        const DemoJobControl part = control.subRange(begin, end);
        const ImportControl importControl(part.progress, control.cancel);
        const auto results = importFiles(cache, files, importOptions, importControl, {});
        std::string failures;
        int failed = 0;
        for (const FileImportResult& r : results) {
            if (r.status == FileImportResult::Status::Cancelled)
                throw DemoCancelled();
            if (r.status == FileImportResult::Status::Failed) {
                if (++failed <= 3)
                    failures += (failed > 1 ? "; " : "") + describeFailure(r);
                continue;
            }
            ++result.filesImported;
            result.rowsImported += r.rows;
            for (const std::string& w : r.warnings)
                result.warnings.push_back(r.file + ": " + w);
        }
        if (failed > 0)
            throw std::runtime_error("the demo world did not import (" + std::to_string(failed) +
                                     " file(s) failed): " + failures);
        control.throwIfCancelled();
    };
    ImportOptions dataOptions;
    dataOptions.deriveKoppen = false; // the site table gives the class derived by the generator
    run(dataFiles, dataOptions, 0.2, dataShare);
    ImportOptions referenceOptions;
    referenceOptions.productName = kReferenceProductName;
    referenceOptions.deriveKoppen = false;
    run({(folder / reference).string()}, referenceOptions, dataShare, 1.0);
    result.importSeconds = secondsSince(importStarted);

    result.sites = std::move(written.sites);
    result.hidden = std::move(written.hidden);
    control.report(1.0);
    return result;
}

} // namespace fluxlens::demo
