// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_endpoint.h"

namespace hopscope::tcp {

namespace {

// Sequence numbers wrap: a is after b when the difference, read as signed, is positive
// (RFC 9293 section 3.4's modulo 2^32 comparison).
bool after(std::uint32_t a, std::uint32_t b) {
    return static_cast<std::int32_t>(a - b) > 0;
}

} // namespace

bool TcpEndpoint::acknowledgesSyn(const TcpSegmentFacts& segment) const {
    // The SYN took the number ISN, so any ACK past it covers the SYN (section 3.10.7.3/4:
    // SND.UNA < SEG.ACK).
    return segment.ack && m_isn && after(segment.ackNumber, *m_isn);
}

bool TcpEndpoint::acknowledgesFin(const TcpSegmentFacts& segment) const {
    // "our FIN has been ACKed" (section 3.10.7.4, fifth check): the ACK is past its number.
    return segment.ack && m_finSeq && after(segment.ackNumber, *m_finSeq);
}

void TcpEndpoint::reset() {
    // A passive open goes back to waiting for the next SYN (section 3.10.7.4, first check).
    m_state = m_role == Role::Passive && m_state == TcpState::SynReceived ? TcpState::Listen
                                                                          : TcpState::Closed;
}

TcpState TcpEndpoint::sent(const TcpSegmentFacts& segment) {
    if (segment.rst) {
        // ABORT (section 3.10.5) ends the connection. A listener that resets a stray segment
        // stays a listener, and so does CLOSED answering one (section 3.10.7.1).
        if (m_state != TcpState::Listen && m_state != TcpState::Closed) {
            reset();
        }
        return m_state;
    }
    if (segment.syn) {
        if (!segment.ack && (m_state == TcpState::Closed || m_state == TcpState::Listen ||
                             m_state == TcpState::SynSent)) {
            // OPEN (section 3.10.1) or a SEND on a listener: the SYN takes the ISN. In
            // SYN-SENT it is the same SYN again (or a new try with a new ISN): no change.
            m_isn = segment.seq;
            m_state = TcpState::SynSent;
        } else if (segment.ack && m_state == TcpState::SynReceived) {
            m_isn = segment.seq; // the SYN-ACK (or its retransmission) carries our ISN
        }
        return m_state;
    }
    if (segment.fin) {
        // CLOSE (section 3.10.4): the FIN follows the data it is sent with.
        const std::uint32_t finSeq = segment.seq + segment.payloadLength;
        switch (m_state) {
        case TcpState::SynReceived:
        case TcpState::Established:
            m_finSeq = finSeq;
            m_state = TcpState::FinWait1;
            break;
        case TcpState::CloseWait:
            m_finSeq = finSeq;
            m_state = TcpState::LastAck;
            break;
        default:
            break; // a FIN sent again (FIN-WAIT-1, CLOSING, LAST-ACK) changes nothing
        }
    }
    return m_state;
}

TcpState TcpEndpoint::received(const TcpSegmentFacts& segment) {
    if (segment.rst) {
        switch (m_state) {
        case TcpState::Closed:
        case TcpState::Listen:
            break; // "An incoming RST should be ignored" (sections 3.10.7.1, 3.10.7.2)
        case TcpState::SynSent:
            // Only a reset that acknowledges our SYN counts (section 3.10.7.3): the refusal.
            if (segment.ack && m_isn && segment.ackNumber == *m_isn + 1) {
                m_state = TcpState::Closed;
            }
            break;
        default:
            reset(); // section 3.10.7.4, first check (TIME-WAIT too: RFC 1337 is off in Linux)
            break;
        }
        return m_state;
    }
    if (segment.syn) {
        switch (m_state) {
        case TcpState::Listen:
            if (!segment.ack) {
                m_state = TcpState::SynReceived; // section 3.10.7.2, third check
            }
            break;
        case TcpState::SynSent:
            if (!segment.ack) {
                m_state = TcpState::SynReceived; // simultaneous open (section 3.5, figure 7)
            } else if (acknowledgesSyn(segment)) {
                m_state = TcpState::Established; // section 3.10.7.3, fourth check
            }
            break;
        case TcpState::SynReceived:
            // The peer's SYN-ACK in a simultaneous open; a SYN alone is the peer's SYN again.
            if (acknowledgesSyn(segment)) {
                m_state = TcpState::Established;
            }
            break;
        default:
            break; // a SYN (or SYN-ACK) again in a synchronized state: answered by an ACK
        }
        return m_state;
    }
    switch (m_state) {
    case TcpState::Closed:
    case TcpState::Listen:
    case TcpState::SynSent:
        return m_state; // dropped or answered with a reset, no change
    case TcpState::SynReceived:
        if (!acknowledgesSyn(segment)) {
            return m_state;
        }
        m_state = TcpState::Established; // section 3.10.7.4, fifth check
        break;
    case TcpState::FinWait1:
        if (acknowledgesFin(segment)) {
            m_state = TcpState::FinWait2;
        }
        break;
    case TcpState::Closing:
        if (acknowledgesFin(segment)) {
            m_state = TcpState::TimeWait;
        }
        break;
    case TcpState::LastAck:
        if (acknowledgesFin(segment)) {
            m_state = TcpState::Closed;
        }
        return m_state;
    default:
        break;
    }
    // The FIN bit after the ACK, so that a FIN+ACK of our FIN goes straight to TIME-WAIT
    // (section 3.10.7.4, eighth check).
    if (segment.fin) {
        switch (m_state) {
        case TcpState::Established:
            m_state = TcpState::CloseWait;
            break;
        case TcpState::FinWait1:
            m_state = TcpState::Closing; // simultaneous close: our FIN not acknowledged yet
            break;
        case TcpState::FinWait2:
            m_state = TcpState::TimeWait;
            break;
        default:
            break; // CLOSE-WAIT, CLOSING, TIME-WAIT: the FIN again, no change
        }
    }
    return m_state;
}

TcpState TcpEndpoint::timeWaitExpired() {
    if (m_state == TcpState::TimeWait) {
        m_state = TcpState::Closed;
    }
    return m_state;
}

} // namespace hopscope::tcp
