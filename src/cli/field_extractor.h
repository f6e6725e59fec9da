// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "tcp_analysis.h"
#include "wire/capture_packet.h"
#include "wire/layer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hopscope::cli {

// Field values as `tshark -T fields -e NAME` prints them: the dissector's fields of one frame,
// plus what only a pass over the whole file knows and tshark adds itself: frame numbers,
// lengths and times, the protocol chain, comments, and TCP/UDP stream indexes with TCP's
// relative sequence numbers, scaled windows, conversation timestamps (tcp.time_relative,
// tcp.time_delta, as with tshark's default tcp.calculate_timestamps:TRUE) and sequence
// analysis (tcp.analysis.*, see TcpConversationAnalysis). Feed it every packet in file order;
// it keeps per-conversation state only, never packets.
class FieldExtractor {
public:
    // Reads the packet's frame-level values and advances the conversation state. values()
    // reads `dissection` until the next call, so it must stay alive until then.
    void next(const wire::CapturePacket& packet, const wire::Dissection& dissection);

    // Every occurrence of `field` in the current packet, in frame order (empty when absent).
    [[nodiscard]] std::vector<std::string> values(const std::string& field) const;

    // The current packet's 5-tuple conversation, when it is IPv4/IPv6 TCP or UDP
    // ("TCP", "127.0.0.1", 51234, "127.0.0.2", 80), normalised so both directions match.
    struct Conversation {
        std::string protocol;
        std::string addressA;
        std::uint16_t portA = 0;
        std::string addressB;
        std::uint16_t portB = 0;
        bool operator==(const Conversation&) const = default;
    };
    [[nodiscard]] const std::optional<Conversation>& conversation() const { return m_conversation; }

    // Whether `field` belongs to a protocol our dissectors decode (the part before the first
    // dot, or the whole name: "dns.qry.name", "dns"), as tshark checks -e names against the
    // protocols it has. A misspelt protocol is caught this way; a misspelt field of a known
    // protocol is not, and prints an empty column.
    [[nodiscard]] static bool knowsProtocolOf(std::string_view field);

    // "1700000000.123456789": seconds with nine decimals, as tshark prints FT_ABSOLUTE and
    // FT_RELATIVE times in fields mode.
    [[nodiscard]] static std::string seconds(std::int64_t ns);
    // frame.time_epoch's form, which differs from seconds() only before 1970.
    [[nodiscard]] static std::string epochSeconds(std::int64_t ns);
    // "eth:ethertype:ip:udp:dns" from the dissection's layers.
    [[nodiscard]] static std::string protocolChain(wire::LinkType link,
                                                   const wire::Dissection& dissection);

private:
    struct TcpFlow {
        bool baseSet = false;
        std::uint32_t base = 0;
        // Window scale shift from this direction's SYN (RFC 7323 section 2.2); -1 no SYN seen
        // yet, -2 the handshake did without scaling (Wireshark's values).
        int winScale = -1;
    };
    struct TcpState {
        std::uint64_t stream = 0;
        TcpFlow flows[2];
        TcpConversationAnalysis analysis;
    };

    void trackTcp(const wire::Dissection& d, const std::string& src, const std::string& dst);
    void trackWindow(const wire::Dissection& d, bool syn, bool synAck, TcpFlow& fwd, TcpFlow& rev);
    [[nodiscard]] std::vector<std::string> tcpAnalysisValues(const std::string& field) const;
    void trackUdp(const wire::Dissection& d, const std::string& src, const std::string& dst);

    const wire::Dissection* m_dissection = nullptr;
    std::uint64_t m_number = 0;
    std::uint32_t m_length = 0;
    std::uint32_t m_capLength = 0;
    std::int64_t m_timeNs = 0;
    bool m_hasTime = true;
    std::int64_t m_firstNs = 0;
    std::int64_t m_previousNs = 0;
    std::string m_protocols;
    std::vector<std::string> m_comments;

    std::optional<Conversation> m_conversation;
    std::optional<std::uint64_t> m_tcpStream;
    std::uint32_t m_tcpSeq = 0;
    std::uint32_t m_tcpAck = 0;
    std::uint32_t m_tcpNxtseq = 0;
    std::optional<std::uint32_t> m_tcpWindow;
    std::optional<int> m_tcpScaleFactor; // absent on a SYN
    TcpFrameAnalysis m_tcpAnalysis;
    std::uint32_t m_tcpPayload = 0;
    // The current packet's layers up to TCP, for a segment whose payload Wireshark does not
    // dissect.
    wire::Dissection m_upToTcp;
    std::optional<std::uint64_t> m_udpStream;

    std::unordered_map<std::string, TcpState> m_tcp;
    std::unordered_map<std::string, std::uint64_t> m_udp;
    std::uint64_t m_nextTcpStream = 0;
    std::uint64_t m_nextUdpStream = 0;
};

} // namespace hopscope::cli
