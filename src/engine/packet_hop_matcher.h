// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/capture_packet.h"
#include "wire/layer.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace hopscope::engine {

// One captured frame handed to the matcher: where and when it was seen.
struct HopCapture {
    std::uint64_t frame = 0; // the caller's number for it (a file's 1-based frame number)
    std::string interface;   // "home-router:eth1"; the node is the part before ':'
    std::int64_t timeNs = 0;
    wire::PacketDirection direction = wire::PacketDirection::Unknown;
    wire::LinkType linkType = wire::LinkType::Ethernet;
    std::vector<std::uint8_t> data;
};

// Where a field sits in a frame (bits from the frame's first byte); length 0 when the frame
// has no such field.
struct FieldBits {
    std::size_t offset = 0;
    std::size_t length = 0;
};

// One field that differs between two copies of a packet.
struct FieldChange {
    std::string field;          // Wireshark's display-filter name: "ip.ttl"
    std::size_t occurrence = 1; // which one of that name in the frame (2: an ICMP error's quote)
    std::string before;         // as `tshark -T fields` prints it; empty when absent
    std::string after;
    FieldBits beforeBits;
    FieldBits afterBits;

    // "ip.src", or "ip.src#2" for the second occurrence (Wireshark's layer operator).
    [[nodiscard]] std::string name() const;
};

// One copy of the packet on its way: the interface it was seen at and what changed since the
// copy before it.
struct JourneyHop {
    std::size_t capture = 0; // index of the HopCapture, in the order they were added
    std::uint64_t frame = 0;
    std::string interface;
    std::string node;
    std::int64_t timeNs = 0;
    wire::PacketDirection direction = wire::PacketDirection::Unknown;
    std::vector<FieldChange> changes; // against the previous hop; empty for the first
};

// Every copy of one packet, in time order.
struct PacketJourney {
    std::vector<JourneyHop> hops;
};

// Finds the copies of each packet in a capture taken at several interfaces (the lab's pcapng:
// one interface per `node:interface`), through switches, routers and NAT, and says which
// fields each device changed. How copies are matched: packet_hop_matcher.cpp.
class PacketHopMatcher {
public:
    // Copies may come in any order (the lab writes each interface's frames as its capture
    // ring hands them over); the journeys are in time order.
    void add(HopCapture capture);

    [[nodiscard]] const std::vector<HopCapture>& captures() const { return m_captures; }

    // Every packet seen at least `minHops` times, by the time of its first copy, each hop with
    // the fields changed since the hop before.
    [[nodiscard]] std::vector<PacketJourney> journeys(std::size_t minHops = 2) const;

    // The fields (named, with bits on the wire) whose values differ between two dissections of
    // the same packet, in the order of the later one's fields (then those only the earlier has).
    [[nodiscard]] static std::vector<FieldChange> changedFields(const wire::Dissection& before,
                                                                const wire::Dissection& after);

    // What every copy of one packet has in common: its IP packet without the fields a router
    // or NAT may rewrite (ARP and other frames without IP: from the network layer on); empty
    // when the frame could not be dissected at all.
    [[nodiscard]] static std::string invariantKey(wire::LinkType linkType,
                                                  std::span<const std::uint8_t> frame);

private:
    std::vector<HopCapture> m_captures;
    std::vector<std::string> m_keys; // parallel to m_captures
};

} // namespace hopscope::engine
