// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "synthetic_capture.h"

#include "wire/dns_message.h"
#include "wire/frame_builder.h"

#include <array>
#include <string>

namespace hopscope::cli {

namespace {

using wire::Ipv4Address;
using wire::MacAddress;

struct Site {
    const char* name;
    Ipv4Address address;
    const char* path;
};

// Documentation addresses (RFC 5737) stand in for the web servers.
const std::array<Site, 5> kSites = {{
    {"www.foobar.com", Ipv4Address(198, 51, 100, 80), "/"},
    {"example.com", Ipv4Address(203, 0, 113, 10), "/index.html"},
    {"www.example.org", Ipv4Address(203, 0, 113, 20), "/news/today"},
    {"api.foobar.com", Ipv4Address(198, 51, 100, 81), "/v1/status"},
    {"static.example.net", Ipv4Address(203, 0, 113, 30), "/img/logo.svg"},
}};

const Ipv4Address kResolver(192, 168, 1, 1);
const MacAddress kRouterMac(MacAddress::Bytes{0x02, 0x00, 0x00, 0x00, 0x00, 0x01});

std::span<const std::uint8_t> bytesOf(const std::string& s) {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

} // namespace

SyntheticCapture::SyntheticCapture(std::uint64_t seed, std::int64_t startNs)
    : m_state(seed), m_timeNs(startNs) {}

// splitmix64: tiny, fast and identical on every platform (std distributions are not).
std::uint64_t SyntheticCapture::random() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t SyntheticCapture::generate(std::uint64_t count, const Sink& sink) {
    std::uint64_t produced = 0;
    bool stopped = false;
    const auto emit = [&](std::int64_t gapNs, const std::vector<std::uint8_t>& frame) {
        if (stopped || produced >= count) {
            return false;
        }
        m_timeNs += gapNs;
        ++produced;
        if (!sink(m_timeNs, frame)) {
            stopped = true;
        }
        return !stopped && produced < count;
    };
    const auto between = [this](std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(hi - lo + 1));
    };

