#pragma once

#include <stdexcept>
#include <string>

namespace fluxlens::ml {

// A model folder or a model's input that cannot be used: the message names the file (or site) and
// what is wrong. Thrown instead of crashing on truncated, corrupt, foreign or mismatched models.
struct ModelError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

} // namespace fluxlens::ml
