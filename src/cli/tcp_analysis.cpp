// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_analysis.h"

#include <cstddef>

namespace hopscope::cli {

namespace {

constexpr std::uint16_t kFin = 0x001;
constexpr std::uint16_t kSyn = 0x002;
constexpr std::uint16_t kRst = 0x004;
constexpr std::uint16_t kPsh = 0x008;
constexpr std::uint16_t kAck = 0x010;

// Wireshark keeps no more unacknowledged segments per direction (TCP_MAX_UNACKED_SEGMENTS),
// so a capture that misses the ACKs cannot grow the state without bound.
constexpr std::size_t kMaxUnacked = 10000;
// It stores at most three SACK blocks of a segment for bytes in flight (it counts blocks
// from 1 and keeps them while the count is below MAX_TCP_SACK_RANGES, 4).
constexpr std::size_t kMaxSackBlocks = 3;

// Sequence-space comparisons modulo 2^32 (RFC 9293 section 3.4), as packet-tcp.h's GT_SEQ,
// LT_SEQ and LE_SEQ.
bool gtSeq(std::uint32_t x, std::uint32_t y) {
    return static_cast<std::int32_t>(y - x) < 0;
}
bool ltSeq(std::uint32_t x, std::uint32_t y) {
    return static_cast<std::int32_t>(x - y) < 0;
}
bool leSeq(std::uint32_t x, std::uint32_t y) {
    return static_cast<std::int32_t>(x - y) <= 0;
}

// Wireshark measures "within N ns of" as an unsigned difference, so a segment stamped before
// the reference is never within it.
bool within(std::int64_t nowNs, std::int64_t sinceNs, std::uint64_t limitNs) {
    return static_cast<std::uint64_t>(nowNs - sinceNs) < limitNs;
}

} // namespace

TcpConversationAnalysis::TcpConversationAnalysis(std::int64_t firstNs)
    : m_firstNs(firstNs), m_previousNs(firstNs) {}

TcpFrameAnalysis TcpConversationAnalysis::analyze(const Segment& s, int dir,
                                                  const std::uint32_t base[2],
                                                  const int winScale[2], bool synRetransmission,
                                                  bool reusedPorts) {
    TcpFrameAnalysis out;
    Flow& fwd = m_flows[dir];
    Flow& rev = m_flows[1 - dir];
    if (reusedPorts) {
        out.present = true;
        out.flags |= TcpFrameAnalysis::ReusedPorts;
    }
    if (synRetransmission) {
        // A RST may carry the sequence number the peer acknowledged (RFC 9293 section 3.5.2)
        // and so move the next expected number; a repeated SYN starts from the contiguous
        // data again (Wireshark issue 17616) and is then a retransmission.
        fwd.nextseq = fwd.maxSeqToBeAcked;
        out.present = true;
    }

    out.timeDeltaNs = s.timeNs - m_previousNs;
    m_previousNs = s.timeNs;
    out.timeRelativeNs = s.timeNs - m_firstNs;

    analyzeSequence(s, fwd, rev, base[dir], winScale[1 - dir], out);

    // The handshake's timing: the initial RTT runs from the most recent SYN to the first
    // pure ACK (the third segment of the three-way handshake, RFC 9293 section 3.5).
    const bool pureSyn = (s.flags & (kSyn | kAck)) == kSyn;
    const bool pureAck = (s.flags & (kSyn | kAck)) == kAck;
    if (pureSyn) {
        m_lastSynNs = s.timeNs;
    }
    if ((s.flags & kSyn) != 0) {
        fwd.isFirstAck = true;
    }
    if (pureAck && m_lastSynNs != 0 && m_initialRttNs == 0) {
        m_initialRttNs = s.timeNs - m_lastSynNs;
    }
    if (pureAck) {
        fwd.isFirstAck = false;
    }
    // The options come after the analysis: this segment's SACK blocks count for the next
    // segment the other way.
    fwd.sack.clear();
    if (s.hasSackOption) {
        for (std::size_t i = 0; i < s.sack.size() && i < kMaxSackBlocks; ++i) {
            fwd.sack.push_back(s.sack[i]);
        }
    }
    if (out.present) {
        out.initialRttNs = m_initialRttNs;
    }
    return out;
}

// tcp_analyze_sequence_number(): the checks in Wireshark's order, some of which end the
// forward checks early (a zero-window probe, a keep-alive ACK, a zero-window-probe ACK).
void TcpConversationAnalysis::analyzeSequence(const Segment& s, Flow& fwd, Flow& rev,
                                              std::uint32_t fwdBase, int revWinScale,
                                              TcpFrameAnalysis& out) {
    const std::uint32_t seq = s.seq;
    const std::uint32_t ack = s.ack;
    const std::uint32_t len = s.length;
    const std::uint16_t flags = s.flags;
    const std::uint32_t window = s.window;
    const auto mark = [&out](std::uint32_t flag) {
        out.present = true;
        out.flags |= flag;
    };
    if ((flags & kAck) != 0) {
        rev.validBytesInFlight = true;
    }

    bool finishedForward = false;
    // Zero-window probe (RFC 9293 section 3.8.6.1): one byte at the next sequence number
    // while the peer's window is closed.
    if (len == 1 && seq == fwd.nextseq && rev.window == 0) {
        mark(TcpFrameAnalysis::ZeroWindowProbe);
        finishedForward = true;
    }
    if (!finishedForward) {
        if (window == 0 && (flags & (kRst | kFin | kSyn)) == 0) {
            mark(TcpFrameAnalysis::ZeroWindow);
        }
        // A segment beyond the highest one seen: a segment between them was not captured.
        if (fwd.nextseq != 0 && gtSeq(seq, fwd.nextseq) && (flags & kRst) == 0) {
            mark(TcpFrameAnalysis::LostSegment);
            fwd.validBytesInFlight = false;
        }
        // Keep-alive (RFC 9293 section 3.8.4): no or one byte, one before the next number.
        if ((len == 0 || len == 1) && seq == fwd.nextseq - 1 &&
            (flags & (kSyn | kFin | kRst)) == 0) {
            mark(TcpFrameAnalysis::KeepAlive);
        }
        // Window update: nothing new but the window.
        if (len == 0 && window != 0 && window != fwd.window && seq == fwd.nextseq &&
            ack == fwd.lastAck && (flags & (kSyn | kFin | kRst)) == 0) {
            mark(TcpFrameAnalysis::WindowUpdate);
        }
        // Window full: the data reaches the right edge of the peer's last window (scaled as
        // Wireshark scales it: not before the peer's first ACK, not at all without scaling).
        if (len > 0 && revWinScale != -1 && (flags & (kSyn | kFin | kRst)) == 0) {
            const int shift = rev.isFirstAck ? 0 : (revWinScale == -2 ? 0 : revWinScale);
            if (seq + len == rev.lastAck + (rev.window << shift)) {
                mark(TcpFrameAnalysis::WindowFull);
            }
        }
        const bool repeatsAck = len == 0 && window == fwd.window && seq == fwd.nextseq &&
                                ack == fwd.lastAck && (flags & (kSyn | kFin | kRst)) == 0;
        if (repeatsAck && window != 0 && (rev.lastSegmentFlags & TcpFrameAnalysis::KeepAlive)) {
            mark(TcpFrameAnalysis::KeepAliveAck);
            finishedForward = true;
        } else if (repeatsAck && window == 0 &&
                   (rev.lastSegmentFlags & TcpFrameAnalysis::ZeroWindowProbe)) {
            mark(TcpFrameAnalysis::ZeroWindowProbeAck);
            finishedForward = true;
        } else if (repeatsAck && window != 0) {
            // Duplicate ACK (RFC 5681 section 2, nearly: no data, same ACK and window, no
            // SYN/FIN). Counting resumes at 1 after an "ACKed unseen segment" set -1.
            fwd.dupAckNum = fwd.dupAckNum == -1 ? 1 : fwd.dupAckNum + 1;
            mark(TcpFrameAnalysis::DuplicateAck);
            out.dupAckNum = static_cast<std::uint32_t>(fwd.dupAckNum);
            out.dupAckFrame = fwd.lastNonDupAck;
        }
    }

    // finished_fwd: a new ACK number starts the duplicate count again.
    if (ack != fwd.lastAck) {
        fwd.lastNonDupAck = s.frame;
        fwd.dupAckNum = 0;
    }

    // ACKed unseen segment: this acknowledges data beyond the contiguous data seen the other
    // way; report each hole once.
    if (rev.maxSeqToBeAcked != 0 && gtSeq(ack, rev.maxSeqToBeAcked) && (flags & kAck) != 0) {
        out.present = true;
        if (ltSeq(rev.maxSeqToBeAcked, rev.nextseq)) {
            rev.maxSeqToBeAcked = rev.nextseq;
            out.flags |= TcpFrameAnalysis::AckLostSegment;
        } else {
            if (rev.dupAckNum == 0) {
                out.flags |= TcpFrameAnalysis::AckLostSegment;
            }
            rev.dupAckNum = -1;
        }
    }

    // Retransmission, fast retransmission (RFC 5681 section 3.2), spurious retransmission
    // or out-of-order: a segment that occupies sequence space but does not advance it.
    if (len > 0 || (flags & (kSyn | kFin)) != 0) {
        bool notAdvanced = fwd.nextseq != 0 && ltSeq(seq, fwd.nextseq);
        bool decided = (out.flags & TcpFrameAnalysis::KeepAlive) != 0;
        // More than a byte from one before the next number is new data after a probe.
        if (len > 1 && fwd.nextseq - 1 == seq) {
            notAdvanced = false;
        }
        // Data the peer has already acknowledged.
        if (!decided && len > 0 && rev.lastAck != 0 && leSeq(seq + len, rev.lastAck)) {
            mark(TcpFrameAnalysis::SpuriousRetransmission);
            decided = true;
        }
        // Two or more duplicate ACKs for this sequence number, the last within 20 ms.
        if (!decided && notAdvanced && rev.dupAckNum >= 2 && rev.lastAck == seq &&
            within(s.timeNs, rev.lastAckNs, 20'000'000)) {
            mark(TcpFrameAnalysis::FastRetransmission);
            decided = true;
        }
        // Soon after the highest segment (within the initial RTT, or 3 ms before it is
        // known) and not ending where that one did: out of order rather than repeated.
        if (!decided) {
            const std::uint64_t threshold =
                m_initialRttNs == 0 ? 3'000'000 : static_cast<std::uint64_t>(m_initialRttNs);
            if (notAdvanced && within(s.timeNs, fwd.nextseqNs, threshold) &&
                fwd.nextseq != seq + len + ((flags & (kSyn | kFin)) != 0 ? 1U : 0U)) {
                mark(TcpFrameAnalysis::OutOfOrder);
                decided = true;
            }
        }
        if (!decided && notAdvanced) {
            mark(TcpFrameAnalysis::Retransmission);
            // The retransmission timeout: since the oldest unacknowledged segment, else
            // since the highest one.
            out.rtoNs = s.timeNs - fwd.nextseqNs;
            out.rtoFrame = fwd.nextseqFrame;
            if (!fwd.unacked.empty()) {
                out.rtoNs = s.timeNs - fwd.unacked.front().timeNs;
                out.rtoFrame = fwd.unacked.front().frame;
            }
        }
    }

    // Remember the segment until it is acknowledged; SYN and FIN take one number each.
    std::uint32_t nextseq = seq + len;
    if ((len != 0 || (flags & (kSyn | kFin)) != 0) && fwd.unacked.size() < kMaxUnacked) {
        if ((flags & (kSyn | kFin)) != 0) {
            nextseq += 1;
        }
        fwd.unacked.push_back({s.frame, seq, nextseq, s.timeNs});
    }
    const bool probe = (out.flags & TcpFrameAnalysis::ZeroWindowProbe) != 0;
    if ((gtSeq(nextseq, fwd.nextseq) || fwd.nextseq == 0) && !probe) {
        fwd.nextseq = nextseq;
        fwd.nextseqFrame = s.frame;
        fwd.nextseqNs = s.timeNs;
    }
    if ((seq == fwd.maxSeqToBeAcked || fwd.maxSeqToBeAcked == 0) && !probe) {
        fwd.maxSeqToBeAcked = fwd.nextseq;
    }
    fwd.window = window;
    fwd.lastAck = ack;
    fwd.lastAckNs = s.timeNs;
    fwd.lastSegmentFlags = out.flags;

    removeAcked(s, rev, out);
    bytesInFlight(s, fwd, rev, fwdBase, out);
}

// The segments the other way that this ACK covers leave the list; the one it acknowledges
// exactly (RFC 9293's SND.UNA reaching its end) gives tcp.analysis.acks_frame and ack_rtt.
void TcpConversationAnalysis::removeAcked(const Segment& s, Flow& rev, TcpFrameAnalysis& out) {
    const std::uint32_t ack = s.ack;
    // Newest first, as Wireshark walks its list: of several exact matches the oldest wins.
    for (std::size_t i = rev.unacked.size(); i-- > 0;) {
        Unacked& u = rev.unacked[i];
        if (ack == u.nextseq) {
            out.present = true;
            out.acksFrame = u.frame;
            out.ackRttNs = s.timeNs - u.timeNs;
        } else if (gtSeq(ack, u.seq) && leSeq(ack, u.nextseq)) {
            u.seq = ack; // partly acknowledged: the rest stays
            continue;
        } else if (gtSeq(u.nextseq, ack)) {
            continue;
        }
        rev.unacked.erase(rev.unacked.begin() + static_cast<std::ptrdiff_t>(i));
    }
}

// Bytes in flight after this segment: the span of this direction's unacknowledged segments
// less what the peer's last SACK blocks hold (Wireshark's default, payload-based method).
void TcpConversationAnalysis::bytesInFlight(const Segment& s, Flow& fwd, const Flow& rev,
                                            std::uint32_t fwdBase, TcpFrameAnalysis& out) {
    if (s.length == 0 || fwd.unacked.empty() || !fwd.validBytesInFlight) {
        return;
    }
    // Wireshark starts from its list's head, the newest segment.
    std::uint32_t first = fwd.unacked.back().seq - fwdBase;
    std::uint32_t last = fwd.unacked.back().nextseq - fwdBase;
    for (const Unacked& u : fwd.unacked) {
        if (u.nextseq - fwdBase > last) {
            last = u.nextseq - fwdBase;
        }
        if (u.seq - fwdBase < first) {
            first = u.seq - fwdBase;
        }
    }
    std::uint32_t inFlight = last - first;
    for (const auto& [left, right] : rev.sack) {
        inFlight -= right - left;
    }
    out.present = true;
    if (inFlight > 0 && inFlight < 2'000'000'000) {
        out.bytesInFlight = inFlight;
        // SYN and FIN occupy a number but no byte.
        if ((s.flags & (kSyn | kFin)) != 0) {
            out.bytesInFlight -= 1;
        }
    }
    // Bytes sent since the last PSH (counting the PSH segment itself).
    const bool push = (s.flags & kPsh) != 0;
    if (push || fwd.pushSetLast) {
        fwd.pushBytesSent = push && !fwd.pushSetLast ? fwd.pushBytesSent + s.length : s.length;
    } else {
        fwd.pushBytesSent += s.length;
    }
    fwd.pushSetLast = push;
    out.pushBytesSent = fwd.pushBytesSent;
}

} // namespace hopscope::cli
