// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_tcp_conversation.h"

#include "http/http_client_session.h"
#include "tcp/tcp_endpoint.h"
#include "tcp_segment_facts.h"
#include "wire/ipv4_packet_of.h"
#include "wire/tcp_segment.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>

namespace hopscope::engine {

namespace {

constexpr std::uint8_t kProtocolTcp = 6;
// Linux keeps a closed connection in TIME-WAIT for TCP_TIMEWAIT_LEN, 60 s (2 MSL of 30 s).
constexpr int kTimeWaitSeconds = 60;

// One captured segment of the connection, decoded.
struct Seen {
    const LabTcpCapture::Frame* frame = nullptr;
    wire::Ipv4Packet ip;
    wire::TcpSegment tcp;
    bool fromClient = false;
};

std::optional<Seen> decodeSegment(const LabTcpCapture::Frame& frame) {
    auto ip = wire::ipv4PacketOf(wire::LinkType::Ethernet, frame.bytes);
    if (!ip || ip->protocol != kProtocolTcp) {
        return std::nullopt;
    }
    auto tcp = wire::TcpSegment::decode(ip->payload);
    if (!tcp) {
        return std::nullopt;
    }
    Seen seen;
    seen.frame = &frame;
    seen.ip = std::move(*ip);
    seen.tcp = std::move(*tcp.value);
    return seen;
}

bool belongs(const Seen& s, std::uint16_t clientPort, const net::SocketAddress& server) {
    const bool out = s.tcp.sourcePort == clientPort && s.ip.destination == server.address() &&
                     s.tcp.destinationPort == server.port();
    const bool in = s.tcp.destinationPort == clientPort && s.ip.source == server.address() &&
                    s.tcp.sourcePort == server.port();
    return out || in;
}

// The connection's segments among `frames`, in capture order.
std::vector<Seen> connectionOf(const std::vector<LabTcpCapture::Frame>& frames,
                               std::uint16_t clientPort, const net::SocketAddress& server) {
    std::vector<Seen> out;
    for (const auto& frame : frames) {
        if (auto seen = decodeSegment(frame); seen && belongs(*seen, clientPort, server)) {
            seen->fromClient = seen->tcp.sourcePort == clientPort;
            out.push_back(std::move(*seen));
        }
    }
    return out;
}

// Whether the connection is over as far as the wire can tell: a reset, or both FINs sent and
// the later one acknowledged.
bool finished(const std::vector<Seen>& segments) {
    bool clientFin = false;
    bool serverFin = false;
    bool lastFinByClient = false;
    std::uint32_t lastFinSeq = 0;
    for (const auto& s : segments) {
        if (s.tcp.has(wire::TcpFlag::Rst)) {
            return true;
        }
        if (clientFin && serverFin && s.fromClient != lastFinByClient &&
            s.tcp.has(wire::TcpFlag::Ack) && s.tcp.acknowledgmentNumber == lastFinSeq + 1) {
            return true; // the ACK of the FIN that came last
        }
        if (s.tcp.has(wire::TcpFlag::Fin)) {
            (s.fromClient ? clientFin : serverFin) = true;
            lastFinByClient = s.fromClient;
            lastFinSeq = s.tcp.sequenceNumber + static_cast<std::uint32_t>(s.tcp.payload.size());
        }
    }
    return false;
}

// The control bits as a ladder names them: SYN, SYN-ACK, PSH-ACK, FIN-ACK, RST-ACK.
std::string flagsText(const wire::TcpSegment& tcp) {
    static constexpr std::array<std::pair<wire::TcpFlag, const char*>, 6> kNames = {{
        {wire::TcpFlag::Syn, "SYN"},
        {wire::TcpFlag::Fin, "FIN"},
        {wire::TcpFlag::Rst, "RST"},
        {wire::TcpFlag::Psh, "PSH"},
        {wire::TcpFlag::Urg, "URG"},
        {wire::TcpFlag::Ack, "ACK"},
    }};
    std::string out;
    for (const auto& [flag, name] : kNames) {
        if (tcp.has(flag)) {
            out += out.empty() ? "" : "-";
            out += name;
        }
    }
    return out;
}

std::string optionsText(const wire::TcpSegment& tcp) {
    std::string out;
    for (const auto& option : tcp.options) {
        if (const auto mss = option.mss()) {
            out += " MSS=" + std::to_string(*mss);
        } else if (const auto shift = option.shift()) {
            out += " WS=" + std::to_string(1U << *shift);
        } else if (option.is(wire::TcpOption::Kind::SackPermitted)) {
            out += " SACK_PERM";
        } else if (option.is(wire::TcpOption::Kind::Timestamps) && tcp.has(wire::TcpFlag::Syn)) {
            // Offered on the SYN; each later TSval/TSecr pair is in the inspector, not the label.
            out += " TS";
        } else if (option.is(wire::TcpOption::Kind::Sack)) {
            for (const auto& block : option.sackBlocks()) {
                out += " SACK=" + std::to_string(block.left) + "-" + std::to_string(block.right);
            }
        }
    }
    return out;
}

std::string firstLine(const std::vector<std::uint8_t>& payload) {
    std::string text(payload.begin(), payload.end());
    const auto end = text.find("\r\n");
    return end == std::string::npos ? std::string{} : text.substr(0, end);
}

// What each segment is and why it was sent, told from the numbers on the wire.
class SegmentNarrator {
public:
    // `serverResets`: whether a reset in the server's name really came from the server.
    SegmentNarrator(std::string client, std::string server, bool serverResets)
        : m_client(std::move(client)), m_server(std::move(server)), m_serverResets(serverResets) {}

