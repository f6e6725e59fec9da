// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli pcap hops`: the copies of each packet a capture holds at several interfaces (a
// lab capture has one interface per node:interface), matched by engine::PacketHopMatcher, as
// tab-separated lines that compare with `tshark -T fields` on the same frames.
#include "pcap_hops.h"

#include "engine/packet_hop_matcher.h"
#include "engine/parse_number.h"
#include "field_extractor.h"
#include "wire/capture_reader.h"
#include "wire/dissector.h"

#include <algorithm>
#include <ostream>

namespace hopscope::cli {

namespace {

constexpr const char* kUsage = "Usage: hopscope-cli pcap hops FILE [--packet N]\n";

std::string directionText(const engine::JourneyHop& hop) {
    switch (hop.direction) {
    case wire::PacketDirection::Inbound:
        return "into " + hop.node;
    case wire::PacketDirection::Outbound:
        return "out of " + hop.node;
    case wire::PacketDirection::Unknown:
        break;
    }
    return {};
}

// A value as one column: tshark prints fields as they are, and no field value of ours holds a
// tab or a line break except raw text, which is cut there.
std::string column(std::string v) {
    std::replace_if(
        v.begin(), v.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return v;
}

void print(std::ostream& out, std::size_t number, const engine::PacketJourney& journey,
           const engine::PacketHopMatcher& matcher, std::int64_t firstNs) {
    const auto& first = matcher.captures()[journey.hops.front().capture];
    const auto d = wire::dissect(first.linkType, first.data, wire::DissectDetail::Summary);
    out << "journey\t" << number << '\t' << journey.hops.size() << '\t' << d.source << '\t'
        << d.destination << '\t' << d.protocol << '\t' << column(d.info) << '\n';
    for (std::size_t k = 0; k < journey.hops.size(); ++k) {
        const auto& hop = journey.hops[k];
        out << "hop\t" << number << '\t' << k + 1 << '\t' << hop.frame << '\t'
            << FieldExtractor::seconds(hop.timeNs - firstNs) << '\t' << hop.interface << '\t'
            << directionText(hop) << '\n';
        for (const auto& c : hop.changes) {
            out << "change\t" << number << '\t' << k + 1 << '\t' << c.name() << '\t'
                << column(c.before) << '\t' << column(c.after) << '\n';
        }
    }
}

} // namespace

int runPcapHops(const std::vector<std::string>& args, CommandIo& io) {
    std::string path;
    std::uint64_t wanted = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--packet" && i + 1 < args.size()) {
            if (!engine::parseNumber(args[++i], wanted, std::uint64_t{1})) {
                io.err << "hopscope-cli pcap hops: bad frame number '" << args[i]
                       << "' (frames count from 1)\n";
                return 2;
            }
        } else if (path.empty() && !args[i].starts_with("-")) {
            path = args[i];
        } else {
            io.err << "hopscope-cli pcap hops: unexpected argument '" << args[i] << "'\n" << kUsage;
            return 2;
        }
    }
    if (path.empty()) {
        io.err << kUsage;
        return 2;
    }
    wire::CaptureReader reader(path);
    if (!reader.isOpen()) {
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
        return 1;
    }
    engine::PacketHopMatcher matcher;
    wire::CapturePacket packet;
    std::int64_t firstNs = 0;
    while (reader.next(packet) == wire::ReadStatus::Packet) {
        if (packet.number == 1) {
            // tshark's frame.time_relative counts from the file's first frame.
            firstNs = packet.timeNs;
        }
        const auto interfaces = reader.interfaces();
        engine::HopCapture capture;
        capture.frame = packet.number;
        capture.interface =
            packet.interfaceId < interfaces.size() && !interfaces[packet.interfaceId].name.empty()
                ? interfaces[packet.interfaceId].name
                : "interface " + std::to_string(packet.interfaceId);
        capture.timeNs = packet.timeNs;
        capture.direction = packet.direction;
        capture.linkType = packet.linkType;
        capture.data = std::move(packet.data);
        matcher.add(std::move(capture));
    }
    if (!reader.error().empty()) {
        // What was read before the damage is still matched and shown.
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
    }
    if (wanted > matcher.captures().size()) {
        io.err << "hopscope-cli pcap hops: " << path << " has " << matcher.captures().size()
               << " frames, so no frame " << wanted << '\n';
        return 1;
    }
    // Numbered as in the whole listing (journeys of two hops or more), so `--packet N` names
    // the same journey; a frame seen at one interface only is journey 0.
    std::size_t number = 0;
    for (const auto& journey : matcher.journeys(1)) {
        const bool several = journey.hops.size() > 1;
        number += several ? 1 : 0;
        if (wanted == 0) {
            if (several) {
                print(io.out, number, journey, matcher, firstNs);
            }
        } else if (std::any_of(journey.hops.begin(), journey.hops.end(),
                               [&](const auto& h) { return h.frame == wanted; })) {
            print(io.out, several ? number : 0, journey, matcher, firstNs);
            break;
        }
    }
    return reader.error().empty() ? 0 : 1;
}

} // namespace hopscope::cli
