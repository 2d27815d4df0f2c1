#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace fluxlens::cli {

// One sub-command of fluxlens-cli. Each lives in its own cmd_*.cpp and registers itself with a
// static CommandRegistration, so adding a command touches no other file.
struct Command {
    std::string name;
    std::string summary;                                       // one line for `fluxlens-cli help`
    std::string usage;                                         // full usage text
    std::function<int(std::span<const std::string> args)> run; // exit code
};

void registerCommand(Command command);
const Command* findCommand(std::string_view name);
std::span<const Command> allCommands();

struct CommandRegistration {
    explicit CommandRegistration(Command command) { registerCommand(std::move(command)); }
};

} // namespace fluxlens::cli
