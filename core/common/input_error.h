#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace fluxlens {

// An error in something a user handed us (a file, a column, a value), with where it happened.
// what() reads "file:line: message" (or "file: message" when no line applies).
class InputError : public std::runtime_error {
public:
    InputError(std::string file, std::int64_t line, std::string message);
    InputError(std::string file, std::string message);

    const std::string& file() const { return m_file; }
    std::int64_t line() const { return m_line; } // 0 when the error concerns the whole file
    const std::string& message() const { return m_message; }

private:
    std::string m_file;
    std::int64_t m_line = 0;
    std::string m_message;
};

} // namespace fluxlens
