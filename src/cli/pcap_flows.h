// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "command.h"

#include <string>
#include <vector>

namespace hopscope::cli {

// `hopscope-cli pcap flows FILE`: one line per TCP connection of a capture.
int runPcapFlows(const std::vector<std::string>& args, CommandIo& io);

} // namespace hopscope::cli
