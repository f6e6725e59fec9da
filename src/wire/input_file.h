// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace hopscope::wire {

// Opens `path` for binary reading. Returns an empty string, or why it cannot be read in words
// a user can act on: "no such file", "permission denied", "it is a folder, not a file" (a
// folder opens as a stream on Linux and would only fail, unexplained, at the first read).
[[nodiscard]] std::string openInputFile(const std::filesystem::path& path, std::ifstream& in);

} // namespace hopscope::wire
