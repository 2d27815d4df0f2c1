#pragma once

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace fluxlens::cli {

// A usage mistake on the command line: printed with the command's usage, exit code 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Minimal "--key value" / "--flag" / positional parser shared by all sub-commands.
class Args {
public:
    // flags: options that take no value (e.g. "--json").
    Args(std::span<const std::string> args, std::vector<std::string> flags);

    std::optional<std::string> value(const std::string& key) const;
    std::string required(const std::string& key) const; // throws UsageError when absent
    bool flag(const std::string& key) const;
    int intValue(const std::string& key, int fallback) const;
    double doubleValue(const std::string& key, double fallback) const;
    const std::vector<std::string>& positional() const { return m_positional; }
    // Throws UsageError naming the first option not in `known`.
    void rejectUnknown(const std::vector<std::string>& known) const;

private:
    std::vector<std::pair<std::string, std::string>> m_values;
    std::vector<std::string> m_flags;
    std::vector<std::string> m_positional;
};

// A --config value: the value itself when it is inline JSON (starts with '{'; origin "--config"),
// otherwise the text of the file it names (origin: the file). Throws InputError naming the file
// when it cannot be read.
struct ConfigText {
    std::string text;
    std::string origin; // for error messages
};
ConfigText inlineJsonOrFile(const std::string& value);

} // namespace fluxlens::cli
