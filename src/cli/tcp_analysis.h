// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace hopscope::cli {

// What Wireshark's TCP sequence analysis (tcp.analysis.*) and conversation timestamps
// (tcp.time_relative, tcp.time_delta) say about one segment: its "SEQ/ACK analysis" and
// "Timestamps" subtrees as tshark 4.0 fills them in on its one pass over a file.
struct TcpFrameAnalysis {
    // Wireshark's TCP_A_* bits (packet-tcp.c): which expert infos the segment raised.
    enum Flag : std::uint32_t {
        Retransmission = 0x0001,
        LostSegment = 0x0002,    // "Previous segment not captured"
        AckLostSegment = 0x0004, // "ACKed unseen segment"
        KeepAlive = 0x0008,
        DuplicateAck = 0x0010,
        ZeroWindow = 0x0020,
        ZeroWindowProbe = 0x0040,
        ZeroWindowProbeAck = 0x0080,
        KeepAliveAck = 0x0100,
        OutOfOrder = 0x0200,
        FastRetransmission = 0x0400,
        WindowUpdate = 0x0800,
        WindowFull = 0x1000,
        ReusedPorts = 0x2000,
        SpuriousRetransmission = 0x4000,
    };

    std::int64_t timeRelativeNs = 0; // since the conversation's first segment
    std::int64_t timeDeltaNs = 0;    // since the conversation's previous segment

    // Whether the segment has an analysis subtree at all (Wireshark made a tcp_acked for it);
    // every value below is shown only inside it.
    bool present = false;
    std::uint32_t flags = 0;
    std::uint64_t acksFrame = 0; // 0: acknowledges no segment exactly
    std::int64_t ackRttNs = 0;   // shown only when not 0
    std::int64_t initialRttNs = 0;
    std::uint32_t bytesInFlight = 0; // 0: not shown
    std::uint32_t pushBytesSent = 0; // shown with bytesInFlight
    std::uint32_t dupAckNum = 0;
    std::uint64_t dupAckFrame = 0;
    std::int64_t rtoNs = 0; // retransmission: time since the segment it repeats
    std::uint64_t rtoFrame = 0;
};

// Wireshark 4.0's TCP sequence analysis (epan/dissectors/packet-tcp.c,
// tcp_analyze_sequence_number() and its callers in dissect_tcp()) for one TCP conversation,
// both directions, fed every segment in file order. It keeps what the analysis keeps per
// conversation: per direction the next expected sequence number, the last ACK, the
// duplicate-ACK count, the last SACK blocks and the segments sent but not yet acknowledged
// (at most 10000, as Wireshark), never whole packets. The rules are Wireshark's heuristics,
// named here in RFC 9293 / RFC 5681 terms where those define them.
class TcpConversationAnalysis {
public:
    // The segment's header as it is on the wire (absolute numbers, unscaled window).
    struct Segment {
        std::uint64_t frame = 0;
        std::int64_t timeNs = 0;
        std::uint32_t seq = 0;
        std::uint32_t ack = 0;
        std::uint32_t length = 0; // payload bytes
        std::uint16_t flags = 0;
        std::uint32_t window = 0;
        // SACK blocks (RFC 2018), left and right edges, as the option carries them.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> sack;
        bool hasSackOption = false;
    };

    // The conversation starts at its first segment's time (Wireshark's ts_first/ts_prev).
    explicit TcpConversationAnalysis(std::int64_t firstNs);

    // Analyses one segment sent in direction `dir` (0 or 1; the other is the reverse).
    // `base` is each direction's relative-sequence base (for bytes in flight), `winScale`
    // each direction's window shift (-1 unknown, -2 none) before this segment's options.
    // `synRetransmission`: a SYN with the sequence number of the conversation's first SYN
    // (Wireshark then rewinds the next expected sequence number); `reusedPorts`: this
    // segment starts a new conversation on a used 4-tuple or changed the SYN/ACK's ISN.
    TcpFrameAnalysis analyze(const Segment& s, int dir, const std::uint32_t base[2],
                             const int winScale[2], bool synRetransmission, bool reusedPorts);

private:
    struct Unacked {
        std::uint64_t frame = 0;
        std::uint32_t seq = 0;
        std::uint32_t nextseq = 0;
        std::int64_t timeNs = 0;
    };
    // Wireshark's tcp_flow_t with its tcp_analyze_seq_flow_info_t: what one direction sent.
    struct Flow {
        std::uint32_t nextseq = 0; // highest sequence number sent + 1 (0: none yet)
        std::uint64_t nextseqFrame = 0;
        std::int64_t nextseqNs = 0;
        std::uint32_t maxSeqToBeAcked = 0; // end of the contiguous data sent
        std::uint32_t lastAck = 0;
        std::int64_t lastAckNs = 0;
        std::uint64_t lastNonDupAck = 0;   // frame
        int dupAckNum = 0;                 // -1 after an "ACKed unseen segment"
        std::uint32_t window = 0xFFFFFFFF; // last raw window; none seen yet
        std::uint32_t lastSegmentFlags = 0;
        bool validBytesInFlight = true;
        bool isFirstAck = false;
        std::uint32_t pushBytesSent = 0;
        bool pushSetLast = false;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> sack; // the last segment's
        // Unacknowledged segments, oldest first (Wireshark keeps them newest first).
        std::vector<Unacked> unacked;
    };

    void analyzeSequence(const Segment& s, Flow& fwd, Flow& rev, std::uint32_t fwdBase,
                         int revWinScale, TcpFrameAnalysis& out);
    void removeAcked(const Segment& s, Flow& rev, TcpFrameAnalysis& out);
    void bytesInFlight(const Segment& s, Flow& fwd, const Flow& rev, std::uint32_t fwdBase,
                       TcpFrameAnalysis& out);

    Flow m_flows[2];
    std::int64_t m_firstNs = 0;
    std::int64_t m_previousNs = 0;
    std::int64_t m_lastSynNs = 0;    // the most recent SYN's time (0: none)
    std::int64_t m_initialRttNs = 0; // SYN to the first pure ACK (0: not yet)
};

} // namespace hopscope::cli
