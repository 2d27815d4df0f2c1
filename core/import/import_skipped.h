#pragma once

#include <stdexcept>
#include <string>

namespace fluxlens {

// Thrown by an importer for a file it recognises as one FluxLens deliberately does not import
// (e.g. the demo world's hidden-parameter table): the file is reported as skipped with this
// reason, not as a failure.
class ImportSkipped : public std::runtime_error {
public:
    explicit ImportSkipped(const std::string& reason)
        : std::runtime_error(reason) {}
};

} // namespace fluxlens
