#include "demo/demo_vegetation.h"

#include <initializer_list>
#include <utility>

namespace fluxlens::demo {
namespace {
using V = VegetationClassParameters;
// faparMax, density range, eps, tMin, tOpt, tMax, vpdLow, vpdHigh, wCrit, floor, greenUp, kGrowth,
// RECO/GPP, albedo
const V kEnf{0.88, 0.65, 1.0, 1.35, -4, 18, 38, 6, 35, 0.40, 0.65, 2, 0.30, 0.88, 0.12};
const V kEbf{0.95, 0.75, 1.0, 1.50, 8, 28, 42, 8, 40, 0.35, 0.85, -50, 0.35, 0.92, 0.13};
const V kDnf{0.85, 0.7, 1.0, 1.55, -3, 17, 36, 6, 32, 0.40, 0.0, 3, 0.30, 0.88, 0.14};
const V kDbf{0.92, 0.65, 1.0, 1.30, 0, 22, 40, 7, 38, 0.40, 0.0, 7, 0.30, 0.86, 0.16};
const V kMf{0.90, 0.65, 1.0, 1.40, -2, 20, 39, 6, 36, 0.40, 0.35, 4, 0.30, 0.87, 0.14};
const V kCsh{0.65, 0.4, 0.9, 0.95, 2, 24, 42, 10, 45, 0.30, 0.5, 6, 0.28, 0.92, 0.17};
const V kOsh{0.40, 0.3, 0.8, 0.65, 0, 26, 45, 10, 50, 0.25, 0.2, 5, 0.28, 0.95, 0.22};
const V kWsa{0.75, 0.5, 0.95, 1.15, 2, 26, 44, 10, 45, 0.30, 0.3, 10, 0.30, 0.92, 0.16};
const V kSav{0.65, 0.4, 0.9, 1.10, 5, 28, 44, 10, 48, 0.28, 0.1, 10, 0.30, 0.93, 0.18};
const V kGra{0.78, 0.4, 1.0, 1.05, 0, 22, 40, 8, 40, 0.30, 0.0, 4, 0.30, 0.90, 0.20};
const V kWet{0.82, 0.5, 1.0, 1.00, -2, 20, 38, 6, 35, 0.10, 0.1, 3, 0.30, 0.95, 0.15};
const V kCro{0.92, 0.6, 1.0, 1.65, 2, 24, 40, 8, 40, 0.35, 0.0, 8, 0.32, 0.85, 0.19};
const V kSparse{0.15, 0.2, 0.6, 0.50, 0, 24, 45, 10, 50, 0.25, 0.0, 5, 0.25, 0.98, 0.28};

struct Choice {
    IgbpClass igbp;
    double weight;
};

IgbpClass draw(std::initializer_list<Choice> choices, DemoRandom& random) {
    double total = 0;
    for (const auto& c : choices)
        total += c.weight;
    double u = random.uniform() * total;
    for (const auto& c : choices) {
        if (u < c.weight)
            return c.igbp;
        u -= c.weight;
    }
    return std::prev(choices.end())->igbp;
}
} // namespace

const VegetationClassParameters& vegetationParameters(IgbpClass igbp) {
    switch (igbp) {
    case IgbpClass::ENF:
        return kEnf;
    case IgbpClass::EBF:
        return kEbf;
    case IgbpClass::DNF:
        return kDnf;
    case IgbpClass::DBF:
        return kDbf;
    case IgbpClass::MF:
        return kMf;
    case IgbpClass::CSH:
        return kCsh;
    case IgbpClass::OSH:
        return kOsh;
    case IgbpClass::WSA:
        return kWsa;
    case IgbpClass::SAV:
        return kSav;
    case IgbpClass::GRA:
        return kGra;
    case IgbpClass::WET:
        return kWet;
    case IgbpClass::CRO:
    case IgbpClass::CVM:
        return kCro;
    default:
        return kSparse;
    }
}

IgbpClass chooseIgbpForClimate(KoppenClass koppen, double longitude_deg, DemoRandom& random) {
    using I = IgbpClass;
    using K = KoppenClass;
    switch (koppen) {
    case K::Af:
        return draw({{I::EBF, 0.85}, {I::WET, 0.08}, {I::WSA, 0.07}}, random);
    case K::Am:
        return draw({{I::EBF, 0.65}, {I::WSA, 0.2}, {I::SAV, 0.15}}, random);
    case K::Aw:
        return draw({{I::SAV, 0.45}, {I::WSA, 0.3}, {I::GRA, 0.15}, {I::CRO, 0.1}}, random);
    case K::BWh:
    case K::BWk:
        return draw({{I::OSH, 0.85}, {I::GRA, 0.15}}, random);
    case K::BSh:
        return draw({{I::SAV, 0.3}, {I::GRA, 0.35}, {I::OSH, 0.25}, {I::CRO, 0.1}}, random);
    case K::BSk:
        return draw({{I::GRA, 0.5}, {I::OSH, 0.25}, {I::CRO, 0.25}}, random);
    case K::Csa:
    case K::Csb:
    case K::Csc:
        return draw({{I::EBF, 0.25}, {I::WSA, 0.2}, {I::CSH, 0.25}, {I::ENF, 0.15}, {I::GRA, 0.15}},
                    random);
    case K::Cwa:
    case K::Cwb:
    case K::Cwc:
        return draw({{I::CRO, 0.35}, {I::GRA, 0.2}, {I::MF, 0.2}, {I::EBF, 0.1}, {I::DBF, 0.15}},
                    random);
    case K::Cfa:
        return draw({{I::DBF, 0.3}, {I::MF, 0.2}, {I::ENF, 0.2}, {I::CRO, 0.2}, {I::GRA, 0.1}},
                    random);
    case K::Cfb:
        return draw({{I::DBF, 0.28},
                     {I::ENF, 0.25},
                     {I::GRA, 0.15},
                     {I::CRO, 0.15},
                     {I::MF, 0.1},
                     {I::WET, 0.07}},
                    random);
    case K::Cfc:
        return draw({{I::ENF, 0.6}, {I::GRA, 0.4}}, random);
    case K::Dsa:
    case K::Dwa:
    case K::Dfa:
        return draw({{I::CRO, 0.4}, {I::DBF, 0.3}, {I::GRA, 0.2}, {I::MF, 0.1}}, random);
    case K::Dsb:
    case K::Dwb:
    case K::Dfb:
        return draw({{I::ENF, 0.3}, {I::MF, 0.25}, {I::DBF, 0.2}, {I::CRO, 0.15}, {I::WET, 0.1}},
                    random);
    case K::Dsc:
    case K::Dwc:
    case K::Dfc:
        if (longitude_deg > 60.0)
            return draw({{I::DNF, 0.55}, {I::ENF, 0.25}, {I::MF, 0.1}, {I::WET, 0.1}}, random);
        return draw({{I::ENF, 0.6}, {I::MF, 0.15}, {I::WET, 0.15}, {I::OSH, 0.1}}, random);
    case K::Dsd:
    case K::Dwd:
    case K::Dfd:
        return draw({{I::DNF, 0.7}, {I::ENF, 0.3}}, random);
    case K::ET:
        return draw({{I::OSH, 0.4}, {I::WET, 0.35}, {I::GRA, 0.25}}, random);
    case K::EF:
        return I::SNO;
    case K::Unknown:
        break;
    }
    return I::GRA;
}

} // namespace fluxlens::demo
