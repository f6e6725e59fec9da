// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "topology.h"

#include <string>
#include <string_view>
#include <vector>

namespace hopscope::lab {

// A topology as lines of text, one fact a line, the way the app hands it to the helper
// process:
//
//   node laptop host
//   interface laptop eth0 02:4c:41:42:01:00 192.168.1.10/24
//   link laptop:eth0 home-switch:eth0
//   route laptop 0.0.0.0/0 192.168.1.1
//   nat home-router eth1
//   resolver laptop 198.18.1.53
//
// Blank lines and lines starting with '#' are ignored.
[[nodiscard]] std::string topologyToText(const Topology& topology);

struct TopologyParse {
    Topology topology;
    std::vector<std::string> errors; // "line 3: unknown role \"hub\"", every error in one pass
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

[[nodiscard]] TopologyParse parseTopologyText(std::string_view text);

} // namespace hopscope::lab
