// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "layer.h"

#include <cstdint>
#include <span>

namespace hopscope::wire {

// Decodes a whole frame from its link layer up: link -> IP -> UDP/TCP/ICMP -> DNS/HTTP.
// Pure and thread-safe; the inspector, the event list, the CLI and pcap import all call it.
[[nodiscard]] Dissection dissect(LinkType link, std::span<const std::uint8_t> frame);

} // namespace hopscope::wire