    trace::EventData describe(const Seen& s, std::int64_t originNs) {
        const wire::TcpSegment& tcp = s.tcp;
        Side& me = s.fromClient ? m_clientSide : m_serverSide;
        Side& peer = s.fromClient ? m_serverSide : m_clientSide;
        const std::string& who = s.fromClient ? m_client : m_server;
        const bool syn = tcp.has(wire::TcpFlag::Syn);
        const bool ack = tcp.has(wire::TcpFlag::Ack);
        const bool fin = tcp.has(wire::TcpFlag::Fin);
        const bool rst = tcp.has(wire::TcpFlag::Rst);
        if (syn && !me.isn) {
            me.isn = tcp.sequenceNumber;
        }
        const std::uint32_t base = me.isn.value_or(tcp.sequenceNumber);
        const std::uint32_t seq = tcp.sequenceNumber - base;
        const std::uint32_t ackRel = peer.isn ? tcp.acknowledgmentNumber - *peer.isn : 0;
        const auto len = static_cast<std::uint32_t>(tcp.payload.size());

        // Short enough for a ladder label: what the segment is, its relative numbers, the
        // request or status line it starts with, and the options a SYN offers.
        std::ostringstream summary;
        const std::string line = len > 0 ? firstLine(tcp.payload) : std::string{};
        if (!line.empty()) {
            summary << line << " · ";
        }
        summary << flagsText(tcp) << " seq=" << seq;
        if (ack) {
            summary << " ack=" << ackRel;
        }
        if (len > 0) {
            summary << " len=" << len;
        }
        if (syn) {
            summary << " win=" << tcp.window;
        }
        summary << optionsText(tcp);

        std::ostringstream note;
        const double sinceLast =
            me.lastSentNs ? static_cast<double>(s.frame->timeNs - *me.lastSentNs) / 1e9 : 0.0;
        const std::uint32_t end = seq + len + (syn ? 1U : 0U) + (fin ? 1U : 0U);
        const bool again = me.sentUpTo && end <= *me.sentUpTo && (len > 0 || syn || fin);
        if (rst && !s.fromClient && !m_serverResets) {
            note << "A reset (RST) in " << who << "'s name, which " << who << " never sent: "
                 << "something on the way made it up (a router or a firewall that rejects the "
                 << "connection). The laptop's kernel believes it and "
                 << (m_established
                         ? "tears the connection down at once; " + who + " still thinks it is open."
                         : "gives up at once instead of trying again.");
        } else if (rst) {
            note << who << "'s kernel answers RST: "
                 << (m_established ? "it tears the connection down at once, without the FIN "
                                     "exchange."
                                   : "nothing accepts a connection there, so the other side "
                                     "gives up at once instead of trying again.");
        } else if (syn && again) {
            note << "No answer came back within " << formatSeconds(sinceLast)
                 << ": the kernel sends the same " << (ack ? "SYN-ACK" : "SYN")
                 << " again, and doubles its retransmission timer for the next try.";
        } else if (syn && !ack) {
            note << who << "'s kernel opens the connection with a SYN. Its initial sequence "
                 << "number is random (raw " << tcp.sequenceNumber << ", shown as 0) so that "
                 << "segments of an older connection cannot be taken for this one.";
            optionSentence(tcp, note);
        } else if (syn) {
            note << who << "'s kernel accepts with SYN-ACK: its own random initial sequence "
                 << "number (raw " << tcp.sequenceNumber << ") and ack=1, because the SYN it "
                 << "answers used up one sequence number.";
            optionSentence(tcp, note);
        } else if (again) {
            note << "The same bytes again (seq=" << seq << "): they were not acknowledged in "
                 << "time, so the kernel retransmits them.";
        } else if (len > 0) {
            note << len << " bytes of data"
                 << (tcp.payload.size() > 0 && tcp.payload[0] >= 'A'
                         ? " (" + firstLine(tcp.payload) + ")"
                         : std::string{})
                 << ". seq=" << seq << " is where they start in " << who
                 << "'s stream, so its next segment starts at seq=" << seq + len << '.';
            if (fin) {
                note << " The FIN with them says it has nothing more to send.";
            }
        } else if (fin) {
            note << who << " has nothing more to send: FIN. Like a SYN it uses up one sequence "
                 << "number, so the answer to it acknowledges seq+1.";
        } else if (ack && !m_established && peer.isn && me.isn) {
            m_established = true;
            note << who << " acknowledges the SYN-ACK (ack=1): after these three segments both "
                 << "sides are ESTABLISHED and data may flow.";
        } else if (ack) {
            note << "Acknowledges every byte up to ack=" << ackRel
                 << ": ack is the next sequence number " << who << " expects, the last seq it "
                 << "got plus that segment's length.";
            if (peer.finSent && ackRel == *peer.finSent + 1 && me.finSent) {
                note << " Both FINs are acknowledged: " << who << " now waits in TIME-WAIT ("
                     << kTimeWaitSeconds << " s on Linux) so that late segments die out, the "
                     << "other side is CLOSED.";
            }
        }
        if (fin) {
            me.finSent = seq + len;
        }
        me.sentUpTo = std::max(me.sentUpTo.value_or(0), end);
        me.lastSentNs = s.frame->timeNs;

        trace::EventData data;
        data.timeNs = s.frame->timeNs - originNs;
        data.source = trace::SourceKind::Lab;
        data.from = s.fromClient ? m_client : m_server;
        data.to = s.fromClient ? m_server : m_client;
        data.linkType = wire::LinkType::Ethernet;
        data.frame = s.frame->bytes;
        data.protocol = len > 0 && !firstLine(tcp.payload).empty() ? "HTTP" : "TCP";
        data.summary = summary.str();
        data.note = note.str();
        return data;
    }

private:
    struct Side {
        std::optional<std::uint32_t> isn;
        std::optional<std::uint32_t> sentUpTo; // relative: one past the last number sent
        std::optional<std::uint32_t> finSent;  // relative seq of its FIN
        std::optional<std::int64_t> lastSentNs;
    };

