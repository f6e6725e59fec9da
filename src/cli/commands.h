// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "command.h"

namespace hopscope::cli {

// Each command family is defined in its own file; allCommands() lists them in --help order.
Command pcapCommand();  // pcap_command.cpp
Command benchCommand(); // bench_command.cpp

std::vector<Command> allCommands();

} // namespace hopscope::cli
