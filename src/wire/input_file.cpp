// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "input_file.h"

#include <cerrno>
#include <cstring>

namespace hopscope::wire {

std::string openInputFile(const std::filesystem::path& path, std::ifstream& in) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        return "it is a folder, not a file";
    }
    errno = 0;
    in.open(path, std::ios::binary);
    if (in) {
        return {};
    }
    switch (const int why = errno) {
    case 0:
        return "it cannot be read";
    case ENOENT:
        return "no such file";
    case EACCES:
        return "permission denied";
    default:
        return std::strerror(why);
    }
}

} // namespace hopscope::wire
