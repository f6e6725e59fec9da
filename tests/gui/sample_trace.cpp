// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "sample_trace.h"

#include "wire/dns_message.h"
#include "wire/frame_builder.h"

#include <stdexcept>
#include <string>

namespace hopscope::gui::test {

namespace {

using wire::DnsMessage;
using wire::DnsName;
using wire::DnsRecord;
using wire::DnsType;
using wire::FrameBuilder;
using wire::Ipv4Address;
using wire::MacAddress;

struct Node {
    const char* id;
    Ipv4Address ip;
    MacAddress mac;
};

Ipv4Address ip(const char* text) {
    return *Ipv4Address::parse(text);
}
MacAddress mac(std::uint8_t last) {
    return MacAddress({0x02, 0x00, 0x5e, 0x10, 0x00, last});
}
DnsName name(const char* text) {
    return *DnsName::parse(text);
}

const Node kClient{"client", ip("192.168.1.23"), mac(0x23)};
const Node kResolver{"resolver", ip("192.168.1.53"), mac(0x53)};
const Node kRoot{"root-a", ip("198.41.0.4"), mac(0x04)};
const Node kTld{"tld-com", ip("192.5.6.30"), mac(0x30)};
const Node kAuth{"ns1.foobar.com", ip("203.0.113.53"), mac(0x35)};
const Node kWeb{"web-1", ip("203.0.113.80"), mac(0x80)};

std::vector<std::uint8_t> bytes(const DnsMessage& m) {
    auto out = m.encode();
    if (!out) {
        throw std::logic_error("sample DNS message does not encode");
    }
    return *out;
}

trace::EventData udp(std::int64_t t, const Node& from, const Node& to, std::uint16_t sport,
                     std::uint16_t dport, const std::vector<std::uint8_t>& payload,
                     const char* summary, const char* note) {
    trace::EventData e;
    e.timeNs = t;
    e.source = trace::SourceKind::Lab;
    e.from = from.id;
    e.to = to.id;
    e.linkType = wire::LinkType::Ethernet;
    e.frame = FrameBuilder::udpOverIpv4OverEthernet(from.mac, to.mac, from.ip, to.ip, sport, dport,
                                                    payload);
    e.protocol = "DNS";
    e.summary = summary;
    e.note = note;
    return e;
}

trace::EventData tcp(std::int64_t t, const Node& from, const Node& to, std::uint16_t sport,
                     std::uint16_t dport, std::uint16_t flags, std::uint32_t seq, std::uint32_t ack,
                     const std::string& payload, const char* protocol, const char* summary,
                     const char* note) {
    wire::TcpSegment s;
    s.sourcePort = sport;
    s.destinationPort = dport;
    s.sequenceNumber = seq;
    s.acknowledgmentNumber = ack;
    s.flags = flags;
    s.window = 64240;
    const std::vector<std::uint8_t> data(payload.begin(), payload.end());
    trace::EventData e;
    e.timeNs = t;
    e.source = trace::SourceKind::Lab;
    e.from = from.id;
    e.to = to.id;
    e.frame = FrameBuilder::tcpOverIpv4OverEthernet(from.mac, to.mac, from.ip, to.ip, s, data);
    e.protocol = protocol;
    e.summary = summary;
    e.note = note;
    return e;
}

} // namespace

void SampleTrace::appendTo(trace::Trace& into, std::int64_t offsetNs) {
    using wire::TcpFlag;
    const DnsMessage stub = DnsMessage::query(0x1a2b, name("www.foobar.com"), DnsType::A);
    DnsMessage iter =
        DnsMessage::query(0x3c4d, name("www.foobar.com"), DnsType::A, wire::DnsClass::IN, false);
    DnsMessage rootReply = DnsMessage::responseTo(iter);
    rootReply.authorities.push_back(DnsRecord::ns(name("com"), 172800, name("a.gtld-servers.net")));
    rootReply.additionals.push_back(DnsRecord::a(name("a.gtld-servers.net"), 172800, kTld.ip));
    DnsMessage tldReply = DnsMessage::responseTo(iter);
    tldReply.authorities.push_back(
        DnsRecord::ns(name("foobar.com"), 172800, name("ns1.foobar.com")));
    tldReply.additionals.push_back(DnsRecord::a(name("ns1.foobar.com"), 172800, kAuth.ip));
    DnsMessage authReply = DnsMessage::responseTo(iter);
    authReply.header.authoritative = true;
    authReply.answers.push_back(DnsRecord::cname(name("www.foobar.com"), 300, name("foobar.com")));
    authReply.answers.push_back(DnsRecord::a(name("foobar.com"), 300, kWeb.ip));
    DnsMessage stubReply = DnsMessage::responseTo(stub);
    stubReply.header.recursionAvailable = true;
    stubReply.answers = authReply.answers;

    const std::int64_t t = offsetNs;
    into.append(udp(t + 0, kClient, kResolver, 51000, 53, bytes(stub), "A? www.foobar.com",
                    "The laptop asks its resolver for the address of www.foobar.com."));
    into.append(udp(t + 180'000, kResolver, kRoot, 40001, 53, bytes(iter), "A? www.foobar.com",
                    "The resolver does not know it yet, so it starts at a root server."));
    into.append(udp(t + 12'400'000, kRoot, kResolver, 53, 40001, bytes(rootReply),
                    "referral: com NS a.gtld-servers.net",
                    "The root server refers the resolver to the .com servers."));
    into.append(udp(t + 12'600'000, kResolver, kTld, 40002, 53, bytes(iter), "A? www.foobar.com",
                    "The resolver asks a .com server."));
    into.append(udp(t + 31'900'000, kTld, kResolver, 53, 40002, bytes(tldReply),
                    "referral: foobar.com NS ns1.foobar.com",
                    "The .com server refers it to the servers for foobar.com."));
    into.append(udp(t + 32'100'000, kResolver, kAuth, 40003, 53, bytes(iter), "A? www.foobar.com",
                    "The resolver asks foobar.com's own server."));
    into.append(udp(t + 47'300'000, kAuth, kResolver, 53, 40003, bytes(authReply),
                    "www.foobar.com CNAME foobar.com, A 203.0.113.80",
                    "The authoritative answer: www is another name for foobar.com, at "
                    "203.0.113.80."));
    into.append(udp(t + 47'500'000, kResolver, kClient, 53, 51000, bytes(stubReply),
                    "A 203.0.113.80", "The resolver caches the answer and passes it on."));
    into.append(tcp(t + 48'000'000, kClient, kWeb, 52344, 80,
                    static_cast<std::uint16_t>(TcpFlag::Syn), 1000, 0, "", "TCP", "SYN seq=0",
                    "The laptop asks the web server to talk."));
    into.append(tcp(t + 60'000'000, kWeb, kClient, 80, 52344, TcpFlag::Syn | TcpFlag::Ack, 5000,
                    1001, "", "TCP", "SYN-ACK seq=0 ack=1", "The web server agrees."));
    into.append(tcp(t + 60'200'000, kClient, kWeb, 52344, 80,
                    static_cast<std::uint16_t>(TcpFlag::Ack), 1001, 5001, "", "TCP", "ACK ack=1",
                    "The connection is open."));
    const std::string get =
        "GET / HTTP/1.1\r\nHost: www.foobar.com\r\nUser-Agent: hopscope\r\n\r\n";
    into.append(tcp(t + 60'400'000, kClient, kWeb, 52344, 80, TcpFlag::Psh | TcpFlag::Ack, 1001,
                    5001, get, "HTTP", "GET /", "The browser asks for the page."));
    const std::string ok =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n"
        "<h1>Hi!</h1>\n";
    into.append(tcp(t + 72'800'000, kWeb, kClient, 80, 52344, TcpFlag::Psh | TcpFlag::Ack, 5001,
                    1001 + static_cast<std::uint32_t>(get.size()), ok, "HTTP", "200 OK",
                    "The page arrives."));
}

std::shared_ptr<trace::Trace> SampleTrace::lookupAndFetch() {
    auto t = std::make_shared<trace::Trace>();
    appendTo(*t);
    return t;
}

std::shared_ptr<trace::Trace> SampleTrace::bulk(std::size_t count) {
    auto t = std::make_shared<trace::Trace>();
    const Node* hosts[] = {&kClient, &kResolver, &kRoot, &kTld, &kAuth, &kWeb};
    const std::vector<std::uint8_t> payload(32, 0x42);
    for (std::size_t i = 0; i < count; ++i) {
        const Node& a = *hosts[i % 6];
        const Node& b = *hosts[(i * 7 + 1) % 6];
        trace::EventData e;
        e.timeNs = static_cast<std::int64_t>(i) * 1000;
        e.source = trace::SourceKind::Lab;
        e.from = a.id;
        e.to = b.id;
        e.frame =
            FrameBuilder::udpOverIpv4OverEthernet(a.mac, b.mac, a.ip, b.ip, 40000, 9, payload);
        e.protocol = "UDP";
        e.summary = "packet " + std::to_string(i + 1);
        t->append(std::move(e));
    }
    return t;
}

} // namespace hopscope::gui::test
