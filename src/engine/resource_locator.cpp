// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "resource_locator.h"

#include <cstdlib>
#include <system_error>

namespace hopscope::engine {

std::vector<std::filesystem::path> ResourceLocator::searchPath() {
    std::vector<std::filesystem::path> dirs;
    if (const char* env = std::getenv("HOPSCOPE_RESOURCE_DIR"); env != nullptr && *env != '\0') {
        dirs.emplace_back(env);
    }
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        dirs.push_back(exe.parent_path().parent_path() / "share" / "hopscope");
    }
#ifdef HOPSCOPE_INSTALL_RESOURCE_DIR
    dirs.emplace_back(HOPSCOPE_INSTALL_RESOURCE_DIR);
#endif
#ifdef HOPSCOPE_SOURCE_RESOURCE_DIR
    dirs.emplace_back(HOPSCOPE_SOURCE_RESOURCE_DIR);
#endif
    return dirs;
}

std::optional<std::filesystem::path> ResourceLocator::find(std::string_view relative) {
    for (const auto& dir : searchPath()) {
        const auto candidate = dir / std::filesystem::path(relative);
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate, error)) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::optional<std::filesystem::path> ResourceLocator::defaultScenario() {
    return find("scenarios/default.scenario");
}

} // namespace hopscope::engine
