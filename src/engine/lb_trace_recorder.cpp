// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_trace_recorder.h"

#include "wire/frame_builder.h"
#include "wire/mac_address.h"
#include "wire/tcp_segment.h"

#include <algorithm>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <string_view>

namespace hopscope::engine {

namespace {

// A traced message keeps this many bytes; bigger bodies are cut and the note says so.
constexpr std::size_t kMaxTracedBytes = 4096;

wire::MacAddress mac(std::uint8_t kind, std::uint8_t index) {
    return wire::MacAddress(wire::MacAddress::Bytes{0x02, 0x00, 0x00, 0x00, kind, index});
}

const wire::Ipv4Address kLbBackendSide(10, 0, 0, 1);

std::string millis(std::int64_t ns) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f ms", static_cast<double>(ns) / 1e6);
    return text;
}

// Why the algorithm chose as it did, in the words of the lesson.
std::string reason(balance::AlgorithmKind kind) {
    switch (kind) {
    case balance::AlgorithmKind::RoundRobin:
        return "round robin: next in turn";
    case balance::AlgorithmKind::SmoothWeightedRoundRobin:
        return "smooth weighted round robin: its turn by weight";
    case balance::AlgorithmKind::LeastConnections:
        return "least connections: fewest requests in progress";
    case balance::AlgorithmKind::Random:
        return "random: a roll of the dice";
    case balance::AlgorithmKind::PowerOfTwoChoices:
        return "power of two choices: the less busy of two picked at random";
    case balance::AlgorithmKind::PeakEwma:
        return "peak EWMA: lowest expected wait from recent latencies";
    case balance::AlgorithmKind::SourceIpHash:
        return "source hash: the client's address always maps here";
    case balance::AlgorithmKind::ConsistentHash:
        return "consistent hash: next point on the ring after the URL's hash";
    case balance::AlgorithmKind::StickyCookie:
        return "sticky cookie: the client's SERVERID cookie, or round robin for a new client";
    }
    return "";
}

std::string summaryOf(std::string_view bytes) {
    const auto end = bytes.find("\r\n");
    std::string_view line = bytes.substr(0, end == std::string_view::npos ? bytes.size() : end);
    if (line.starts_with("HTTP/")) {
        line.remove_prefix(std::min<std::size_t>(9, line.size())); // "200 OK"
        return std::string(line);
    }
    const auto space = line.rfind(' ');
    return std::string(line.substr(0, space == std::string_view::npos ? line.size() : space));
}

} // namespace

std::uint32_t LbTraceRecorder::clientNumber(const net::SocketAddress& client) {
    return client.address().value() & 0xff;
}

std::string LbTraceRecorder::clientName(const net::SocketAddress& client) {
    return "client-" + std::to_string(clientNumber(client));
}

wire::Ipv4Address LbTraceRecorder::clientDisplayAddress(const net::SocketAddress& client) {
    // 127.0.0.N is drawn as 198.51.100.N (TEST-NET-2, RFC 5737).
    return wire::Ipv4Address(198, 51, 100, static_cast<std::uint8_t>(client.address().value()));
}

wire::Ipv4Address LbTraceRecorder::lbDisplayAddress() {
    return wire::Ipv4Address(203, 0, 113, 10); // TEST-NET-3
}

wire::Ipv4Address LbTraceRecorder::backendDisplayAddress(std::size_t index) {
    return wire::Ipv4Address(10, 0, 0, static_cast<std::uint8_t>(11 + index));
}

void LbTraceRecorder::setTrace(std::shared_ptr<trace::Trace> trace, std::int64_t originNs) {
    std::lock_guard lock(m_traceMutex);
    m_trace = std::move(trace);
    m_originNs = originNs;
}

void LbTraceRecorder::append(trace::EventData data) {
    std::lock_guard lock(m_traceMutex);
    if (!m_trace) {
        return;
    }
    data.timeNs = m_clock.nowNs() - m_originNs;
    try {
        m_trace->append(std::move(data));
    } catch (const std::length_error& error) {
        spdlog::warn("trace full: {}", error.what());
    }
}

