// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "ipv4_packet.h"
#include "layer.h"

#include <cstdint>
#include <optional>
#include <span>

namespace hopscope::wire {

// The whole (unfragmented) IPv4 packet a frame carries, whatever its link type (Ethernet,
// Linux cooked v1/v2, BSD loopback, raw); nullopt for anything else. The one place the lessons that
// read a captured frame's transport start.
[[nodiscard]] std::optional<Ipv4Packet> ipv4PacketOf(LinkType linkType,
                                                     std::span<const std::uint8_t> frame);

// Whether a frame is a TCP segment that only acknowledges: the ACK flag alone and no data
// (drawn dashed on a ladder, as a pure ACK carries nothing for the application).
[[nodiscard]] bool isPureTcpAck(LinkType linkType, std::span<const std::uint8_t> frame);

} // namespace hopscope::wire
