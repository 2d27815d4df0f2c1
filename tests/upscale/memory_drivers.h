#pragma once

// A DriverSource built in memory for the upscaling tests: every land pixel carries the drivers of
// one synthetic site (tests/ml/synthetic_world.h), chosen by the pixel's position; every fifth
// pixel is sea (land fraction 0, no drivers).

#include "ml/site_series.h"
#include "upscale/upscale_engine.h"

#include <vector>

namespace fluxlens::upscale::testing {

class MemoryDrivers : public DriverSource {
public:
    MemoryDrivers(std::vector<ml::SiteSeries> sites, const grid::GridSpec& grid);
    grid::DriverTile read(const grid::GridSpec& grid, const grid::PixelWindow& window,
                          const std::vector<std::string>& features, int firstDay,
                          int lastDay) override;
    grid::StaticTile readStatics(const grid::GridSpec& grid,
                                 const grid::PixelWindow& window) override;
    std::vector<std::string> features() const override;
    std::pair<int, int> period() const override;
    std::vector<std::string> describe() const override { return {"in-memory test drivers"}; }
    std::filesystem::path mapFile() const override { return {}; }
    std::string identity() const override { return m_identity; }

    // Which synthetic site feeds pixel (row, col) of the grid, −1 for sea.
    int siteOfPixel(int row, int col) const;
    void setIdentity(std::string identity) { m_identity = std::move(identity); }
    int readCount() const { return m_reads; }

private:
    std::vector<ml::SiteSeries> m_sites;
    grid::GridSpec m_grid;
    std::string m_identity = "memory-v1";
    int m_reads = 0;
};

} // namespace fluxlens::upscale::testing
