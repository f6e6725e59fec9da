// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "layer.h"

#include <cstdint>
#include <span>

namespace hopscope::wire {

// How much of the protocol tree a dissection builds. Wireshark likewise builds no tree when
// nothing will show it; a summary is several times faster because most of a dissection's cost
// is formatting fields.
enum class DissectDetail : std::uint8_t {
    // Every layer with its summary line and its fields: the inspector, `pcap fields`.
    Full,
    // The same decoding and checks down to the application layer, and the same layers
    // (protocol, name, place, model layers), protocol, info and problem, but no fields and no
    // layer summaries: what a packet list or an index of a capture needs.
    Summary,
};

// Decodes a whole frame from its link layer up: link -> IP -> UDP/TCP/ICMP -> DNS/HTTP and the
// HTTP body. Pure and thread-safe; the inspector, the event list, the CLI and pcap import all
// call it.
[[nodiscard]] Dissection dissect(LinkType link, std::span<const std::uint8_t> frame,
                                 DissectDetail detail = DissectDetail::Full);

} // namespace hopscope::wire
