#include "experiment/svg_figures.h"

#include "common/nice_ticks.h"
#include "experiment/experiment_tables.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

namespace fluxlens::experiment {
namespace {
// Okabe-Ito: distinguishable in print and for colour-blind readers.
constexpr std::array kPalette = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                 "#CC79A7", "#56B4E9", "#F0E442", "#000000"};

std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string fixed(double v, int decimals) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, v);
    return text;
}

// Round tick values from 0 to hi (hi itself one of them when it came from roundedUp()).
std::vector<double> ticksTo(double hi) {
    const TickRange range = niceTickRange(0.0, hi);
    std::vector<double> ticks;
    for (int i = 0; range.step > 0 && i * range.step <= hi * (1 + 1e-9); ++i)
        ticks.push_back(i * range.step);
    return ticks;
}

// Opens the document with its title and description; the caller adds the content and calls end().
class Svg {
public:
    Svg(double width, double height, const FigureText& text)
        : m_width(width) {
        m_out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\""
              << height << "\" viewBox=\"0 0 " << width << ' ' << height
              << "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n"
              << "<title>" << escaped(text.title) << "</title>\n<desc>" << escaped(text.description)
              << "</desc>\n"
              << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
        label(width / 2, 18, text.title, "middle", 13);
    }
    void label(double x, double y, const std::string& text, const char* anchor = "start",
               int size = 11, double rotate = 0) {
        m_out << "<text x=\"" << fixed(x, 1) << "\" y=\"" << fixed(y, 1) << "\" text-anchor=\""
              << anchor << "\" font-size=\"" << size << '"';
        if (rotate != 0)
            m_out << " transform=\"rotate(" << rotate << ' ' << fixed(x, 1) << ' ' << fixed(y, 1)
                  << ")\"";
        m_out << '>' << escaped(text) << "</text>\n";
    }
    void rect(double x, double y, double w, double h, const std::string& fill) {
        m_out << "<rect x=\"" << fixed(x, 1) << "\" y=\"" << fixed(y, 1) << "\" width=\""
              << fixed(w, 1) << "\" height=\"" << fixed(h, 1) << "\" fill=\"" << fill << "\"/>\n";
    }
    void line(double x1, double y1, double x2, double y2, const char* stroke = "#444",
              const char* dash = nullptr) {
        m_out << "<line x1=\"" << fixed(x1, 1) << "\" y1=\"" << fixed(y1, 1) << "\" x2=\""
              << fixed(x2, 1) << "\" y2=\"" << fixed(y2, 1) << "\" stroke=\"" << stroke << '"';
        if (dash)
            m_out << " stroke-dasharray=\"" << dash << '"';
        m_out << "/>\n";
    }
    void circle(double x, double y, const std::string& fill) {
        m_out << "<circle cx=\"" << fixed(x, 1) << "\" cy=\"" << fixed(y, 1)
              << "\" r=\"3.5\" fill=\"" << fill << "\" fill-opacity=\"0.8\"/>\n";
    }
    // One legend entry per model along the top.
    void legend(const std::vector<std::string>& models, double y) {
        double x = 60;
        for (std::size_t i = 0; i < models.size(); ++i) {
            rect(x, y - 9, 10, 10, kPalette[i % kPalette.size()]);
            label(x + 14, y, models[i]);
            x += 24 + 6.5 * static_cast<double>(models[i].size());
            if (x > m_width - 120) {
                x = 60;
                y += 14;
            }
        }
    }
    // A vertical value axis from 0 to hi at x, mapping values to [bottom, top].
    void valueAxis(double x, double top, double bottom, double hi, const std::string& title) {
        for (double t : ticksTo(hi)) {
            const double y = bottom - t / hi * (bottom - top);
            line(x - 4, y, x, y);
            label(x - 6, y + 4, fixed(t, t == std::round(t) ? 0 : 2), "end");
        }
        line(x, top, x, bottom);
        label(x - 40, (top + bottom) / 2, title, "middle", 11, -90);
    }
    void end(const std::filesystem::path& file) {
        m_out << "</svg>\n";
        writeTextFile(file, [&](std::ostream& out) { out << m_out.str(); });
    }

private:
    double m_width;
    std::ostringstream m_out;
};

// Models in the order of Table 1 (references included).
std::vector<std::string> modelOrder(const eval::EvaluationResult& result) {
    std::vector<std::string> models;
    for (const eval::SummaryRow& row : result.summary)
        if (std::find(models.begin(), models.end(), row.model) == models.end())
            models.push_back(row.model);
    return models;
}

double roundedUp(double v) {
    return niceTickRange(0.0, v > 0 ? v : 1.0).max;
}
} // namespace

void writeClassBarsSvg(const std::filesystem::path& file, const eval::EvaluationResult& result,
                       eval::ClassKind kind, eval::Target target, eval::QcMask mask,
                       const FigureText& text) {
    const std::vector<std::string> models = modelOrder(result);
    std::vector<std::string> classes;
    std::map<std::pair<std::string, std::string>, double> rmse;
    double top = 0;
    for (const eval::ClassRow& row : result.classes) {
        if (row.kind != kind || row.target != target || row.mask != mask ||
            !std::isfinite(row.rmse.mean))
            continue;
        if (std::find(classes.begin(), classes.end(), row.classCode) == classes.end())
            classes.push_back(row.classCode);
        rmse[{row.classCode, row.model}] = row.rmse.mean;
        top = std::max(top, row.rmse.mean);
    }
    const double groupWidth = 14.0 * static_cast<double>(models.size()) + 16;
    const double width = std::max(480.0, 90 + groupWidth * static_cast<double>(classes.size()));
    const double plotTop = 60, plotBottom = 300;
    Svg svg(width, 340, text);
    svg.legend(models, 40);
    const double hi = roundedUp(top);
    svg.valueAxis(70, plotTop, plotBottom, hi, "RMSE (gC m-2 d-1)");
    for (std::size_t c = 0; c < classes.size(); ++c) {
        const double x0 = 80 + groupWidth * static_cast<double>(c);
        for (std::size_t m = 0; m < models.size(); ++m) {
            const auto it = rmse.find({classes[c], models[m]});
            if (it == rmse.end())
                continue;
            const double h = it->second / hi * (plotBottom - plotTop);
            svg.rect(x0 + 14.0 * static_cast<double>(m), plotBottom - h, 12, h,
                     kPalette[m % kPalette.size()]);
        }
        svg.label(x0 + groupWidth / 2 - 8, plotBottom + 16, classes[c], "middle");
    }
    svg.line(70, plotBottom, width - 10, plotBottom);
    svg.end(file);
}

