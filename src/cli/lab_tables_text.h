// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lab/bridge_fdb.h"
#include "lab/conntrack_table.h"
#include "lab/interface_table.h"
#include "lab/neighbour_table.h"
#include "lab/route_table.h"

#include <string>
#include <vector>

namespace hopscope::cli {

// A lab node's state tables as `hopscope-cli lab tables` prints them: a title line, then one
// column-aligned line per row ("(none)" for an empty table), in iproute2's and conntrack(8)'s
// words so the two can be read side by side.
class LabTablesText {
public:
    [[nodiscard]] static std::string interfaces(const std::vector<lab::NetworkInterface>& rows);
    [[nodiscard]] static std::string routes(const std::vector<lab::RouteEntry>& rows);
    [[nodiscard]] static std::string neighbours(const std::vector<lab::NeighbourEntry>& rows);
    [[nodiscard]] static std::string fdb(const std::vector<lab::FdbEntry>& rows);
    [[nodiscard]] static std::string conntrack(const std::vector<lab::ConntrackEntry>& rows);
};

} // namespace hopscope::cli
