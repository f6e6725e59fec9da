// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// DissectDetail::Summary skips the fields, and nothing else: for every frame (golden ones, DNS
// and HTTP traffic, and every prefix and single-byte corruption of them) it must find the same
// layers, protocol, info and problem as DissectDetail::Full.
#include "dissector_golden.h"
#include "wire/dissector.h"
#include "wire/dns_message.h"
#include "wire/frame_builder.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

const MacAddress kMacA(MacAddress::Bytes{2, 0, 0, 0, 0, 1});
const MacAddress kMacB(MacAddress::Bytes{2, 0, 0, 0, 0, 2});
const Ipv4Address kClient(127, 0, 0, 1);
const Ipv4Address kServer(127, 0, 0, 53);

// The first value of the first of these fields the dissection has (what a packet list shows).
std::string firstField(const Dissection& d, std::initializer_list<const char*> filters) {
    for (const char* f : filters) {
        const auto found = d.find(f);
        if (!found.empty() && !found.front()->value.empty()) {
            return found.front()->value;
        }
    }
    return {};
}

// Returns false (after reporting) at the first difference, so a broken frame reports once.
bool expectSummaryMatchesFull(LinkType link, std::span<const std::uint8_t> frame,
                              const std::string& where) {
    const Dissection full = dissect(link, frame, DissectDetail::Full);
    const Dissection summary = dissect(link, frame, DissectDetail::Summary);
    const Dissection byDefault = dissect(link, frame);
    bool same =
        summary.protocol == full.protocol && summary.info == full.info &&
        summary.problem == full.problem && summary.layers.size() == full.layers.size() &&
        byDefault.layers.size() == full.layers.size() && summary.source == full.source &&
        summary.destination == full.destination &&
        full.source == firstField(full, {"ip.src", "ipv6.src", "arp.src.proto_ipv4", "eth.src"}) &&
        full.destination ==
            firstField(full, {"ip.dst", "ipv6.dst", "arp.dst.proto_ipv4", "eth.dst"});
    for (std::size_t i = 0; same && i < full.layers.size(); ++i) {
        const Layer& f = full.layers[i];
        const Layer& s = summary.layers[i];
        same = s.protocol == f.protocol && s.name == f.name && s.osi == f.osi &&
               s.tcpip == f.tcpip && s.byteOffset == f.byteOffset && s.byteLength == f.byteLength &&
               s.fields.empty() && s.summary.empty() &&
               byDefault.layers[i].fields.size() == f.fields.size();
    }
    if (!same) {
        std::string fullLayers;
        std::string summaryLayers;
        for (const auto& l : full.layers) {
            fullLayers += l.protocol + '@' + std::to_string(l.byteOffset) + '+' +
                          std::to_string(l.byteLength) + ' ';
        }
        for (const auto& l : summary.layers) {
            summaryLayers += l.protocol + '@' + std::to_string(l.byteOffset) + '+' +
                             std::to_string(l.byteLength) + (l.fields.empty() ? " " : "(fields) ");
        }
        ADD_FAILURE() << where << "\n endpoints: " << full.source << " > " << full.destination
                      << " (summary " << summary.source << " > " << summary.destination << ")"
                      << "\n full:    " << full.protocol << " | " << full.info << " | "
                      << full.problem << " | " << fullLayers << "\n summary: " << summary.protocol
                      << " | " << summary.info << " | " << summary.problem << " | "
                      << summaryLayers;
    }
    return same;
}

// The frame, every prefix of it, and every single-byte corruption of it.
void expectSummaryMatchesFullAround(LinkType link, const Bytes& frame, const std::string& name) {
    if (!expectSummaryMatchesFull(link, frame, name)) {
        return;
    }
    for (std::size_t len = 0; len < frame.size(); ++len) {
        if (!expectSummaryMatchesFull(link, std::span(frame).first(len),
                                      name + " cut at " + std::to_string(len))) {
            return;
        }
    }
    Bytes bent = frame;
    for (std::size_t i = 0; i < frame.size(); ++i) {
        for (const std::uint8_t flip : {0x01, 0x80, 0xff}) {
            bent[i] = static_cast<std::uint8_t>(frame[i] ^ flip);
            if (!expectSummaryMatchesFull(link, bent,
                                          name + " with byte " + std::to_string(i) + " ^ " +
                                              std::to_string(flip))) {
                return;
            }
        }
        bent[i] = frame[i];
    }
}

DnsName name(const char* text) {
    return *DnsName::parse(text);
}

Bytes bytesOf(std::string_view s) {
    return {s.begin(), s.end()};
}

