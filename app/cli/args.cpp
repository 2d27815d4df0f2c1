#include "args.h"

#include "common/input_error.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace fluxlens::cli {

Args::Args(std::span<const std::string> args, std::vector<std::string> flags) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0 || a.size() == 2) {
            m_positional.push_back(a);
            continue;
        }
        if (auto eq = a.find('='); eq != std::string::npos) {
            m_values.emplace_back(a.substr(0, eq), a.substr(eq + 1));
        } else if (std::find(flags.begin(), flags.end(), a) != flags.end()) {
            m_flags.push_back(a);
        } else if (i + 1 < args.size()) {
            m_values.emplace_back(a, args[++i]);
        } else {
            throw UsageError("option " + a + " needs a value");
        }
    }
}

std::optional<std::string> Args::value(const std::string& key) const {
    for (auto it = m_values.rbegin(); it != m_values.rend(); ++it)
        if (it->first == key)
            return it->second;
    return std::nullopt;
}

std::string Args::required(const std::string& key) const {
    if (auto v = value(key))
        return *v;
    throw UsageError("missing required option " + key);
}

bool Args::flag(const std::string& key) const {
    return std::find(m_flags.begin(), m_flags.end(), key) != m_flags.end();
}

int Args::intValue(const std::string& key, int fallback) const {
    auto v = value(key);
    if (!v)
        return fallback;
    try {
        std::size_t used = 0;
        int n = std::stoi(*v, &used);
        if (used == v->size())
            return n;
    } catch (const std::exception&) {
    }
    throw UsageError("option " + key + " expects a whole number, got '" + *v + "'");
}

double Args::doubleValue(const std::string& key, double fallback) const {
    auto v = value(key);
    if (!v)
        return fallback;
    try {
        std::size_t used = 0;
        double d = std::stod(*v, &used);
        if (used == v->size())
            return d;
    } catch (const std::exception&) {
    }
    throw UsageError("option " + key + " expects a number, got '" + *v + "'");
}

void Args::rejectUnknown(const std::vector<std::string>& known) const {
    auto isKnown = [&](const std::string& k) {
        return std::find(known.begin(), known.end(), k) != known.end();
    };
    for (const auto& [k, v] : m_values)
        if (!isKnown(k))
            throw UsageError("unknown option " + k);
    for (const auto& f : m_flags)
        if (!isKnown(f))
            throw UsageError("unknown option " + f);
}

ConfigText inlineJsonOrFile(const std::string& value) {
    if (!value.empty() && value.front() == '{')
        return {value, "--config"};
    std::ifstream in(value, std::ios::binary);
    if (!in)
        throw InputError(value, "cannot read the config file");
    std::stringstream text;
    text << in.rdbuf();
    return {text.str(), value};
}

} // namespace fluxlens::cli
