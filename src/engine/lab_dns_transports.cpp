// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_dns_transports.h"

#include "wire/dissector.h"
#include "wire/dns_message.h"
#include "wire/ipv4_packet_of.h"
#include "wire/tcp_segment.h"
#include "wire/udp_datagram.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>

namespace hopscope::engine {

namespace {

constexpr std::uint16_t kDnsPort = 53;
constexpr std::uint8_t kProtocolTcp = 6;
constexpr std::uint8_t kProtocolUdp = 17;

struct Endpoint {
    std::uint16_t clientPort = 0;
    net::SocketAddress resolver;
};

// The frame's transport ports and whether it belongs to the exchange (either direction).
bool belongs(const LabTcpCapture::Frame& frame, std::uint8_t protocol, const Endpoint& at,
             bool* fromClient, std::size_t* payload, bool* fin, bool* reset) {
    const auto ip = wire::ipv4PacketOf(wire::LinkType::Ethernet, frame.bytes);
    if (!ip || ip->protocol != protocol) {
        return false;
    }
    std::uint16_t source = 0;
    std::uint16_t destination = 0;
    if (protocol == kProtocolUdp) {
        const auto udp = wire::UdpDatagram::decode(ip->payload);
        if (!udp) {
            return false;
        }
        source = udp->sourcePort;
        destination = udp->destinationPort;
        *payload = udp->payload.size();
        *fin = false;
        *reset = false;
    } else {
        const auto tcp = wire::TcpSegment::decode(ip->payload);
        if (!tcp) {
            return false;
        }
        source = tcp->sourcePort;
        destination = tcp->destinationPort;
        *payload = tcp->payload.size();
        *fin = tcp->has(wire::TcpFlag::Fin);
        *reset = tcp->has(wire::TcpFlag::Rst);
    }
    const bool out = source == at.clientPort && ip->destination == at.resolver.address() &&
                     destination == at.resolver.port();
    const bool in = destination == at.clientPort && ip->source == at.resolver.address() &&
                    source == at.resolver.port();
    *fromClient = out;
    return out || in;
}

// Why the frame is there, said where UDP and TCP differ.
std::string noteFor(std::uint8_t protocol, bool fromClient, std::size_t payload, std::size_t index,
                    int tripsBefore, bool isAnswer, int trips) {
    if (protocol == kProtocolUdp) {
        if (fromClient) {
            return "Over UDP the question goes out at once, in one datagram: there is no "
                   "connection to open first.";
        }
        return isAnswer ? "The answer, in one datagram: " + std::to_string(trips) +
                              " round trip, two packets in all. Had it been lost, the laptop "
                              "would have had to notice and ask again itself."
                        : std::string{};
    }
    if (index == 0) {
        return "Over TCP the laptop must open a connection before it may ask: SYN, SYN-ACK, "
               "ACK, one round trip before the question can leave.";
    }
    if (fromClient && payload > 0) {
        return "The question, after a two-byte length (RFC 7766), in the connection the "
               "handshake opened, " +
               std::to_string(tripsBefore) + " round trip after the SYN.";
    }
    if (isAnswer) {
        return "The answer, " + std::to_string(trips) +
               " round trips after the SYN; TCP "
               "acknowledges and would resend it if lost, and takes answers of any size.";
    }
    return {};
}

// Cuts the exchange out of the capture into `run` once it is over: the answer for UDP, both
// FINs and their last ACK (or a reset) for TCP.
void cut(LabTcpCapture& capture, std::uint8_t protocol, const Endpoint& at,
         const DnsTransportOptions& options, DnsTransportRun& run) {
    auto over = [&](const std::vector<LabTcpCapture::Frame>& frames) {
        int fins = 0;
        bool answer = false;
        bool closed = false;
        for (const auto& frame : frames) {
            bool fromClient = false;
            std::size_t payload = 0;
            bool fin = false;
            bool reset = false;
            if (!belongs(frame, protocol, at, &fromClient, &payload, &fin, &reset)) {
                continue;
            }
            answer = answer || (!fromClient && payload > 0);
            closed = closed || reset || (fins >= 2 && !fin); // the ACK of the later FIN
            fins += fin ? 1 : 0;
        }
        return protocol == kProtocolUdp ? answer : answer && closed;
    };
    const auto frames = capture.waitFor(over, std::chrono::milliseconds(2000));
    if (!over(frames)) {
        run.problem = "the capture did not show the whole exchange in time";
    }
    std::optional<std::int64_t> origin;
    bool waiting = false;
    bool answered = false;
    for (const auto& frame : frames) {
        bool fromClient = false;
        std::size_t payload = 0;
        bool fin = false;
        bool reset = false;
        if (!belongs(frame, protocol, at, &fromClient, &payload, &fin, &reset)) {
            continue;
        }
        if (!origin) {
            origin = frame.timeNs;
            run.originNs = frame.timeNs;
        }
        ++run.packets;
        run.bytes += frame.bytes.size();
        const int tripsBefore = run.roundTrips;
        const bool answeredBefore = answered;
        if (!answered) {
            // A round trip: the client sent, then something came back.
            if (fromClient) {
                waiting = true;
            } else if (waiting) {
                ++run.roundTrips;
                waiting = false;
            }
            if (!fromClient && payload > 0) {
                answered = true;
                run.answerNs = frame.timeNs - *origin;
            }
        }
        const wire::Dissection d =
            wire::dissect(wire::LinkType::Ethernet, frame.bytes, wire::DissectDetail::Summary);
        trace::EventData data;
        data.timeNs = frame.timeNs - *origin;
        data.source = trace::SourceKind::Lab;
        data.from = fromClient ? options.clientName : options.resolverName;
        data.to = fromClient ? options.resolverName : options.clientName;
        data.linkType = wire::LinkType::Ethernet;
        data.frame = frame.bytes;
        data.protocol = d.protocol;
        data.summary = d.info;
        data.capturedAt = capture.interface();
        data.note = noteFor(protocol, fromClient, payload, run.trace->size(), tripsBefore,
                            !answeredBefore && answered, run.roundTrips);
        run.trace->append(std::move(data));
    }
}

std::optional<wire::DnsMessage> decodeAnswer(std::span<const std::uint8_t> bytes, std::uint16_t id,
                                             std::string& problem) {
    auto decoded = wire::DnsMessage::decode(bytes);
    if (!decoded.message) {
        problem = "the answer does not decode: " + decoded.problem;
        return std::nullopt;
    }
    if (decoded.message->header.id != id) {
        problem = "the answer carries another ID";
        return std::nullopt;
    }
    return std::move(decoded.message);
}

// One question over UDP; the socket's port in `at`.
void askOverUdp(const net::SocketSource& sockets, const std::vector<std::uint8_t>& query,
                std::uint16_t id, const DnsTransportOptions& options, Endpoint& at,
                DnsTransportRun& run) {
    auto opened = sockets.open(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (!opened) {
        run.problem = opened.error().message;
        return;
    }
    const net::FileDescriptor socket = opened.take();
    net::setBlockingTimeouts(socket.get(), options.timeout);
    const sockaddr_in to = at.resolver.toSockaddr();
    if (::connect(socket.get(), reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0) {
        run.problem = std::string("connect: ") + std::strerror(errno);
        return;
    }
    sockaddr_in local{};
    socklen_t length = sizeof local;
    ::getsockname(socket.get(), reinterpret_cast<sockaddr*>(&local), &length);
    at.clientPort = ntohs(local.sin_port);
    if (::send(socket.get(), query.data(), query.size(), 0) < 0) {
        run.problem = std::string("send: ") + std::strerror(errno);
        return;
    }
    std::array<std::uint8_t, 4096> buffer{};
    const ssize_t n = ::recv(socket.get(), buffer.data(), buffer.size(), 0);
    if (n <= 0) {
        run.problem = n == 0 ? "an empty answer" : std::string("recv: ") + std::strerror(errno);
        return;
    }
    if (const auto answer =
            decodeAnswer(std::span<const std::uint8_t>(buffer.data(), static_cast<std::size_t>(n)),
                         id, run.problem)) {
        run.answerCount = static_cast<std::uint16_t>(answer->answers.size());
    }
}

// One question over TCP (RFC 7766 section 8: the message after its two-byte length); the
// client closes once the answer is in.
void askOverTcp(const net::SocketSource& sockets, const std::vector<std::uint8_t>& query,
                std::uint16_t id, const DnsTransportOptions& options, Endpoint& at,
                DnsTransportRun& run) {
    auto opened = sockets.open(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (!opened) {
        run.problem = opened.error().message;
        return;
    }
    net::FileDescriptor socket = opened.take();
    net::setBlockingTimeouts(socket.get(), options.timeout);
    sockaddr_in any{};
    any.sin_family = AF_INET;
    socklen_t length = sizeof any;
    if (::bind(socket.get(), reinterpret_cast<const sockaddr*>(&any), sizeof any) != 0 ||
        ::getsockname(socket.get(), reinterpret_cast<sockaddr*>(&any), &length) != 0) {
        run.problem = std::string("bind: ") + std::strerror(errno);
        return;
    }
    at.clientPort = ntohs(any.sin_port);
    const sockaddr_in to = at.resolver.toSockaddr();
    if (::connect(socket.get(), reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0) {
        run.problem = std::string("connect: ") + std::strerror(errno);
        return;
    }
    std::vector<std::uint8_t> framed;
    framed.push_back(static_cast<std::uint8_t>(query.size() >> 8));
    framed.push_back(static_cast<std::uint8_t>(query.size() & 0xff));
    framed.insert(framed.end(), query.begin(), query.end());
    if (::send(socket.get(), framed.data(), framed.size(), MSG_NOSIGNAL) !=
        static_cast<ssize_t>(framed.size())) {
        run.problem = std::string("send: ") + std::strerror(errno);
        return;
    }
    std::vector<std::uint8_t> got;
    std::array<std::uint8_t, 4096> buffer{};
    while (got.size() < 2 || got.size() < 2 + ((static_cast<std::size_t>(got[0]) << 8) | got[1])) {
        const ssize_t n = ::recv(socket.get(), buffer.data(), buffer.size(), 0);
        if (n <= 0) {
            run.problem = n == 0 ? "the resolver closed before answering"
                                 : std::string("recv: ") + std::strerror(errno);
            return;
        }
        got.insert(got.end(), buffer.begin(), buffer.begin() + n);
    }
    if (const auto answer =
            decodeAnswer(std::span<const std::uint8_t>(got).subspan(2), id, run.problem)) {
        run.answerCount = static_cast<std::uint16_t>(answer->answers.size());
    }
    socket.reset(); // the client closes first, as dig does
}

} // namespace

std::shared_ptr<trace::Trace> DnsTransportComparison::together() const {
    auto out = std::make_shared<trace::Trace>();
    for (const DnsTransportRun* run : {&udp, &tcp}) {
        const std::int64_t offset = run->originNs - udp.originNs;
        for (std::size_t i = 0; i < run->trace->size(); ++i) {
            trace::EventData data = run->trace->at(i).data();
            data.timeNs += offset;
            out->append(std::move(data));
        }
    }
    return out;
}

DnsTransportComparison compareDnsTransports(LabServers& servers, LabTcpCapture& capture,
                                            const DnsTransportOptions& options) {
    DnsTransportComparison result;
    result.name = options.name;
    const net::SocketSource* sockets = servers.socketsOf(options.clientNode);
    const lab::Node* client = servers.topology().node(options.clientNode);
    if (sockets == nullptr || client == nullptr || !client->resolver) {
        result.udp.problem = result.tcp.problem =
            "the lab has no node " + options.clientNode + " with a resolver";
        return result;
    }
    const auto name = wire::DnsName::parse(options.name);
    if (!name) {
        result.udp.problem = result.tcp.problem = "not a domain name: " + options.name;
        return result;
    }
    Endpoint at;
    at.resolver = net::SocketAddress(*client->resolver, kDnsPort);
    // A first question fills the resolver's cache, so both runs below measure the transport,
    // not the walk down the hierarchy.
    {
        Endpoint warm = at;
        DnsTransportRun ignored;
        const auto query = wire::DnsMessage::query(0x4801, *name, wire::DnsType::A).encode();
        askOverUdp(*sockets, *query, 0x4801, options, warm, ignored);
    }
    capture.clear();
    const auto udpQuery = wire::DnsMessage::query(0x4802, *name, wire::DnsType::A).encode();
    Endpoint udpAt = at;
    askOverUdp(*sockets, *udpQuery, 0x4802, options, udpAt, result.udp);
    if (result.udp.problem.empty()) {
        cut(capture, kProtocolUdp, udpAt, options, result.udp);
    }
    const auto tcpQuery = wire::DnsMessage::query(0x4803, *name, wire::DnsType::A).encode();
    Endpoint tcpAt = at;
    askOverTcp(*sockets, *tcpQuery, 0x4803, options, tcpAt, result.tcp);
    if (result.tcp.problem.empty()) {
        cut(capture, kProtocolTcp, tcpAt, options, result.tcp);
    }
    return result;
}

} // namespace hopscope::engine
