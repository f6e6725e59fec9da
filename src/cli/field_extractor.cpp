// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "field_extractor.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <string_view>
#include <tuple>
#include <utility>

namespace hopscope::cli {

namespace {

constexpr std::uint16_t kFin = 0x001;
constexpr std::uint16_t kSyn = 0x002;
constexpr std::uint16_t kAck = 0x010;

const wire::Field* first(const wire::Dissection& d, const char* filter) {
    const auto found = d.find(filter);
    return found.empty() ? nullptr : found.front();
}

template <typename T> std::optional<T> number(const wire::Dissection& d, const char* filter) {
    const wire::Field* f = first(d, filter);
    if (f == nullptr) {
        return std::nullopt;
    }
    const std::string& v = f->value;
    int base = 10;
    const char* begin = v.data();
    if (v.size() > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X')) {
        base = 16;
        begin += 2;
    }
    T out{};
    const auto [ptr, ec] = std::from_chars(begin, v.data() + v.size(), out, base);
    if (ec != std::errc() || ptr != v.data() + v.size()) {
        return std::nullopt;
    }
    return out;
}

// A value tshark prints when known, nothing otherwise.
template <typename T> std::vector<std::string> valueIfKnown(const std::optional<T>& v) {
    return v ? std::vector<std::string>{std::to_string(*v)} : std::vector<std::string>{};
}

std::string addressOf(const wire::Dissection& d, const char* v4, const char* v6) {
    if (const auto* f = first(d, v4)) {
        return f->value;
    }
    if (const auto* f = first(d, v6)) {
        return f->value;
    }
    return {};
}

} // namespace

std::string FieldExtractor::seconds(std::int64_t ns) {
    char buf[48];
    const bool negative = ns < 0;
    const std::uint64_t abs =
        negative ? static_cast<std::uint64_t>(-(ns + 1)) + 1 : static_cast<std::uint64_t>(ns);
    std::snprintf(buf, sizeof buf, "%s%llu.%09llu", negative ? "-" : "",
                  static_cast<unsigned long long>(abs / 1'000'000'000),
                  static_cast<unsigned long long>(abs % 1'000'000'000));
    return buf;
}

std::string FieldExtractor::epochSeconds(std::int64_t ns) {
    if (ns >= 0) {
        return seconds(ns);
    }
    // Wireshark keeps absolute times as whole seconds (rounded down) plus positive nanoseconds
    // and prints the two parts, so -4.999995232 s shows as "-5.000004768".
    const std::int64_t whole = ns / 1'000'000'000 - (ns % 1'000'000'000 != 0 ? 1 : 0);
    const std::int64_t frac = ns - whole * 1'000'000'000;
    char buf[48];
    std::snprintf(buf, sizeof buf, "-%lld.%09lld", -static_cast<long long>(whole),
                  static_cast<long long>(frac));
    return buf;
}

bool FieldExtractor::knowsProtocolOf(std::string_view field) {
    // "frame" is ours; the rest are the layers the dissectors add ("ethertype" is the step
    // protocolChain() names between a link header and its payload, "raw" a raw-IP frame's).
    static constexpr std::string_view kProtocols[] = {
        "frame",
        "raw",
        "eth",
        "vlan",
        "ethertype",
        "sll",
        "arp",
        "ip",
        "ipv6",
        "icmp",
        "udp",
        "tcp",
        "dns",
        "http",
        "data",
        "data-text-lines",
        "json",
        "xml",
        "urlencoded-form",
        "mime_multipart",
        "media",
    };
    const std::string_view protocol = field.substr(0, field.find('.'));
    return std::find(std::begin(kProtocols), std::end(kProtocols), protocol) !=
           std::end(kProtocols);
}

std::string FieldExtractor::protocolChain(wire::LinkType link, const wire::Dissection& dissection) {
    // A raw-IP frame has no link header for the dissector to show, but Wireshark still lists
    // its "raw" pseudo-protocol first.
    std::string chain = link == wire::LinkType::Raw && (dissection.layers.empty() ||
                                                        dissection.layers.front().protocol != "raw")
                            ? "raw"
                            : "";
    for (const auto& layer : dissection.layers) {
        if (!chain.empty()) {
            chain += ':';
        }
        chain += layer.protocol;
        // Wireshark dissects an EtherType as a protocol of its own between the header that
        // carries it and the payload (eth:ethertype:ip, sll:ethertype:ip, vlan:ethertype:ip);
        // an 802.3 length or a cooked header's non-EtherType protocol has none.
        const bool etherType =
            std::any_of(layer.fields.begin(), layer.fields.end(), [&](const auto& f) {
                return f.filter == layer.protocol + ".type" ||
                       f.filter == layer.protocol + ".etype";
            });
        if (etherType && &layer != &dissection.layers.back()) {
            chain += ":ethertype";
        }
    }
    return chain;
}

void FieldExtractor::next(const wire::CapturePacket& packet, const wire::Dissection& dissection) {
    m_dissection = &dissection;
    m_previousNs = m_timeNs;
    ++m_number;
    m_length = packet.originalLength;
    m_capLength = static_cast<std::uint32_t>(packet.data.size());
    m_timeNs = packet.hasTime ? packet.timeNs : 0;
    m_hasTime = packet.hasTime;
    if (m_number == 1) {
        m_firstNs = m_timeNs;
        m_previousNs = m_timeNs;
    }
    m_protocols = protocolChain(packet.linkType, dissection);
    m_comments = packet.comments;

    m_conversation.reset();
    m_tcpStream.reset();
    m_udpStream.reset();
    const std::string src = addressOf(dissection, "ip.src", "ipv6.src");
    const std::string dst = addressOf(dissection, "ip.dst", "ipv6.dst");
    if (!src.empty() && !dst.empty()) {
        if (dissection.layer("tcp") != nullptr) {
            trackTcp(dissection, src, dst);
        } else if (dissection.layer("udp") != nullptr) {
            trackUdp(dissection, src, dst);
        }
    }
    // Wireshark hands a segment the analysis calls a retransmission (plain or spurious) or out
    // of order to no dissector above TCP (packet-tcp.c, desegment_tcp() and
    // process_tcp_payload()): its data was, or will be, dissected with the original, and
    // protocols that need their bytes in order would be misled. So its fields and protocols
    // end at TCP.
    constexpr std::uint32_t kNotDissected = TcpFrameAnalysis::Retransmission |
                                            TcpFrameAnalysis::SpuriousRetransmission |
                                            TcpFrameAnalysis::OutOfOrder;
    if (m_tcpStream && m_tcpPayload > 0 && (m_tcpAnalysis.flags & kNotDissected) != 0) {
        m_upToTcp.layers.clear();
        for (const auto& layer : dissection.layers) {
            m_upToTcp.layers.push_back(layer);
            if (layer.protocol == "tcp") {
                break;
            }
        }
        m_dissection = &m_upToTcp;
        m_protocols = protocolChain(packet.linkType, m_upToTcp);
    }
}

void FieldExtractor::trackUdp(const wire::Dissection& d, const std::string& src,
                              const std::string& dst) {
    const auto sport = number<std::uint16_t>(d, "udp.srcport");
    const auto dport = number<std::uint16_t>(d, "udp.dstport");
    if (!sport || !dport) {
        return;
    }
    const bool forward = std::tie(src, *sport) <= std::tie(dst, *dport);
    Conversation c{"UDP", forward ? src : dst, forward ? *sport : *dport, forward ? dst : src,
                   forward ? *dport : *sport};
    const std::string key = c.addressA + '|' + std::to_string(c.portA) + '|' + c.addressB + '|' +
                            std::to_string(c.portB);
    const auto [it, inserted] = m_udp.try_emplace(key, m_nextUdpStream);
    if (inserted) {
        ++m_nextUdpStream;
    }
    m_udpStream = it->second;
    m_conversation = std::move(c);
}

// Mirrors Wireshark's packet-tcp.c (4.0): a direction's base is the SYN's sequence number, or
// one less than the first segment seen without a SYN; the other direction's base can also come
// from the first ACK (ack - 1). A SYN with a new sequence number on a known 4-tuple starts a
// new stream (port reuse).
void FieldExtractor::trackTcp(const wire::Dissection& d, const std::string& src,
                              const std::string& dst) {
    const auto sport = number<std::uint16_t>(d, "tcp.srcport");
    const auto dport = number<std::uint16_t>(d, "tcp.dstport");
    const auto seq = number<std::uint32_t>(d, "tcp.seq_raw");
    const auto ack = number<std::uint32_t>(d, "tcp.ack_raw");
    const auto flags = number<std::uint16_t>(d, "tcp.flags");
    const auto len = number<std::uint32_t>(d, "tcp.len");
    if (!sport || !dport || !seq || !ack || !flags || !len) {
        return;
    }
    const bool forward = std::tie(src, *sport) <= std::tie(dst, *dport);
    Conversation c{"TCP", forward ? src : dst, forward ? *sport : *dport, forward ? dst : src,
                   forward ? *dport : *sport};
    const std::string key = c.addressA + '|' + std::to_string(c.portA) + '|' + c.addressB + '|' +
                            std::to_string(c.portB);
    const int dir = forward ? 0 : 1;
    auto it = m_tcp.find(key);
    const bool syn = (*flags & kSyn) != 0;
    const bool hasAck = (*flags & kAck) != 0;
    bool reusedPorts = false;
    bool synRetransmission = false;
    if (it == m_tcp.end()) {
        it = m_tcp.emplace(key, TcpState{m_nextTcpStream++, {}, TcpConversationAnalysis(m_timeNs)})
                 .first;
    } else if (syn && !hasAck && it->second.flows[dir].baseSet) {
        if (it->second.flows[dir].base != *seq) {
            it->second = TcpState{m_nextTcpStream++, {}, TcpConversationAnalysis(m_timeNs)};
            reusedPorts = true;
        } else {
            synRetransmission = true;
        }
    }
    TcpState& state = it->second;
    TcpFlow& fwd = state.flows[dir];
    TcpFlow& rev = state.flows[1 - dir];
    // A SYN/ACK with another ISN than the one known for its side: Wireshark takes the new one
    // (its issue 16944) and flags the ports as reused.
    if (syn && hasAck && fwd.baseSet && fwd.base != *seq) {
        fwd.base = *seq;
        reusedPorts = true;
    }
    if (!fwd.baseSet) {
        fwd.base = syn ? *seq : *seq - 1;
        fwd.baseSet = true;
    }
    if (hasAck && !rev.baseSet) {
        rev.base = *ack - 1;
        rev.baseSet = true;
    }
    m_tcpStream = state.stream;
    m_tcpSeq = *seq - fwd.base;
    m_tcpAck = hasAck ? *ack - rev.base : *ack;
    m_tcpNxtseq = m_tcpSeq + *len + (syn ? 1U : 0U) + ((*flags & kFin) != 0 ? 1U : 0U);
    m_tcpPayload = *len;

    // The analysis sees the header before this segment's options change the window scale.
    TcpConversationAnalysis::Segment segment;
    segment.frame = m_number;
    segment.timeNs = m_timeNs;
    segment.seq = *seq;
    segment.ack = *ack;
    segment.length = *len;
    segment.flags = *flags;
    segment.window = number<std::uint32_t>(d, "tcp.window_size_value").value_or(0);
    segment.hasSackOption = first(d, "tcp.options.sack") != nullptr;
    if (segment.hasSackOption) {
        const auto lefts = d.find("tcp.options.sack_le");
        const auto rights = d.find("tcp.options.sack_re");
        for (std::size_t i = 0; i < lefts.size() && i < rights.size(); ++i) {
            std::uint32_t left = 0;
            std::uint32_t right = 0;
            const auto& l = lefts[i]->value;
            const auto& r = rights[i]->value;
            std::from_chars(l.data(), l.data() + l.size(), left);
            std::from_chars(r.data(), r.data() + r.size(), right);
            segment.sack.emplace_back(left, right);
        }
    }
    const std::uint32_t bases[2] = {state.flows[0].base, state.flows[1].base};
    const int winScales[2] = {state.flows[0].winScale, state.flows[1].winScale};
    m_tcpAnalysis =
        state.analysis.analyze(segment, dir, bases, winScales, synRetransmission, reusedPorts);
    trackWindow(d, syn, hasAck, fwd, rev);
    m_conversation = std::move(c);
}

// As packet-tcp.c (4.0) does: a SYN's window is never scaled (RFC 7323 section 2.2) but sets
// its direction's shift (at most 14); a handshake in which either side sent no Window Scale
// option uses no scaling at all. Until a SYN is seen the shift is unknown and the window is
// shown as it is on the wire.
void FieldExtractor::trackWindow(const wire::Dissection& d, bool syn, bool synAck, TcpFlow& fwd,
                                 TcpFlow& rev) {
    m_tcpWindow = number<std::uint32_t>(d, "tcp.window_size_value");
    m_tcpScaleFactor.reset();
    if (syn) {
        if (const auto shift = number<int>(d, "tcp.options.wscale.shift")) {
            fwd.winScale = std::min(*shift, 14);
        }
        if (fwd.winScale == -1) {
            fwd.winScale = -2;
            rev.winScale = -2;
        } else if (synAck && rev.winScale == -2) {
            fwd.winScale = -2;
        }
        return;
    }
    if (fwd.winScale >= 0) {
        if (m_tcpWindow) {
            *m_tcpWindow <<= fwd.winScale;
        }
        m_tcpScaleFactor = 1 << fwd.winScale;
    } else {
        m_tcpScaleFactor = fwd.winScale;
    }
}

// The Timestamps and SEQ/ACK analysis subtrees as packet-tcp.c (4.0) fills them in: times
// are FT_RELATIVE_TIME (seconds with nine decimals), frames FT_FRAMENUM, and the FT_NONE items
// (tcp.analysis, tcp.analysis.flags, each expert info) print "1" in fields mode. A value is
// shown only when Wireshark adds it: the round trip only when not zero, bytes in flight only
// when not zero, the flags only when one is set.
std::vector<std::string> FieldExtractor::tcpAnalysisValues(const std::string& field) const {
    using F = TcpFrameAnalysis;
    const TcpFrameAnalysis& a = m_tcpAnalysis;
    if (field == "tcp.time_relative") {
        return {seconds(a.timeRelativeNs)};
    }
    if (field == "tcp.time_delta") {
        return {seconds(a.timeDeltaNs)};
    }
    if (!a.present) {
        return {};
    }
    const auto when = [](bool shown, std::string value) {
        return shown ? std::vector<std::string>{std::move(value)} : std::vector<std::string>{};
    };
    if (field == "tcp.analysis") {
        return {"1"};
    }
    if (field == "tcp.analysis.acks_frame") {
        return when(a.acksFrame != 0, std::to_string(a.acksFrame));
    }
    if (field == "tcp.analysis.ack_rtt") {
        return when(a.acksFrame != 0 && a.ackRttNs != 0, seconds(a.ackRttNs));
    }
    if (field == "tcp.analysis.initial_rtt") {
        return when(a.initialRttNs != 0, seconds(a.initialRttNs));
    }
    if (field == "tcp.analysis.bytes_in_flight") {
        return when(a.bytesInFlight != 0, std::to_string(a.bytesInFlight));
    }
    if (field == "tcp.analysis.push_bytes_sent") {
        return when(a.bytesInFlight != 0, std::to_string(a.pushBytesSent));
    }
    if (a.flags == 0) {
        return {};
    }
    if (field == "tcp.analysis.flags") {
        return {"1"};
    }
    if (field == "tcp.analysis.duplicate_ack") {
        // The "This is a TCP duplicate ack" item and the expert info of the same name.
        return a.dupAckNum != 0 && (a.flags & F::DuplicateAck) != 0
                   ? std::vector<std::string>{"1", "1"}
                   : std::vector<std::string>{};
    }
    if (field == "tcp.analysis.duplicate_ack_num") {
        return when(a.dupAckNum != 0, std::to_string(a.dupAckNum));
    }
    if (field == "tcp.analysis.duplicate_ack_frame") {
        return when(a.dupAckNum != 0, std::to_string(a.dupAckFrame));
    }
    if (field == "tcp.analysis.rto") {
        return when((a.flags & F::Retransmission) != 0 && a.rtoNs != 0, seconds(a.rtoNs));
    }
    if (field == "tcp.analysis.rto_frame") {
        return when((a.flags & F::Retransmission) != 0 && a.rtoNs != 0, std::to_string(a.rtoFrame));
    }
    // Expert infos: a fast or spurious retransmission is also a retransmission.
    static constexpr std::pair<std::string_view, std::uint32_t> kExperts[] = {
        {"tcp.analysis.retransmission",
         F::Retransmission | F::FastRetransmission | F::SpuriousRetransmission},
        {"tcp.analysis.fast_retransmission", F::FastRetransmission},
        {"tcp.analysis.spurious_retransmission", F::SpuriousRetransmission},
        {"tcp.analysis.out_of_order", F::OutOfOrder},
        {"tcp.analysis.lost_segment", F::LostSegment},
        {"tcp.analysis.ack_lost_segment", F::AckLostSegment},
        {"tcp.analysis.reused_ports", F::ReusedPorts},
        {"tcp.analysis.window_update", F::WindowUpdate},
        {"tcp.analysis.window_full", F::WindowFull},
        {"tcp.analysis.keep_alive", F::KeepAlive},
        {"tcp.analysis.keep_alive_ack", F::KeepAliveAck},
        {"tcp.analysis.zero_window", F::ZeroWindow},
        {"tcp.analysis.zero_window_probe", F::ZeroWindowProbe},
        {"tcp.analysis.zero_window_probe_ack", F::ZeroWindowProbeAck},
    };
    for (const auto& [name, mask] : kExperts) {
        if (field == name) {
            return when((a.flags & mask) != 0, "1");
        }
    }
    return {};
}

std::vector<std::string> FieldExtractor::values(const std::string& field) const {
    if (field.starts_with("frame.")) {
        if (field == "frame.number") {
            return {std::to_string(m_number)};
        }
        if (field == "frame.len") {
            return {std::to_string(m_length)};
        }
        if (field == "frame.cap_len") {
            return {std::to_string(m_capLength)};
        }
        // A Simple Packet Block has no time: tshark leaves its time fields empty (and counts
        // the next delta from 0).
        if (field == "frame.time_epoch") {
            return m_hasTime ? std::vector<std::string>{epochSeconds(m_timeNs)}
                             : std::vector<std::string>{};
        }
        if (field == "frame.time_relative") {
            return m_hasTime ? std::vector<std::string>{seconds(m_timeNs - m_firstNs)}
                             : std::vector<std::string>{};
        }
        if (field == "frame.time_delta" || field == "frame.time_delta_displayed") {
            return m_hasTime ? std::vector<std::string>{seconds(m_timeNs - m_previousNs)}
                             : std::vector<std::string>{};
        }
        if (field == "frame.protocols") {
            return {m_protocols};
        }
        if (field == "frame.comment") {
            return m_comments;
        }
    }
    if (field == "tcp.stream") {
        return valueIfKnown(m_tcpStream);
    }
    if (field == "udp.stream") {
        return valueIfKnown(m_udpStream);
    }
    if (m_tcpStream) {
        if (field == "tcp.seq") {
            return {std::to_string(m_tcpSeq)};
        }
        if (field == "tcp.ack") {
            return {std::to_string(m_tcpAck)};
        }
        if (field == "tcp.nxtseq") {
            return {std::to_string(m_tcpNxtseq)};
        }
        if (field == "tcp.window_size") {
            return valueIfKnown(m_tcpWindow);
        }
        if (field == "tcp.window_size_scalefactor") {
            return valueIfKnown(m_tcpScaleFactor);
        }
    }
    if (m_tcpStream && (field.starts_with("tcp.time_") || field.starts_with("tcp.analysis"))) {
        return tcpAnalysisValues(field);
    }
    std::vector<std::string> out;
    if (m_dissection != nullptr) {
        for (const wire::Field* f : m_dissection->find(field)) {
            out.push_back(f->value);
        }
    }
    return out;
}

} // namespace hopscope::cli