std::int64_t LbTraceRecorder::record(const LbMessage& message, const std::string& backend,
                                     balance::AlgorithmKind algorithm) {
    const std::string client = clientName(message.client);
    const std::string request =
        message.method.empty() ? std::string()
                               : std::string(message.method) + ' ' + std::string(message.target);
    std::string note;
    trace::EventData data;
    data.source = trace::SourceKind::Live;
    data.linkType = wire::LinkType::Ethernet;
    data.protocol = "HTTP";
    data.summary = summaryOf(message.bytes);

    wire::TcpSegment segment;
    segment.flags = wire::TcpFlag::Psh | wire::TcpFlag::Ack;
    segment.window = 65535;
    wire::MacAddress srcMac;
    wire::MacAddress dstMac;
    wire::Ipv4Address srcIp;
    wire::Ipv4Address dstIp;
    const std::uint8_t clientOctet = static_cast<std::uint8_t>(message.client.address().value());
    const std::uint8_t backendOctet = static_cast<std::uint8_t>(message.backend + 1);
    switch (message.hop) {
    case LbHop::ClientToLb:
        data.from = client;
        data.to = "lb";
        srcMac = mac(1, clientOctet);
        dstMac = mac(2, 1);
        srcIp = clientDisplayAddress(message.client);
        dstIp = lbDisplayAddress();
        segment.sourcePort = message.client.port();
        segment.destinationPort = kDisplayHttpPort;
        note = client + " sends " + request + " to the load balancer.";
        break;
    case LbHop::LbToBackend:
        data.from = "lb";
        data.to = backend;
        srcMac = mac(2, 2);
        dstMac = mac(3, backendOctet);
        srcIp = kLbBackendSide;
        dstIp = backendDisplayAddress(message.backend);
        segment.sourcePort = message.backendLocal.port();
        segment.destinationPort = kDisplayHttpPort;
        if (message.attempt > 1) {
            note = "The previous backend failed, so the load balancer retries " + request + " on " +
                   backend + " (attempt " + std::to_string(message.attempt) + ").";
        } else {
            note = "The load balancer picks " + backend + " (" + reason(algorithm) +
                   ") and forwards the request, adding X-Forwarded-For.";
        }
        break;
    case LbHop::BackendToLb:
        data.from = backend;
        data.to = "lb";
        srcMac = mac(3, backendOctet);
        dstMac = mac(2, 2);
        srcIp = backendDisplayAddress(message.backend);
        dstIp = kLbBackendSide;
        segment.sourcePort = kDisplayHttpPort;
        segment.destinationPort = message.backendLocal.port();
        note = backend + " answers " + data.summary + " after " + millis(message.latencyNs) + '.';
        break;
    case LbHop::LbToClient:
        data.from = "lb";
        data.to = client;
        srcMac = mac(2, 1);
        dstMac = mac(1, clientOctet);
        srcIp = lbDisplayAddress();
        dstIp = clientDisplayAddress(message.client);
        segment.sourcePort = kDisplayHttpPort;
        segment.destinationPort = message.client.port();
        if (!message.detail.empty()) {
            note = "The load balancer answers " + data.summary +
                   " itself: " + std::string(message.detail) + '.';
        } else {
            note = "The load balancer passes " + backend + "'s answer back to " + client + " (" +
                   millis(message.latencyNs) + " in all)";
            note += message.setCookie ? ", setting the SERVERID cookie so the client comes back "
                                        "to the same backend."
                                      : ".";
        }
        break;
    }
    std::string_view bytes = message.bytes;
    if (bytes.size() > kMaxTracedBytes) {
        note += " (Only the first " + std::to_string(kMaxTracedBytes) + " of " +
                std::to_string(bytes.size()) + " bytes are kept here.)";
        bytes = bytes.substr(0, kMaxTracedBytes);
    }
    {
        // A keep-alive connection's second request continues the first; an answer
        // acknowledges its request.
        std::lock_guard lock(m_streamMutex);
        const TcpStreamNumbers::Numbers numbers =
            m_streams.take(srcIp, segment.sourcePort, dstIp, segment.destinationPort, bytes.size());
        segment.sequenceNumber = numbers.sequence;
        segment.acknowledgmentNumber = numbers.acknowledgment;
    }
    data.note = std::move(note);
    data.frame = wire::FrameBuilder::tcpOverIpv4OverEthernet(
        srcMac, dstMac, srcIp, dstIp, segment,
        std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));

    const std::int64_t traceTime = m_clock.nowNs() - [this] {
        std::lock_guard lock(m_traceMutex);
        return m_originNs;
    }();
    append(std::move(data));
    return traceTime;
}

} // namespace hopscope::engine