    while (!stopped && produced < count) {
        const Site& site = kSites[random() % kSites.size()];
        const auto host = static_cast<std::uint8_t>(10 + random() % 200);
        const Ipv4Address client(192, 168, 1, host);
        const MacAddress clientMac(MacAddress::Bytes{0x02, 0x00, 0x00, 0x00, 0x01, host});
        const auto ipId = [this]() { return static_cast<std::uint16_t>(random()); };

        // DNS lookup (RFC 1035): an A query with EDNS, as dig and stub resolvers send it.
        const auto dnsId = static_cast<std::uint16_t>(random());
        const auto dnsPort = static_cast<std::uint16_t>(32768 + random() % 28000);
        const auto name = wire::DnsName::parse(site.name);
        if (!name) {
            return produced;
        }
        const auto query =
            wire::DnsMessage::query(dnsId, *name, wire::DnsType::A, wire::DnsClass::IN, true, 1232);
        auto answer = wire::DnsMessage::responseTo(query);
        answer.header.recursionAvailable = true;
        answer.answers.push_back(wire::DnsRecord::a(
            *name, static_cast<std::uint32_t>(60 + random() % 3600), site.address));
        const auto queryBytes = query.encode();
        const auto answerBytes = answer.encode();
        if (!queryBytes || !answerBytes) {
            return produced;
        }
        if (!emit(between(50'000, 2'000'000), wire::FrameBuilder::udpOverIpv4OverEthernet(
                                                  clientMac, kRouterMac, client, kResolver, dnsPort,
                                                  53, *queryBytes, 64, ipId())) ||
            !emit(between(1'000'000, 30'000'000), wire::FrameBuilder::udpOverIpv4OverEthernet(
                                                      kRouterMac, clientMac, kResolver, client, 53,
                                                      dnsPort, *answerBytes, 64, ipId()))) {
            break;
        }

        // HTTP/1.1 fetch over one TCP connection (RFC 9293 handshake and teardown, RFC 9112).
        const std::int64_t rtt = between(5'000'000, 60'000'000);
        const auto port = static_cast<std::uint16_t>(32768 + random() % 28000);
        const auto clientIsn = static_cast<std::uint32_t>(random());
        const auto serverIsn = static_cast<std::uint32_t>(random());
        const std::string request = std::string("GET ") + site.path +
                                    " HTTP/1.1\r\nHost: " + site.name +
                                    "\r\nUser-Agent: hopscope-bench/1.0\r\nAccept: */*\r\n\r\n";
        const std::string body = "<!doctype html><title>" + std::string(site.name) + "</title><p>" +
                                 std::string(static_cast<std::size_t>(100 + random() % 1000), 'x') +
                                 "</p>\n";
        const std::string response =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
            std::to_string(body.size()) + "\r\n\r\n" + body;
        const auto segment = [&](bool fromClient, std::uint16_t flags, std::uint32_t seq,
                                 std::uint32_t ack, bool synOptions) {
            wire::TcpSegment s;
            s.sourcePort = fromClient ? port : 80;
            s.destinationPort = fromClient ? 80 : port;
            s.sequenceNumber = seq;
            s.acknowledgmentNumber = ack;
            s.flags = flags;
            s.window = synOptions ? 64240 : 502;
            if (synOptions) {
                s.options = {wire::TcpOption::maximumSegmentSize(1460),
                             wire::TcpOption::sackPermitted(), wire::TcpOption::noOperation(),
                             wire::TcpOption::windowScale(7)};
            }
            return s;
        };
        const auto tcp = [&](std::int64_t gap, bool fromClient, std::uint16_t flags,
                             std::uint32_t seq, std::uint32_t ack, const std::string& data = {}) {
            const auto s = segment(fromClient, flags, seq, ack,
                                   (flags & static_cast<std::uint16_t>(wire::TcpFlag::Syn)) != 0);
            const auto frame =
                fromClient ? wire::FrameBuilder::tcpOverIpv4OverEthernet(clientMac, kRouterMac,
                                                                         client, site.address, s,
                                                                         bytesOf(data), 64, ipId())
                           : wire::FrameBuilder::tcpOverIpv4OverEthernet(kRouterMac, clientMac,
                                                                         site.address, client, s,
                                                                         bytesOf(data), 52, ipId());
            return emit(gap, frame);
        };
        using wire::TcpFlag;
        const std::uint16_t syn = static_cast<std::uint16_t>(TcpFlag::Syn);
        const std::uint16_t synAck = TcpFlag::Syn | TcpFlag::Ack;
        const std::uint16_t ack = static_cast<std::uint16_t>(TcpFlag::Ack);
        const std::uint16_t pshAck = TcpFlag::Psh | TcpFlag::Ack;
        const std::uint16_t finAck = TcpFlag::Fin | TcpFlag::Ack;
        const auto reqLen = static_cast<std::uint32_t>(request.size());
        const auto respLen = static_cast<std::uint32_t>(response.size());
        const std::uint32_t c1 = clientIsn + 1;
        const std::uint32_t s1 = serverIsn + 1;
        if (!tcp(between(100'000, 1'000'000), true, syn, clientIsn, 0) ||
            !tcp(rtt / 2, false, synAck, serverIsn, c1) || !tcp(rtt / 2, true, ack, c1, s1) ||
            !tcp(between(10'000, 100'000), true, pshAck, c1, s1, request) ||
            !tcp(rtt / 2, false, ack, s1, c1 + reqLen) ||
            !tcp(between(200'000, 5'000'000), false, pshAck, s1, c1 + reqLen, response) ||
            !tcp(rtt / 2, true, ack, c1 + reqLen, s1 + respLen) ||
            !tcp(between(1'000'000, 20'000'000), true, finAck, c1 + reqLen, s1 + respLen) ||
            !tcp(rtt / 2, false, finAck, s1 + respLen, c1 + reqLen + 1) ||
            !tcp(rtt / 2, true, ack, c1 + reqLen + 1, s1 + respLen + 1)) {
            break;
        }
    }
    return produced;
}

} // namespace hopscope::cli
