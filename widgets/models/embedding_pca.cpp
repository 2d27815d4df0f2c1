#include "embedding_pca.h"

#include <cmath>
#include <stdexcept>

namespace fluxlens {

namespace {
using Matrix = std::vector<std::vector<double>>;

// Leading eigenvector of a symmetric positive semi-definite matrix by power iteration.
std::vector<double> leadingEigenvector(const Matrix& c, double& eigenvalue) {
    const std::size_t d = c.size();
    std::vector<double> v(d);
    for (std::size_t i = 0; i < d; ++i)
        v[i] = 1.0 + 0.1 * double(i); // deterministic start, not orthogonal to typical vectors
    eigenvalue = 0.0;
    for (int iteration = 0; iteration < 500; ++iteration) {
        std::vector<double> w(d, 0.0);
        for (std::size_t i = 0; i < d; ++i)
            for (std::size_t k = 0; k < d; ++k)
                w[i] += c[i][k] * v[k];
        double norm = 0.0;
        for (double x : w)
            norm += x * x;
        norm = std::sqrt(norm);
        if (norm < 1e-300) {
            eigenvalue = 0.0;
            return std::vector<double>(d, 0.0);
        }
        double change = 0.0;
        for (std::size_t i = 0; i < d; ++i) {
            const double next = w[i] / norm;
            change = std::max(change, std::abs(next - v[i]));
            v[i] = next;
        }
        eigenvalue = norm;
        if (change < 1e-12)
            break;
    }
    std::size_t largest = 0;
    for (std::size_t i = 1; i < d; ++i)
        if (std::abs(v[i]) > std::abs(v[largest]))
            largest = i;
    if (v[largest] < 0)
        for (double& x : v)
            x = -x;
    return v;
}
} // namespace

EmbeddingProjection projectEmbeddings(const std::vector<std::vector<float>>& rows) {
    EmbeddingProjection out;
    out.points.assign(rows.size(), {0.0, 0.0});
    if (rows.size() < 2)
        return out;
    const std::size_t d = rows.front().size();
    for (const auto& r : rows)
        if (r.size() != d)
            throw std::invalid_argument("task embeddings of different lengths");
    if (d == 0)
        return out;
    std::vector<double> mean(d, 0.0);
    for (const auto& r : rows)
        for (std::size_t i = 0; i < d; ++i)
            mean[i] += r[i];
    for (double& m : mean)
        m /= double(rows.size());
    Matrix cov(d, std::vector<double>(d, 0.0));
    for (const auto& r : rows)
        for (std::size_t i = 0; i < d; ++i)
            for (std::size_t k = 0; k < d; ++k)
                cov[i][k] += (r[i] - mean[i]) * (r[k] - mean[k]);
    double total = 0.0;
    for (std::size_t i = 0; i < d; ++i) {
        for (std::size_t k = 0; k < d; ++k)
            cov[i][k] /= double(rows.size() - 1);
        total += cov[i][i];
    }
    if (total <= 0.0)
        return out;
    for (int component = 0; component < 2 && component < int(d); ++component) {
        double lambda = 0.0;
        const std::vector<double> v = leadingEigenvector(cov, lambda);
        if (lambda <= 1e-12 * total)
            break; // what is left is rounding noise: no further direction to show
        out.explainedVariance[std::size_t(component)] = lambda / total;
        for (std::size_t n = 0; n < rows.size(); ++n) {
            double score = 0.0;
            for (std::size_t i = 0; i < d; ++i)
                score += (rows[n][i] - mean[i]) * v[i];
            out.points[n][std::size_t(component)] = score;
        }
        for (std::size_t i = 0; i < d; ++i) // deflate
            for (std::size_t k = 0; k < d; ++k)
                cov[i][k] -= lambda * v[i] * v[k];
    }
    return out;
}

} // namespace fluxlens
