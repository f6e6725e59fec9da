// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "tcp_state.h"

#include <cstdint>
#include <optional>

namespace hopscope::tcp {

// What the state machine needs of one segment: its control bits and numbers (RFC 9293
// section 3.1), and how many data bytes it carries (which IP, not TCP, knows).
struct TcpSegmentFacts {
    bool syn = false;
    bool ack = false;
    bool fin = false;
    bool rst = false;
    std::uint32_t seq = 0;
    std::uint32_t ackNumber = 0;
    std::uint32_t payloadLength = 0;
};

// One endpoint's connection state, following RFC 9293's state diagram (section 3.3.2) and
// its event processing (section 3.10) from the segments that endpoint's interface saw: what
// it sent and what it received, in capture order. It only watches, so where the RFC drops
// or answers a segment without a change of state, the state stays.
class TcpEndpoint {
public:
    enum class Role {
        Active,  // the connect() side: starts CLOSED
        Passive, // the listen() side: starts LISTEN, and a reset sends it back there
    };

    [[nodiscard]] static TcpEndpoint active() { return TcpEndpoint(Role::Active); }
    [[nodiscard]] static TcpEndpoint passive() { return TcpEndpoint(Role::Passive); }

    // A segment this endpoint sent; returns the state after it.
    TcpState sent(const TcpSegmentFacts& segment);
    // A segment this endpoint received; returns the state after it.
    TcpState received(const TcpSegmentFacts& segment);
    // TIME-WAIT's 2*MSL timer ran out (no segment marks it): TIME-WAIT -> CLOSED.
    TcpState timeWaitExpired();

    [[nodiscard]] TcpState state() const { return m_state; }
    [[nodiscard]] Role role() const { return m_role; }
    // This endpoint's initial sequence number, once it sent its SYN.
    [[nodiscard]] std::optional<std::uint32_t> initialSequence() const { return m_isn; }
    // The sequence number its FIN took, once it sent one.
    [[nodiscard]] std::optional<std::uint32_t> finSequence() const { return m_finSeq; }

private:
    explicit TcpEndpoint(Role role)
        : m_role(role), m_state(role == Role::Passive ? TcpState::Listen : TcpState::Closed) {}

    [[nodiscard]] bool acknowledgesSyn(const TcpSegmentFacts& segment) const;
    [[nodiscard]] bool acknowledgesFin(const TcpSegmentFacts& segment) const;
    void reset();

    Role m_role;
    TcpState m_state;
    std::optional<std::uint32_t> m_isn;
    std::optional<std::uint32_t> m_finSeq;
};

} // namespace hopscope::tcp
