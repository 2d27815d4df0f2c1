#pragma once

// Principal components of the sites' task embeddings, for the FiLM lab's 2-D map. Plain C++.

#include <array>
#include <vector>

namespace fluxlens {

struct EmbeddingProjection {
    std::vector<std::array<double, 2>> points;     // one per input row: scores on PC1 and PC2
    std::array<double, 2> explainedVariance{0, 0}; // share of the total variance, 0..1
};

// Projects rows (all of the same length) onto their first two principal components. The sign of
// each component is fixed (its largest loading is positive) so the map does not flip between
// runs. Fewer than two rows, or rows without variance, give points at the origin. Throws
// std::invalid_argument when row lengths differ.
EmbeddingProjection projectEmbeddings(const std::vector<std::vector<float>>& rows);

} // namespace fluxlens
