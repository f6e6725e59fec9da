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
// one interface per `node:interface`), through bridges, routers and NAT, and says which fields
// each device changed.
//
// Two copies are the same packet when they agree on everything the path may not change. The
// frame's link header is left out (each link has its own), and so are the IP fields a router
// or a NAT gateway rewrites: TTL/hop limit, header checksum, both addresses (source NAT
// rewrites one, destination NAT the other), DSCP/ECN (routers may re-mark them) and the IPv4
// identification (Linux's NAT keeps it, but others, e.g. OpenBSD's pf with random-id, do not).
// In the transport header, the ports and checksums (NAPT), the ICMP echo identifier (Linux's
// NAT maps it like a port, RFC 5508 section 3.1) and a SYN's MSS value (MSS clamping). Every
// other byte of the IP packet must be equal: TCP's raw sequence and acknowledgment numbers,
// flags, window, options and data; UDP's length and data; ICMP's type, code, sequence and data,
// and for an ICMP error the quoted packet under the same masks (RFC 5508 section 4.2: NAT
// translates the quote too). The fields are found by wire::dissect, not decoded here. A frame
// without IP (ARP) must be equal from its network layer on. What this cannot follow: a
// proxy's second connection (the load balancer's; that is a new packet), a NAT helper that
// rewrites data or sequence numbers (FTP, SIP), fragmentation on the way.
//
// Copies that agree are grouped in time order; a copy joins the latest group of its packet
// not yet seen at that interface in that direction, so a retransmission identical to the
// original (no TCP timestamps) starts a new journey at the sender's interface.
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

    // What two copies of one packet agree on (see the class comment); empty when the frame
    // could not be dissected at all.
    [[nodiscard]] static std::string invariantKey(wire::LinkType linkType,
                                                  std::span<const std::uint8_t> frame);

private:
    std::vector<HopCapture> m_captures;
    std::vector<std::string> m_keys; // parallel to m_captures
};

} // namespace hopscope::engine
