// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli pcap flows`: each TCP connection of a capture, told by the two endpoints' state
// machines (tcp::TcpEndpoint) as if each frame was sent by its source and received by its
// destination, whichever host the capture was taken on.
#include "pcap_flows.h"

#include "engine/tcp_segment_facts.h"
#include "tcp/tcp_endpoint.h"
#include "wire/capture_reader.h"
#include "wire/ipv4_packet_of.h"
#include "wire/tcp_segment.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <tuple>

namespace hopscope::cli {

namespace {

constexpr std::uint8_t kProtocolTcp = 6;

struct Endpoint {
    wire::Ipv4Address address;
    std::uint16_t port = 0;
    auto operator<=>(const Endpoint&) const = default;
    [[nodiscard]] std::string text() const {
        return address.toString() + ':' + std::to_string(port);
    }
};

// What one endpoint did, as far as this summary tells it.
struct Side {
    explicit Side(tcp::TcpEndpoint machine) : endpoint(machine), states{machine.state()} {}
    tcp::TcpEndpoint endpoint;
    std::vector<tcp::TcpState> states; // every state it went through, in order
    std::uint64_t payloadBytes = 0;    // new data only: retransmitted bytes are not counted again
    std::uint64_t retransmissions = 0;
    std::set<std::tuple<std::uint32_t, std::uint32_t, bool, bool>> sent; // seq, len, SYN, FIN
    std::optional<std::int64_t> firstFinNs;
    std::optional<std::int64_t> firstRstNs;

    void note(tcp::TcpState state) {
        if (states.back() != state) {
            states.push_back(state);
        }
    }
};

// One TCP connection: A sent the first SYN (or, when the capture began after it, the first
// segment), B is the other end.
struct Flow {
    Endpoint a;
    Endpoint b;
    std::uint32_t interfaceId = 0; // the one interface it is followed on
    bool sawSyn = false;
    Side sideA{tcp::TcpEndpoint::active()};
    Side sideB{tcp::TcpEndpoint::passive()};
    std::optional<std::int64_t> lastSynNs;   // A's SYN that was answered (the last one sent)
    std::optional<std::uint32_t> synAckSeq;  // B's ISN, once its SYN-ACK was seen
    std::optional<std::int64_t> handshakeNs; // from that SYN to A's ACK of the SYN-ACK
    bool refused = false;                    // B answered the SYN with a reset

    [[nodiscard]] bool over() const {
        const auto done = [](const Side& s) {
            const auto st = s.endpoint.state();
            return st == tcp::TcpState::Closed || st == tcp::TcpState::TimeWait ||
                   st == tcp::TcpState::Listen;
        };
        // A's first state is CLOSED too: it must have moved on from there.
        return refused || sideA.firstRstNs || sideB.firstRstNs ||
               (sideA.states.size() > 1 && done(sideA) && done(sideB));
    }
};

void feed(Flow& flow, bool fromA, const wire::TcpSegment& tcp, std::int64_t timeNs) {
    Side& from = fromA ? flow.sideA : flow.sideB;
    Side& to = fromA ? flow.sideB : flow.sideA;
    const tcp::TcpSegmentFacts facts = engine::tcpSegmentFacts(tcp);
    // A retransmission: the same bytes (or SYN, FIN) from the same side again (RFC 9293
    // section 3.8.1: only what takes sequence numbers is sent again).
    if (facts.payloadLength > 0 || facts.syn || facts.fin) {
        const auto key = std::tuple{facts.seq, facts.payloadLength, facts.syn, facts.fin};
        if (!from.sent.insert(key).second) {
            ++from.retransmissions;
        } else {
            from.payloadBytes += facts.payloadLength;
        }
    }
    if (fromA && facts.syn && !facts.ack) {
        flow.lastSynNs = timeNs;
    }
    if (!fromA && facts.syn && facts.ack) {
        flow.synAckSeq = facts.seq;
    }
    if (fromA && !facts.syn && facts.ack && flow.synAckSeq && !flow.handshakeNs && flow.lastSynNs &&
        facts.ackNumber == *flow.synAckSeq + 1) {
        flow.handshakeNs = timeNs - *flow.lastSynNs;
    }
    if (!fromA && facts.rst && flow.sideA.endpoint.state() == tcp::TcpState::SynSent) {
        flow.refused = true;
    }
    if (facts.fin && !from.firstFinNs) {
        from.firstFinNs = timeNs;
    }
    if (facts.rst && !from.firstRstNs) {
        from.firstRstNs = timeNs;
    }
    from.note(from.endpoint.sent(facts));
    to.note(to.endpoint.received(facts));
}

std::string statesText(const Side& side) {
    std::string out;
    for (const auto state : side.states) {
        out += (out.empty() ? "" : " > ") + std::string(tcp::tcpStateName(state));
    }
    return out;
}

std::string milliseconds(std::int64_t ns) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f ms", static_cast<double>(ns) / 1e6);
    return text;
}

std::string ending(const Flow& f) {
    if (f.refused) {
        return "refused (RST to SYN)";
    }
    if (f.sideA.firstRstNs || f.sideB.firstRstNs) {
        const bool byA = f.sideA.firstRstNs &&
                         (!f.sideB.firstRstNs || *f.sideA.firstRstNs <= *f.sideB.firstRstNs);
        return byA ? "reset by A" : "reset by B";
    }
    if (f.sideA.firstFinNs && f.sideB.firstFinNs) {
        const bool simultaneous = f.sideA.endpoint.state() == tcp::TcpState::TimeWait &&
                                  f.sideB.endpoint.state() == tcp::TcpState::TimeWait;
        if (simultaneous) {
            return "closed by both at once";
        }
        return *f.sideA.firstFinNs <= *f.sideB.firstFinNs ? "closed by A" : "closed by B";
    }
    if (f.sawSyn && !f.synAckSeq && f.sideB.states.size() == 1) {
        return "unanswered SYN, open at end of capture";
    }
    if (f.sideA.firstFinNs || f.sideB.firstFinNs) {
        return std::string("half-closed by ") + (f.sideA.firstFinNs ? "A" : "B") +
               ", open at end of capture";
    }
    return "open at end of capture";
}

std::string line(const Flow& f) {
    std::string out = "A " + f.a.text() + " -> B " + f.b.text() + " | ";
    if (!f.sawSyn) {
        out += "handshake before the capture, states unknown";
    } else {
        out += "A " + statesText(f.sideA) + " | B " +
               (f.refused ? std::string("CLOSED (nothing listening)") : statesText(f.sideB));
    }
    out += " | handshake ";
    out += f.handshakeNs ? milliseconds(*f.handshakeNs) : std::string("-");
    out += " | A->B " + std::to_string(f.sideA.payloadBytes) + " bytes, B->A " +
           std::to_string(f.sideB.payloadBytes) + " bytes | ";
    const std::uint64_t retransmissions = f.sideA.retransmissions + f.sideB.retransmissions;
    out += std::to_string(retransmissions) +
           (retransmissions == 1 ? " retransmission" : " retransmissions");
    if (retransmissions > 0) {
        out += " (A " + std::to_string(f.sideA.retransmissions) + ", B " +
               std::to_string(f.sideB.retransmissions) + ")";
    }
    return out + " | " + ending(f);
}

} // namespace

