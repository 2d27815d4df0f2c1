// fluxlens-cli: the headless twin of every long FluxLens job.
#include "args.h"
#include "command.h"

#include <algorithm>
#include <iostream>
#include <vector>

namespace fluxlens::cli {
namespace {
std::vector<Command>& registry() {
    static std::vector<Command> commands;
    return commands;
}

void printHelp(std::ostream& out) {
    out << "Usage: fluxlens-cli <command> [options]\n\nCommands:\n";
    std::vector<const Command*> sorted;
    for (const auto& c : registry())
        sorted.push_back(&c);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->name < b->name; });
    for (const auto* c : sorted)
        out << "  " << c->name << std::string(c->name.size() < 16 ? 16 - c->name.size() : 1, ' ')
            << c->summary << "\n";
    out << "\n'fluxlens-cli help <command>' shows a command's options.\n";
}
} // namespace

void registerCommand(Command command) {
    registry().push_back(std::move(command));
}

const Command* findCommand(std::string_view name) {
    for (const auto& c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

std::span<const Command> allCommands() {
    return registry();
}

} // namespace fluxlens::cli

int main(int argc, char** argv) {
    using namespace fluxlens::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        if (args.size() >= 2) {
            if (const Command* c = findCommand(args[1])) {
                std::cout << c->usage << "\n";
                return 0;
            }
        }
        printHelp(args.empty() ? std::cerr : std::cout);
        return args.empty() ? 2 : 0;
    }
    const Command* command = findCommand(args[0]);
    if (!command) {
        std::cerr << "fluxlens-cli: unknown command '" << args[0] << "'\n\n";
        printHelp(std::cerr);
        return 2;
    }
    try {
        return command->run(std::span<const std::string>(args).subspan(1));
    } catch (const UsageError& e) {
        std::cerr << "fluxlens-cli " << command->name << ": " << e.what() << "\n\n"
                  << command->usage << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "fluxlens-cli " << command->name << ": " << e.what() << "\n";
        return 1;
    }
}
