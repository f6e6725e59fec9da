// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "command.h"

#include <string>
#include <vector>

namespace hopscope::cli {

// `hopscope-cli pcap hops FILE [--packet N]`: each packet of a capture taken at several
// interfaces, the interfaces it crossed in order and the fields each hop changed.
int runPcapHops(const std::vector<std::string>& args, CommandIo& io);

} // namespace hopscope::cli
