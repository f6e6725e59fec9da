// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace hopscope::engine {

// Finds the shipped data files (scenarios, zones) whether Hopscope runs from its build tree
// or from an installation, so no caller hard-codes a path.
class ResourceLocator {
public:
    // The folders searched, in order: $HOPSCOPE_RESOURCE_DIR, <exe>/../share/hopscope (a
    // relocated install), the configured install prefix's share/hopscope, the source tree's
    // resources/ (a build that was not installed).
    [[nodiscard]] static std::vector<std::filesystem::path> searchPath();
    // The first existing <folder>/<relative>, e.g. find("scenarios/default.scenario").
    [[nodiscard]] static std::optional<std::filesystem::path> find(std::string_view relative);
    // find("scenarios/default.scenario").
    [[nodiscard]] static std::optional<std::filesystem::path> defaultScenario();
};

} // namespace hopscope::engine
