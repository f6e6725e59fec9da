// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/ipv4_address.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <tuple>

namespace hopscope::engine {

// Sequence and acknowledgment numbers for the TCP frames the trace draws around messages seen
// on real sockets (whose own segments are never seen), so Wireshark follows each drawn
// connection as one stream: a frame's sequence number is where its bytes sit among the frames
// recorded in its direction, and it acknowledges everything recorded the other way. Not
// thread-safe: the recorders call it under their own lock.
class TcpStreamNumbers {
public:
    // Where a direction's first byte is numbered: 1, or one past a start derived from the flow
    // (the SYN took one number), the same in every run so a run gives the same frames.
    enum class Start : std::uint8_t { One, FromFlow };

    struct Numbers {
        std::uint32_t sequence = 0;
        std::uint32_t acknowledgment = 0;
    };

    explicit TcpStreamNumbers(Start start) : m_start(start) {}

    // The numbers of `bytes` bytes sent now from source to destination; counts them.
    Numbers take(wire::Ipv4Address source, std::uint16_t sourcePort, wire::Ipv4Address destination,
                 std::uint16_t destinationPort, std::size_t bytes);

private:
    // (source address, source port, destination address, destination port)
    using Flow = std::tuple<std::uint32_t, std::uint16_t, std::uint32_t, std::uint16_t>;

    std::uint32_t& next(const Flow& flow);

    Start m_start;
    std::map<Flow, std::uint32_t> m_next;
};

} // namespace hopscope::engine
