// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_trace_recorder.h"

#include "wire/dns_message.h"
#include "wire/dns_tcp_deframer.h"
#include "wire/frame_builder.h"
#include "wire/tcp_segment.h"

#include <algorithm>

namespace hopscope::engine {

namespace {

std::string stripDot(std::string text) {
    if (text.size() > 1 && text.back() == '.') {
        text.pop_back();
    }
    return text;
}

constexpr std::size_t kMaxSummaryRecords = 3;
constexpr std::uint16_t kTcpWindow = 65535;

} // namespace

DnsTraceRecorder::DnsTraceRecorder(std::shared_ptr<trace::Trace> trace, const trace::Clock& clock)
    : m_trace(std::move(trace)), m_clock(clock) {
    if (!m_trace) {
        m_trace = std::make_shared<trace::Trace>();
    }
    // Continue after whatever the trace already holds, so it stays in time order.
    const std::int64_t now = m_clock.nowNs();
    const std::size_t size = m_trace->size();
    m_originNs = size == 0 ? now : now - (m_trace->at(size - 1).timeNs() + 1);
}

std::string DnsTraceRecorder::bareName(const wire::DnsName& name) {
    if (name.isRoot()) {
        return ".";
    }
    std::string text = name.toText();
    if (!text.empty() && text.back() == '.') {
        text.pop_back();
    }
    return text;
}

wire::MacAddress DnsTraceRecorder::macFor(const wire::Ipv4Address& display) {
    const auto b = display.bytes();
    return wire::MacAddress(wire::MacAddress::Bytes{0x02, 0x00, b[0], b[1], b[2], b[3]});
}

void DnsTraceRecorder::record(const DnsNode& from, std::uint16_t fromPort, const DnsNode& to,
                              std::uint16_t toPort, dns::Transport transport,
                              std::span<const std::uint8_t> message, std::string note) {
    trace::EventData data;
    data.source = trace::SourceKind::Live;
    data.from = from.name;
    data.to = to.name;
    data.linkType = wire::LinkType::Ethernet;
    data.protocol = "DNS";
    data.summary = summarize(message);
    data.note = std::move(note);
    const auto srcMac = macFor(from.displayAddress);
    const auto dstMac = macFor(to.displayAddress);

    std::lock_guard lock(m_mutex);
    const std::uint16_t ipId = m_ipId++;
    if (transport == dns::Transport::Udp) {
        data.frame = wire::FrameBuilder::udpOverIpv4OverEthernet(
            srcMac, dstMac, from.displayAddress, to.displayAddress, fromPort, toPort, message, 64,
            ipId);
    } else {
        const auto framed =
            wire::DnsTcpDeframer::frame(message).value_or(std::vector<std::uint8_t>{});
        const TcpStreamNumbers::Numbers numbers = m_tcpNumbers.take(
            from.displayAddress, fromPort, to.displayAddress, toPort, framed.size());
        wire::TcpSegment segment;
        segment.sourcePort = fromPort;
        segment.destinationPort = toPort;
        segment.sequenceNumber = numbers.sequence;
        segment.acknowledgmentNumber = numbers.acknowledgment;
        segment.set(wire::TcpFlag::Psh);
        segment.set(wire::TcpFlag::Ack);
        segment.window = kTcpWindow;
        data.frame = wire::FrameBuilder::tcpOverIpv4OverEthernet(
            srcMac, dstMac, from.displayAddress, to.displayAddress, segment, framed, 64, ipId);
    }
    data.timeNs = std::max<std::int64_t>(0, m_clock.nowNs() - m_originNs);
    const std::size_t size = m_trace->size();
    if (size > 0) {
        data.timeNs = std::max(data.timeNs, m_trace->at(size - 1).timeNs());
    }
    m_trace->append(std::move(data));
}

std::string DnsTraceRecorder::summarize(std::span<const std::uint8_t> message) {
    const auto decoded = wire::DnsMessage::decode(message);
    if (!decoded.ok()) {
        return "malformed DNS message (" + std::to_string(message.size()) + " bytes)";
    }
    const wire::DnsMessage& m = *decoded.message;
    const std::string question =
        m.questions.empty() ? std::string{} : bareName(m.questions.front().name);
    if (!m.header.response) {
        if (m.header.opcode != 0) {
            return wire::dnsOpcodeName(m.header.opcode) + ' ' + question;
        }
        if (m.questions.empty()) {
            return "query without a question";
        }
        return wire::dnsTypeName(m.questions.front().type) + "? " + question;
    }
    const wire::DnsRcode rcode = m.rcode();
    if (rcode != wire::DnsRcode::NoError) {
        return wire::dnsRcodeName(rcode);
    }
    if (m.header.truncated && m.answers.empty()) {
        return "truncated (TC)";
    }
    if (!m.answers.empty()) {
        std::string text;
        std::size_t shown = 0;
        for (const auto& record : m.answers) {
            if (shown == kMaxSummaryRecords) {
                text += ", +" + std::to_string(m.answers.size() - shown) + " more";
                break;
            }
            if (!text.empty()) {
                text += ", ";
            }
            text += wire::dnsTypeName(record.type()) + ' ' + stripDot(record.rdataToPresentation());
            ++shown;
        }
        return text;
    }
    const auto ns = std::find_if(m.authorities.begin(), m.authorities.end(),
                                 [](const auto& r) { return r.type() == wire::DnsType::NS; });
    if (!m.header.authoritative && ns != m.authorities.end()) {
        return "referral to " + ns->name.toText();
    }
    return "NODATA";
}

} // namespace hopscope::engine
