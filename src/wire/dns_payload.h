// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "layer.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace hopscope::wire {

// The bare DNS message bytes a frame carries (Ethernet or raw IPv4, over UDP, or over TCP as
// one whole message after its two-byte length), without the length; nullopt when it holds none.
// Pairs a message with its copies in a capture, whatever the addresses around it.
[[nodiscard]] std::optional<std::vector<std::uint8_t>>
dnsPayloadOf(LinkType linkType, std::span<const std::uint8_t> frame);

} // namespace hopscope::wire
