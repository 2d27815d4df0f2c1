#include "demo/demo_regions.h"

#include <array>

namespace fluxlens::demo {
namespace {
using R = RainRegime;
// Boxes lie inside land (checked against the GSHHS coastline in tests/demo). Climates are chosen
// so that the Köppen classes the classifier derives from the generated weather are the ones of the
// real region; the classifier decides, not this table.
constexpr std::array kRegions{
    DemoRegion{"Central Europe", 47.0, 52.0, 6.0, 14.5, 22, 11.5, 9.5, 6.5, 8.0, 600, 1100,
               R::Uniform, 0.0, 0.25, 0.72, 50, 500},
    DemoRegion{"Iberian Peninsula", 37.5, 42.0, -7.0, -1.5, 7, 16.5, 12.5, 7.5, 9.5, 330, 800,
               R::WinterWet, 0.75, 1.1, 0.55, 100, 1000},
    DemoRegion{"Fennoscandia", 61.5, 67.5, 25.5, 29.5, 9, 4.0, -0.5, 11.0, 14.0, 500, 750,
               R::SummerWet, 0.1, 0.4, 0.75, 50, 400},
    DemoRegion{"Eastern Europe", 52.0, 58.0, 30.0, 45.0, 5, 6.5, 3.5, 12.0, 14.5, 500, 700,
               R::SummerWet, 0.2, 0.45, 0.7, 100, 300},
    DemoRegion{"Eastern United States", 34.5, 40.5, -90.0, -79.0, 13, 16.0, 11.5, 10.0, 12.0, 1000,
               1350, R::Uniform, 0.0, 0.2, 0.68, 100, 700},
    DemoRegion{"Upper Midwest", 44.0, 48.0, -100.0, -92.0, 8, 7.5, 4.0, 14.5, 17.0, 520, 800,
               R::SummerWet, 0.45, 0.75, 0.65, 200, 500},
    DemoRegion{"Pacific Northwest", 43.0, 46.5, -123.0, -121.5, 2, 12.0, 9.0, 6.0, 8.0, 900, 2000,
               R::WinterWet, 0.8, 1.05, 0.7, 50, 600},
    DemoRegion{"Canadian boreal forest", 50.0, 58.0, -118.0, -100.0, 10, 1.5, -3.0, 17.0, 20.0, 400,
               560, R::SummerWet, 0.45, 0.7, 0.7, 300, 700},
    DemoRegion{"Great Plains", 36.0, 44.0, -104.0, -99.0, 4, 12.5, 8.5, 12.0, 14.0, 330, 470,
               R::SummerWet, 0.55, 0.8, 0.55, 600, 1500},
    DemoRegion{"Sonoran Desert", 32.0, 35.5, -114.0, -109.0, 3, 22.0, 18.5, 9.0, 11.0, 90, 240,
               R::Uniform, 0.1, 0.4, 0.3, 300, 1200},
    DemoRegion{"Alaskan North Slope", 68.5, 69.6, -160.0, -145.0, 3, -9.0, -10.5, 15.0, 17.0, 150,
               300, R::SummerWet, 0.5, 0.8, 0.8, 20, 300},
    DemoRegion{"Siberian tundra", 68.0, 71.0, 130.0, 150.0, 2, -12.0, -14.0, 19.0, 22.0, 200, 320,
               R::SummerWet, 0.6, 0.9, 0.8, 20, 300},
    DemoRegion{"Siberian taiga", 56.0, 64.0, 90.0, 125.0, 5, -2.0, -8.0, 19.0, 24.0, 320, 500,
               R::SummerWet, 0.6, 0.9, 0.7, 200, 700},
    DemoRegion{"Central Asian steppe", 48.0, 52.0, 62.0, 78.0, 2, 6.5, 3.0, 15.0, 18.0, 200, 320,
               R::Uniform, 0.1, 0.35, 0.55, 200, 600},
    DemoRegion{"Tibetan Plateau", 31.0, 35.0, 84.0, 96.0, 2, 1.5, -2.0, 8.5, 10.0, 250, 500,
               R::SummerWet, 0.9, 1.2, 0.55, 4200, 4800},
    DemoRegion{"Eastern China", 27.0, 37.0, 104.0, 117.0, 6, 18.0, 13.5, 10.0, 13.0, 800, 1500,
               R::SummerWet, 0.7, 1.05, 0.72, 50, 1200},
    DemoRegion{"Manchuria", 42.0, 48.0, 122.0, 130.0, 3, 7.0, 2.5, 17.0, 20.0, 450, 700,
               R::SummerWet, 1.0, 1.25, 0.65, 100, 600},
    DemoRegion{"Amazonia", -8.0, -1.0, -70.0, -55.0, 4, 26.5, 25.5, 0.6, 1.5, 1800, 2800,
               R::SummerWet, 0.2, 0.75, 0.8, 50, 250},
    DemoRegion{"Cerrado", -19.0, -11.0, -52.0, -45.0, 2, 24.5, 22.5, 1.5, 3.0, 1200, 1600,
               R::SummerWet, 1.05, 1.3, 0.6, 400, 1100},
    DemoRegion{"Congo Basin", -3.0, 4.0, 15.0, 27.0, 1, 25.5, 25.0, 0.5, 1.0, 1600, 2100,
               R::Uniform, 0.1, 0.3, 0.8, 300, 700},
    DemoRegion{"Borneo", -1.0, 3.0, 112.0, 116.0, 1, 26.5, 26.0, 0.3, 0.8, 2500, 3500, R::Uniform,
               0.0, 0.25, 0.85, 50, 500},
    DemoRegion{"Sahel", 12.5, 16.0, -4.0, 12.0, 3, 28.5, 28.0, 3.0, 5.0, 250, 650, R::SummerWet,
               1.2, 1.4, 0.35, 200, 500},
    DemoRegion{"Sahara", 21.0, 28.0, 0.0, 20.0, 1, 27.0, 24.0, 8.0, 10.0, 5, 60, R::Uniform, 0.2,
               0.6, 0.2, 300, 900},
    DemoRegion{"Southern African savanna", -25.0, -18.0, 24.0, 31.0, 2, 22.5, 19.5, 4.0, 6.0, 400,
               800, R::SummerWet, 1.1, 1.3, 0.5, 600, 1400},
    DemoRegion{"Northern Australia", -17.0, -13.5, 131.0, 136.0, 2, 27.5, 26.5, 3.0, 5.0, 800, 1500,
               R::SummerWet, 1.2, 1.4, 0.55, 50, 300},
    DemoRegion{"Australian interior", -29.0, -21.0, 122.0, 135.0, 2, 23.5, 19.5, 6.0, 8.0, 150, 300,
               R::Uniform, 0.1, 0.4, 0.3, 200, 600},
    DemoRegion{"Southeast Australia", -37.0, -33.5, 144.0, 149.0, 3, 16.0, 13.0, 5.0, 7.0, 600,
               1000, R::Uniform, 0.0, 0.3, 0.65, 100, 900},
};
} // namespace

std::span<const DemoRegion> demoRegions() {
    return kRegions;
}

} // namespace fluxlens::demo
