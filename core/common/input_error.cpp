#include "common/input_error.h"

namespace fluxlens {
namespace {
std::string describe(const std::string& file, std::int64_t line, const std::string& message) {
    if (line > 0)
        return file + ":" + std::to_string(line) + ": " + message;
    return file + ": " + message;
}
} // namespace

InputError::InputError(std::string file, std::int64_t line, std::string message)
    : std::runtime_error(describe(file, line, message))
    , m_file(std::move(file))
    , m_line(line)
    , m_message(std::move(message)) {}

InputError::InputError(std::string file, std::string message)
    : InputError(std::move(file), 0, std::move(message)) {}

} // namespace fluxlens