int runPcapFlows(const std::vector<std::string>& args, CommandIo& io) {
    if (args.size() != 1 || args[0].starts_with("-")) {
        io.err << "Usage: hopscope-cli pcap flows FILE\n";
        return 2;
    }
    const std::string& path = args[0];
    wire::CaptureReader reader(path);
    if (!reader.isOpen()) {
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
        return 1;
    }
    std::vector<Flow> flows;
    // The flow each pair of endpoints is in now (a later SYN may start a new one).
    std::map<std::pair<Endpoint, Endpoint>, std::size_t> current;
    wire::CapturePacket packet;
    while (reader.next(packet) == wire::ReadStatus::Packet) {
        auto ip = wire::ipv4PacketOf(packet.linkType, packet.data);
        if (!ip || ip->protocol != kProtocolTcp) {
            continue;
        }
        const auto tcp = wire::TcpSegment::decode(ip->payload);
        if (!tcp) {
            continue;
        }
        const Endpoint source{ip->source, tcp->sourcePort};
        const Endpoint destination{ip->destination, tcp->destinationPort};
        const std::pair<Endpoint, Endpoint> key = std::minmax(source, destination);
        const bool opening = tcp->has(wire::TcpFlag::Syn) && !tcp->has(wire::TcpFlag::Ack);
        auto found = current.find(key);
        if (found != current.end()) {
            const Flow& flow = flows[found->second];
            // A lab capture holds each frame once at every interface it crossed: follow a
            // connection at the first interface it was seen on, so copies are not counted.
            if (packet.interfaceId != flow.interfaceId) {
                continue;
            }
            // The same ports again after the connection ended: a new connection.
            if (opening && flow.over() &&
                !flow.sideA.sent.contains(std::tuple{tcp->sequenceNumber, 0U, true, false})) {
                found = current.end();
            }
        }
        if (found == current.end()) {
            Flow flow;
            flow.a = source;
            flow.b = destination;
            flow.interfaceId = packet.interfaceId;
            flow.sawSyn = opening;
            flows.push_back(std::move(flow));
            found = current.insert_or_assign(key, flows.size() - 1).first;
        }
        Flow& flow = flows[found->second];
        if (flow.sawSyn || opening) {
            flow.sawSyn = true;
            feed(flow, source == flow.a, *tcp, packet.timeNs);
        } else {
            // Joined after the handshake: count the bytes only, the states are unknown.
            Side& from = source == flow.a ? flow.sideA : flow.sideB;
            from.payloadBytes += tcp->payload.size();
        }
    }
    for (const Flow& flow : flows) {
        io.out << line(flow) << '\n';
    }
    if (!reader.error().empty()) {
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
        return 1;
    }
    return 0;
}

} // namespace hopscope::cli
