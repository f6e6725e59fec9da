// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// Fuzz target for engine::PacketHopMatcher: the input is a run of captured frames, each a
// control byte (bits 0-2: which of eight lab interfaces saw it, bits 3-4: its direction,
// bits 5-7: its link type), a signed byte of microseconds since the frame before (copies may
// come out of time order, as the lab's capture rings hand them over), a 2-byte big-endian
// length and that many bytes of frame (the last takes what is left). Nothing may crash; every
// copy is in exactly one journey, a journey's hops are in time order at distinct
// interface-and-direction pairs and agree on the invariant key, and every changed field lies
// inside its frame.
#include "engine/packet_hop_matcher.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>

namespace {

using namespace hopscope;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_hops: %s\n", what);
    std::abort();
}

void check(bool condition, const char* what) {
    if (!condition) {
        fail(what);
    }
}

// The NAT path of tests/support/nat_path_capture.h.
constexpr std::array<const char*, 8> kInterfaces = {
    "laptop:eth0",      "home-switch:eth0", "home-switch:eth1", "home-router:eth0",
    "home-router:eth1", "isp-router:eth0",  "isp-router:eth1",  "server:eth0"};
constexpr std::array<wire::PacketDirection, 4> kDirections = {
    wire::PacketDirection::Outbound, wire::PacketDirection::Inbound, wire::PacketDirection::Unknown,
    wire::PacketDirection::Outbound};
constexpr std::array<wire::LinkType, 8> kLinks = {
    wire::LinkType::Ethernet, wire::LinkType::Ethernet, wire::LinkType::Ethernet,
    wire::LinkType::Ethernet, wire::LinkType::LinuxSll, wire::LinkType::LinuxSll2,
    wire::LinkType::Raw,      wire::LinkType::Null};

void checkBits(const engine::FieldBits& bits, const std::vector<std::uint8_t>& frame) {
    const std::size_t frameBits = frame.size() * 8;
    check(bits.offset <= frameBits && bits.length <= frameBits - bits.offset,
          "a changed field reaches past its frame");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> input(data, size);
    engine::PacketHopMatcher matcher;
    std::int64_t timeNs = 1'000'000'000;
    std::size_t at = 0;
    while (at + 4 <= input.size()) {
        const std::uint8_t control = input[at];
        timeNs += static_cast<std::int8_t>(input[at + 1]) * 1000;
        const std::size_t length = std::min<std::size_t>(
            (std::size_t{input[at + 2]} << 8) | input[at + 3], input.size() - at - 4);
        at += 4;
        engine::HopCapture c;
        c.frame = matcher.captures().size() + 1;
        c.interface = kInterfaces[control & 7];
        c.direction = kDirections[(control >> 3) & 3];
        c.linkType = kLinks[control >> 5];
        c.timeNs = timeNs;
        c.data.assign(input.begin() + static_cast<std::ptrdiff_t>(at),
                      input.begin() + static_cast<std::ptrdiff_t>(at + length));
        at += length;
        matcher.add(std::move(c));
    }
    const auto& captures = matcher.captures();

    // minHops 1: every copy, each in exactly one journey.
    std::vector<int> seen(captures.size(), 0);
    for (const auto& journey : matcher.journeys(1)) {
        check(!journey.hops.empty(), "an empty journey");
        const auto& first = captures.at(journey.hops.front().capture);
        const auto key = engine::PacketHopMatcher::invariantKey(first.linkType, first.data);
        check(journey.hops.size() == 1 || !key.empty(), "frames without a key were grouped");
        for (std::size_t h = 0; h < journey.hops.size(); ++h) {
            const auto& hop = journey.hops[h];
            check(hop.capture < captures.size(), "a hop of a capture never added");
            ++seen[hop.capture];
            const auto& c = captures[hop.capture];
            check(hop.frame == c.frame && hop.interface == c.interface && hop.timeNs == c.timeNs,
                  "a hop disagrees with its capture");
            check(engine::PacketHopMatcher::invariantKey(c.linkType, c.data) == key,
                  "copies of one journey differ in their key");
            if (h == 0) {
                check(hop.changes.empty(), "the first hop has changes");
                continue;
            }
            const auto& previous = journey.hops[h - 1];
            check(previous.timeNs <= hop.timeNs, "a journey out of time order");
            for (std::size_t e = 0; e < h; ++e) {
                const auto& earlier = journey.hops[e];
                check(earlier.interface != hop.interface || earlier.direction != hop.direction,
                      "one journey seen twice at one interface the same way");
            }
            for (const auto& change : hop.changes) {
                check(!change.field.empty() && change.occurrence >= 1, "an unnamed change");
                checkBits(change.beforeBits, captures[previous.capture].data);
                checkBits(change.afterBits, c.data);
            }
        }
    }
    for (const int n : seen) {
        check(n == 1, "a copy in no journey or in two");
    }
    // The default: only packets seen twice or more.
    for (const auto& journey : matcher.journeys()) {
        check(journey.hops.size() >= 2, "a journey of one hop with minHops 2");
    }
    return 0;
}
