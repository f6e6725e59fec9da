// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <string_view>

namespace hopscope::tcp {

// The states of a TCP connection at one endpoint (RFC 9293 section 3.3.2).
enum class TcpState {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

// The RFC's own name of the state: "SYN-SENT", "TIME-WAIT".
[[nodiscard]] std::string_view tcpStateName(TcpState state);

} // namespace hopscope::tcp
