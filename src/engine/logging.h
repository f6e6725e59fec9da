// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <optional>
#include <string>

namespace hopscope::engine {

// The one logging setup for the app and the CLI: a console sink plus a rotating file in the
// platform's app-data folder. Library code then logs through spdlog's default logger.
struct LogSettings {
    std::string level = "info"; // trace, debug, info, warn, error, critical, off
    std::optional<std::string> directory; // default: QStandardPaths::AppDataLocation
    bool console = true;
};

// Returns the log file's path, or an empty string when no file could be opened (the console
// sink is kept then). Throws std::invalid_argument for an unknown level name.
std::string setupLogging(const LogSettings& settings);

// True if `level` names a spdlog level.
bool isLogLevel(const std::string& level);

} // namespace hopscope::engine
