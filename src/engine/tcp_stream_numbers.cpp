// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_stream_numbers.h"

#include <initializer_list>

namespace hopscope::engine {

namespace {

// Connections come and go; the table stays bounded.
constexpr std::size_t kMaxFlows = 4096;

std::uint32_t initialSequence(std::uint32_t src, std::uint16_t sport, std::uint32_t dst,
                              std::uint16_t dport) {
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ src;
    for (const std::uint64_t v : {std::uint64_t{sport}, std::uint64_t{dst}, std::uint64_t{dport}}) {
        h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    }
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

} // namespace

std::uint32_t& TcpStreamNumbers::next(const Flow& flow) {
    const auto found = m_next.find(flow);
    if (found != m_next.end()) {
        return found->second;
    }
    const auto [src, sport, dst, dport] = flow;
    const std::uint32_t first =
        m_start == Start::One ? 1 : initialSequence(src, sport, dst, dport) + 1;
    return m_next.emplace(flow, first).first->second;
}

TcpStreamNumbers::Numbers TcpStreamNumbers::take(wire::Ipv4Address source, std::uint16_t sourcePort,
                                                 wire::Ipv4Address destination,
                                                 std::uint16_t destinationPort, std::size_t bytes) {
    if (m_next.size() >= kMaxFlows) {
        m_next.clear();
    }
    std::uint32_t& forward =
        next({source.value(), sourcePort, destination.value(), destinationPort});
    Numbers numbers;
    numbers.sequence = forward;
    numbers.acknowledgment =
        next({destination.value(), destinationPort, source.value(), sourcePort});
    forward += static_cast<std::uint32_t>(bytes);
    return numbers;
}

} // namespace hopscope::engine