    static std::string formatSeconds(double s) {
        std::ostringstream out;
        out.precision(2);
        out << std::fixed << s << " s";
        return out.str();
    }

    static void optionSentence(const wire::TcpSegment& tcp, std::ostringstream& note) {
        std::vector<std::string> parts;
        for (const auto& option : tcp.options) {
            if (const auto mss = option.mss()) {
                parts.push_back("MSS " + std::to_string(*mss) + " (the largest segment it takes)");
            } else if (const auto shift = option.shift()) {
                parts.push_back("window scale " + std::to_string(1U << *shift) +
                                " (its window field counts in units of that many bytes)");
            } else if (option.is(wire::TcpOption::Kind::SackPermitted)) {
                parts.push_back("SACK (it can say which later segments arrived)");
            } else if (option.is(wire::TcpOption::Kind::Timestamps)) {
                parts.push_back("timestamps (to measure the round trip)");
            }
        }
        if (parts.empty()) {
            return;
        }
        note << " It offers ";
        for (std::size_t i = 0; i < parts.size(); ++i) {
            note << (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") << parts[i];
        }
        note << '.';
    }

    std::string m_client;
    std::string m_server;
    bool m_serverResets;
    Side m_clientSide;
    Side m_serverSide;
    bool m_established = false;
};

// The server's side of the connection among the frames at its interface: the segments of the
// connection whose SYN carries the client's initial sequence number (NAT changes the client's
// address and port on the way, never the sequence numbers).
std::vector<Seen> serverSideOf(const std::vector<LabTcpCapture::Frame>& frames,
                               std::uint32_t clientIsn, const net::SocketAddress& server) {
    std::optional<std::pair<std::uint32_t, std::uint16_t>> client; // as the server sees it
    std::vector<Seen> out;
    for (const auto& frame : frames) {
        auto seen = decodeSegment(frame);
        if (!seen) {
            continue;
        }
        const bool toServer =
            seen->ip.destination == server.address() && seen->tcp.destinationPort == server.port();
        if (!client && toServer && seen->tcp.has(wire::TcpFlag::Syn) &&
            !seen->tcp.has(wire::TcpFlag::Ack) && seen->tcp.sequenceNumber == clientIsn) {
            client = {seen->ip.source.value(), seen->tcp.sourcePort};
        }
        if (!client) {
            continue;
        }
        const bool fromServer = seen->ip.source == server.address() &&
                                seen->tcp.sourcePort == server.port() &&
                                seen->ip.destination.value() == client->first &&
                                seen->tcp.destinationPort == client->second;
        const bool fromClient = toServer && seen->ip.source.value() == client->first &&
                                seen->tcp.sourcePort == client->second;
        if (fromServer || fromClient) {
            seen->fromClient = fromClient;
            out.push_back(std::move(*seen));
        }
    }
    return out;
}

// Both ends' states at each client-side segment: the client's after that segment, the
// server's after everything its own interface saw up to the same moment (one clock: every
// namespace shares the kernel's).
std::vector<TcpEndStates> statesOf(const std::vector<Seen>& clientSide,
                                   const std::vector<Seen>& serverSide) {
    tcp::TcpEndpoint client = tcp::TcpEndpoint::active();
    tcp::TcpEndpoint server = tcp::TcpEndpoint::passive();
    std::vector<TcpEndStates> out;
    std::size_t next = 0;
    for (const Seen& s : clientSide) {
        const auto facts = tcpSegmentFacts(s.tcp);
        if (s.fromClient) {
            client.sent(facts);
        } else {
            client.received(facts);
        }
        for (; next < serverSide.size() && serverSide[next].frame->timeNs <= s.frame->timeNs;
             ++next) {
            const auto serverFacts = tcpSegmentFacts(serverSide[next].tcp);
            if (serverSide[next].fromClient) {
                server.received(serverFacts);
            } else {
                server.sent(serverFacts);
            }
        }
        out.push_back({client.state(), server.state()});
    }
    return out;
}

// The client's socket as its kernel reports it (sock_diag inside its node).
void askTheKernel(const net::SocketSource& sockets, std::uint16_t clientPort,
                  const net::SocketAddress& server, TcpConversation& result) {
    auto opened = sockets.open(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (!opened) {
        result.kernelProblem = opened.error().message;
        return;
    }
    const net::FileDescriptor diag = opened.take();
    auto dumped = tcp::TcpSocketTable::dump(diag.get());
    if (auto* error = std::get_if<std::string>(&dumped)) {
        result.kernelProblem = *error;
        return;
    }
    for (const auto& socket : std::get<std::vector<tcp::TcpSocketInfo>>(dumped)) {
        if (socket.localPort == clientPort && socket.remotePort == server.port() &&
            socket.remoteAddress == server.address().value()) {
            result.kernelClientSocket = socket;
            return;
        }
    }
}

} // namespace

void LabTcpCapture::add(const wire::CapturePacket& packet,
                        const wire::CaptureInterface& interface) {
    if (interface.name != m_interface || packet.linkType != wire::LinkType::Ethernet) {
        return;
    }
    // Only TCP (or UDP) over IPv4: Ethernet II type 0x0800 and IP protocol 6 (or 17).
    const auto& b = packet.data;
    constexpr std::uint8_t kProtocolUdp = 17;
    if (b.size() < 34 || b[12] != 0x08 || b[13] != 0x00 ||
        (b[23] != kProtocolTcp && (m_keep != Keep::TcpAndUdp || b[23] != kProtocolUdp))) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_frames.push_back(Frame{packet.timeNs, packet.direction, packet.data});
    }
    m_grew.notify_all();
}

std::vector<LabTcpCapture::Frame> LabTcpCapture::waitFor(const Done& done,
                                                         std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    m_grew.wait_for(lock, timeout, [&] { return done(m_frames); });
    return m_frames;
}

void LabTcpCapture::clear() {
    std::lock_guard lock(m_mutex);
    m_frames.clear();
}

TcpConversation runLabTcpConversation(LabServers& servers, LabTcpCapture& capture,
                                      const TcpConversationOptions& options) {
    TcpConversation result;
    const net::SocketSource* sockets = servers.socketsOf(options.clientNode);
    if (sockets == nullptr) {
        result.problem = "the lab has no node " + options.clientNode;
        return result;
    }
    auto opened = sockets->open(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (!opened) {
        result.problem = opened.error().message;
        return result;
    }
    net::FileDescriptor socket = opened.take();
    net::setBlockingTimeouts(socket.get(), options.timeout);
    // Bound first, so the port is known even when the connection is refused.
    sockaddr_in any{};
    any.sin_family = AF_INET;
    socklen_t length = sizeof any;
    if (::bind(socket.get(), reinterpret_cast<const sockaddr*>(&any), sizeof any) != 0 ||
        ::getsockname(socket.get(), reinterpret_cast<sockaddr*>(&any), &length) != 0) {
        result.problem = std::string("bind: ") + std::strerror(errno);
        return result;
    }
    result.clientPort = ntohs(any.sin_port);
    const sockaddr_in to = options.server.toSockaddr();
    if (::connect(socket.get(), reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0) {
        result.connectError = errno;
        result.problem = std::string("connect: ") + std::strerror(errno);
    } else {
        http::HttpClientSession session;
        wire::HttpRequest request;
        request.target = options.path;
        request.headers.add("Host", options.host);
        request.headers.add("User-Agent", "hopscope-tcp-lesson");
        session.send(request);
        const std::string_view out = session.output();
        std::size_t sent = 0;
        while (sent < out.size()) {
            const ssize_t n =
                ::send(socket.get(), out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) {
                result.problem = std::string("send: ") + std::strerror(errno);
                break;
            }
            sent += static_cast<std::size_t>(n);
        }
        std::array<std::uint8_t, 16384> buffer{};
        while (result.problem.empty() && !result.status) {
            const ssize_t n = ::recv(socket.get(), buffer.data(), buffer.size(), 0);
            if (n < 0) {
                result.problem = std::string("recv: ") + std::strerror(errno);
                break;
            }
            auto got = n == 0 ? session.receiveEnd()
                              : session.receive(std::span<const std::uint8_t>(
                                    buffer.data(), static_cast<std::size_t>(n)));
            result.responseBytes += static_cast<std::size_t>(n);
            if (!got.responses.empty()) {
                result.status = got.responses.front().response.status;
            } else if (got.failed || n == 0) {
                result.problem = got.failed ? got.problem : "the server closed before answering";
            }
        }
    }
    socket.reset(); // the client closes first
    const std::uint16_t port = result.clientPort;
    const net::SocketAddress server = options.server;
    const bool refused = result.connectError != 0;
    auto frames = capture.waitFor(
        [&](const std::vector<LabTcpCapture::Frame>& all) {
            const auto segments = connectionOf(all, port, server);
            return refused ? !segments.empty() && segments.back().tcp.has(wire::TcpFlag::Rst)
                           : finished(segments);
        },
        std::chrono::milliseconds(2000));
    const auto segments = connectionOf(frames, port, server);
    result.captureComplete = refused
                                 ? !segments.empty() && segments.back().tcp.has(wire::TcpFlag::Rst)
                                 : finished(segments);
    if (segments.empty()) {
        return result;
    }
    bool serverResets = false;
    if (options.serverCapture != nullptr && segments.front().tcp.has(wire::TcpFlag::Syn)) {
        const std::uint32_t isn = segments.front().tcp.sequenceNumber;
        // Once the server's interface holds its copy of the client side's last segment, it holds
        // everything before it too. A last segment the server never saw (a router's reset)
        // waits out the bound.
        const Seen& last = segments.back();
        const auto serverFrames = options.serverCapture->waitFor(
            [&](const std::vector<LabTcpCapture::Frame>& all) {
                for (const Seen& s : serverSideOf(all, isn, server)) {
                    if (s.fromClient == last.fromClient &&
                        s.tcp.sequenceNumber == last.tcp.sequenceNumber &&
                        s.tcp.acknowledgmentNumber == last.tcp.acknowledgmentNumber &&
                        s.tcp.flags == last.tcp.flags) {
                        return true;
                    }
                }
                return false;
            },
            std::chrono::milliseconds(1000));
        const auto serverSide = serverSideOf(serverFrames, isn, server); // points into it
        result.states = statesOf(segments, serverSide);
        // A kernel that answers a SYN with RST has no socket listening there.
        for (const Seen& s : serverSide) {
            if (!s.fromClient) {
                result.serverListening = !s.tcp.has(wire::TcpFlag::Rst);
                break;
            }
        }
        serverResets = std::any_of(serverSide.begin(), serverSide.end(), [](const Seen& s) {
            return !s.fromClient && s.tcp.has(wire::TcpFlag::Rst);
        });
    }
    // Told after the server's side is known: a reset in the server's name that the server
    // never sent was made up on the way (a router's or a firewall's).
    SegmentNarrator narrator(options.clientName, options.serverName,
                             options.serverCapture == nullptr || serverResets);
    const std::int64_t origin = segments.front().frame->timeNs;
    for (const auto& s : segments) {
        trace::EventData data = narrator.describe(s, origin);
        data.capturedAt = capture.interface();
        result.trace->append(std::move(data));
    }
    askTheKernel(*sockets, port, server, result);
    return result;
}

} // namespace hopscope::engine
