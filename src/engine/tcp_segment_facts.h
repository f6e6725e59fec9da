// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "tcp/tcp_endpoint.h"
#include "wire/tcp_segment.h"

namespace hopscope::engine {

// What tcp::TcpEndpoint needs of a decoded segment. Its payload must be the data IP says it
// carries (wire::Ipv4Packet's payload, so Ethernet padding is not counted as data).
[[nodiscard]] inline tcp::TcpSegmentFacts tcpSegmentFacts(const wire::TcpSegment& segment) {
    tcp::TcpSegmentFacts facts;
    facts.syn = segment.has(wire::TcpFlag::Syn);
    facts.ack = segment.has(wire::TcpFlag::Ack);
    facts.fin = segment.has(wire::TcpFlag::Fin);
    facts.rst = segment.has(wire::TcpFlag::Rst);
    facts.seq = segment.sequenceNumber;
    facts.ackNumber = segment.acknowledgmentNumber;
    facts.payloadLength = static_cast<std::uint32_t>(segment.payload.size());
    return facts;
}

} // namespace hopscope::engine