void writeRelativeRmseHeatmapSvg(const std::filesystem::path& file,
                                 const eval::EvaluationResult& result, eval::Target target,
                                 eval::QcMask mask, const FigureText& text) {
    std::vector<std::string> models;
    for (const eval::SummaryRow& row : result.summary)
        if (row.model != result.reference &&
            std::find(models.begin(), models.end(), row.model) == models.end())
            models.push_back(row.model);
    std::vector<std::string> columns;
    std::map<std::pair<std::string, std::string>, double> cells;
    for (const eval::ClassRow& row : result.classes) {
        if (row.target != target || row.mask != mask || !std::isfinite(row.relativeRmse))
            continue;
        const std::string column =
            (row.kind == eval::ClassKind::Igbp ? "IGBP " : "Koppen ") + row.classCode;
        if (std::find(columns.begin(), columns.end(), column) == columns.end())
            columns.push_back(column);
        cells[{row.model, column}] = 100.0 * row.relativeRmse;
    }
    const double cellW = 46, cellH = 26, left = 190, topY = 110;
    Svg svg(std::max(420.0, left + cellW * static_cast<double>(columns.size()) + 20),
            topY + cellH * static_cast<double>(models.size()) + 40, text);
    svg.label(left, 40, "blue: lower RMSE than " + result.reference + ", red: higher (%)");
    for (std::size_t c = 0; c < columns.size(); ++c)
        svg.label(left + cellW * (static_cast<double>(c) + 0.5), topY - 6, columns[c], "start", 10,
                  -60);
    for (std::size_t m = 0; m < models.size(); ++m) {
        const double y = topY + cellH * static_cast<double>(m);
        svg.label(left - 6, y + cellH / 2 + 4, models[m], "end");
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const auto it = cells.find({models[m], columns[c]});
            const double x = left + cellW * static_cast<double>(c);
            if (it == cells.end()) {
                svg.rect(x, y, cellW - 1, cellH - 1, "#eeeeee");
                continue;
            }
            // Saturates at ±50 %: white at 0, blue when better, red when worse.
            const double t = std::clamp(it->second / 50.0, -1.0, 1.0);
            const int fade = static_cast<int>(255 * (1 - std::abs(t)));
            char colour[16];
            std::snprintf(colour, sizeof colour, t >= 0 ? "#%02x%02xff" : "#ff%02x%02x", fade,
                          fade);
            svg.rect(x, y, cellW - 1, cellH - 1, colour);
            svg.label(x + cellW / 2, y + cellH / 2 + 4, fixed(it->second, 0), "middle", 10);
        }
    }
    svg.end(file);
}

void writeSiteScatterSvg(const std::filesystem::path& file, const eval::EvaluationResult& result,
                         eval::Target target, eval::QcMask mask, const FigureText& text) {
    std::map<std::string, double> referenceRmse;
    for (const eval::SiteMetric& m : result.sites)
        if (m.model == result.reference && m.target == target && m.mask == mask)
            referenceRmse[m.siteId] = m.stats.rmse;
    std::vector<std::string> models;
    for (const std::string& m : modelOrder(result))
        if (m != result.reference)
            models.push_back(m);
    double hi = 0;
    for (const eval::SiteMetric& m : result.sites)
        if (m.target == target && m.mask == mask && std::isfinite(m.stats.rmse))
            hi = std::max(hi, m.stats.rmse);
    hi = roundedUp(hi);
    const double left = 80, top = 70, size = 320;
    Svg svg(left + size + 40, top + size + 60, text);
    svg.legend(models, 42);
    svg.valueAxis(left, top, top + size, hi, "model RMSE (gC m-2 d-1)");
    for (double t : ticksTo(hi)) {
        const double x = left + t / hi * size;
        svg.line(x, top + size, x, top + size + 4);
        svg.label(x, top + size + 16, fixed(t, t == std::round(t) ? 0 : 2), "middle");
    }
    svg.line(left, top + size, left + size, top + size);
    svg.line(left, top + size, left + size, top, "#888", "4 3");
    svg.label(left + size / 2, top + size + 34, result.reference + " RMSE (gC m-2 d-1)", "middle");
    for (const eval::SiteMetric& m : result.sites) {
        const auto ref = referenceRmse.find(m.siteId);
        const auto index = std::find(models.begin(), models.end(), m.model) - models.begin();
        if (m.target != target || m.mask != mask || ref == referenceRmse.end() ||
            index == static_cast<long>(models.size()) || !std::isfinite(m.stats.rmse) ||
            !std::isfinite(ref->second))
            continue;
        svg.circle(left + ref->second / hi * size, top + size - m.stats.rmse / hi * size,
                   kPalette[static_cast<std::size_t>(index) % kPalette.size()]);
    }
    svg.end(file);
}

} // namespace fluxlens::experiment
