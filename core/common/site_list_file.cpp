#include "common/site_list_file.h"

#include "common/input_error.h"

#include <cstdint>
#include <fstream>

namespace fluxlens {

std::vector<std::string> readSiteListFile(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw InputError(path, "cannot open the site list");
    std::vector<std::string> ids;
    std::string line;
    std::int64_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (const auto hash = line.find('#'); hash != std::string::npos)
            line.erase(hash);
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos)
            continue;
        const auto last = line.find_last_not_of(" \t\r");
        std::string id = line.substr(first, last - first + 1);
        if (id.find_first_of(" \t,;") != std::string::npos)
            throw InputError(path, number, "expected one site id per line, got '" + id + "'");
        ids.push_back(std::move(id));
    }
    return ids;
}

} // namespace fluxlens