Bytes httpFrame(std::string_view payload, bool fromServer) {
    TcpSegment seg;
    seg.sourcePort = fromServer ? 80 : 40000;
    seg.destinationPort = fromServer ? 40000 : 80;
    seg.sequenceNumber = 1000;
    seg.acknowledgmentNumber = 2000;
    seg.flags = static_cast<std::uint16_t>(TcpFlag::Psh) | static_cast<std::uint16_t>(TcpFlag::Ack);
    seg.window = 65535;
    return FrameBuilder::tcpOverIpv4OverEthernet(kMacA, kMacB, fromServer ? kServer : kClient,
                                                 fromServer ? kClient : kServer, seg,
                                                 bytesOf(payload));
}

TEST(DissectDetail, SummaryOfEveryGoldenFrameMatchesItsFullDissection) {
    for (const auto& g : golden::kGoldenFrames) {
        expectSummaryMatchesFullAround(g.link, golden::fromHex(g.hex), g.name);
    }
}

TEST(DissectDetail, SummaryOfDnsTrafficMatchesItsFullDissection) {
    const DnsMessage query =
        DnsMessage::query(0x1a2b, name("www.foobar.com"), DnsType::A, DnsClass::IN, true, 1232);
    DnsMessage reply = DnsMessage::responseTo(query);
    reply.answers = {DnsRecord::cname(name("www.foobar.com"), 300, name("foobar.com")),
                     DnsRecord::a(name("foobar.com"), 300, Ipv4Address(198, 51, 100, 10))};
    reply.authorities = {DnsRecord::ns(name("foobar.com"), 3600, name("ns1.foobar.com")),
                         DnsRecord::soa(name("foobar.com"), 3600,
                                        {name("ns1.foobar.com"), name("admin.foobar.com"), 7, 3600,
                                         600, 86400, 60})};
    reply.additionals.push_back(DnsRecord::mx(name("foobar.com"), 60, 10, name("mx.foobar.com")));
    reply.additionals.push_back(DnsRecord::txt(name("foobar.com"), 60, {"v=spf1 -all", "x"}));
    reply.additionals.push_back(
        DnsRecord::srv(name("_sip._tcp.foobar.com"), 60, 1, 2, 5060, name("sip.foobar.com")));
    for (const DnsMessage& m : {query, reply}) {
        const Bytes message = *m.encode();
        const bool isReply = m.header.response;
        expectSummaryMatchesFullAround(
            LinkType::Ethernet,
            FrameBuilder::udpOverIpv4OverEthernet(kMacA, kMacB, isReply ? kServer : kClient,
                                                  isReply ? kClient : kServer, isReply ? 53 : 40000,
                                                  isReply ? 40000 : 53, message),
            isReply ? "DNS reply over UDP" : "DNS query over UDP");
        // Over TCP: two length-prefixed messages in one segment (RFC 7766).
        Bytes stream;
        for (int i = 0; i < 2; ++i) {
            stream.push_back(static_cast<std::uint8_t>(message.size() >> 8));
            stream.push_back(static_cast<std::uint8_t>(message.size() & 0xff));
            stream.insert(stream.end(), message.begin(), message.end());
        }
        TcpSegment seg;
        seg.sourcePort = isReply ? 53 : 40000;
        seg.destinationPort = isReply ? 40000 : 53;
        seg.flags =
            static_cast<std::uint16_t>(TcpFlag::Psh) | static_cast<std::uint16_t>(TcpFlag::Ack);
        expectSummaryMatchesFull(
            LinkType::Ethernet,
            FrameBuilder::tcpOverIpv4OverEthernet(kMacA, kMacB, kClient, kServer, seg, stream),
            "DNS over TCP");
    }
}

TEST(DissectDetail, SummaryOfHttpTrafficMatchesItsFullDissection) {
    const char* requests[] = {
        "GET /index.html?a=1&b=2 HTTP/1.1\r\nHost: www.foobar.com\r\nCookie: a=b; c=d\r\n\r\n",
        "POST /api HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 27\r\n\r\n{\"a\": [1, \"t\\u0041\", null]}",
        "POST /f HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /two HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET /partial HTTP/1.1\r\nHost: a\r\nUser-Ag",
    };
    const char* responses[] = {
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 12\r\n\r\n<p>hi</p>\r\n\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"a\":1} x",
        "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\n\x89PNG",
        "HTTP/1.1 200 OK\r\nContent-Type: multipart/mixed; boundary=XX\r\n"
        "Content-Length: 4\r\n\r\nnone",
        "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 4\r\n\r\n<a/>",
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5\r\nhello\r\n0\r\n\r\n",
        "HTTP/1.1 404 Not Found\r\nContent-Length: 100\r\n\r\ncut short",
        "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    };
    for (const char* r : requests) {
        expectSummaryMatchesFullAround(LinkType::Ethernet, httpFrame(r, false), r);
    }
    for (const char* r : responses) {
        expectSummaryMatchesFullAround(LinkType::Ethernet, httpFrame(r, true), r);
    }
}

} // namespace
} // namespace hopscope::wire
