// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "tcp_state.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace hopscope::tcp {

// Which of its timers a socket is waiting on (inet_diag_msg's idiag_timer, as the kernel's
// inet_diag.c and `ss -o` number them).
enum class TcpSocketTimer : std::uint8_t {
    None = 0,
    Retransmit = 1, // also a SYN-RECEIVED request's SYN-ACK timer
    KeepAlive = 2,
    TimeWait = 3,
    ZeroWindowProbe = 4,
};

// One IPv4 TCP socket as the kernel reports it.
struct TcpSocketInfo {
    std::uint32_t localAddress = 0; // host byte order: 127.0.0.1 is 0x7f000001
    std::uint16_t localPort = 0;
    std::uint32_t remoteAddress = 0; // 0 for a listener
    std::uint16_t remotePort = 0;
    // RFC 9293's name for the kernel's state; nullopt for a number this code does not know.
    std::optional<TcpState> state;
    std::uint8_t kernelState = 0; // TCP_ESTABLISHED (1) ... TCP_NEW_SYN_RECV (12)
    TcpSocketTimer timer = TcpSocketTimer::None;
    std::uint32_t timerExpiresMs = 0; // until the timer fires (TIME-WAIT: until CLOSED)
    std::uint8_t retransmits = 0;
    std::uint32_t receiveQueue = 0; // LISTEN: connections waiting for accept()
    std::uint32_t sendQueue = 0;    // LISTEN: the backlog
    std::uint32_t uid = 0;
    std::uint32_t inode = 0; // 0 for TIME-WAIT and SYN-RECEIVED requests: no file behind them

    // "127.0.0.1:8080"
    [[nodiscard]] std::string localText() const;
    [[nodiscard]] std::string remoteText() const;
};

// The kernel's own table of IPv4 TCP sockets, read over NETLINK_SOCK_DIAG (the interface
// `ss` uses: linux/sock_diag.h, linux/inet_diag.h). The netlink socket is passed in, because
// the table is per network namespace and a lab node's socket comes from the lab's helper.
class TcpSocketTable {
public:
    // Every IPv4 TCP socket in every state in the namespace of `netlinkFd`, an open
    // socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG); or a sentence saying what went wrong.
    [[nodiscard]] static std::variant<std::vector<TcpSocketInfo>, std::string> dump(int netlinkFd);

    // What one datagram of the kernel's answer to request `sequence` says: more to come, the
    // end of the dump, or a sentence on what was wrong with it. Records go to `sockets`;
    // messages of other requests are skipped.
    struct ReplyPart {
        bool done = false;
        std::string error;
    };
    [[nodiscard]] static ReplyPart parseReply(std::span<const std::uint8_t> datagram,
                                              std::uint32_t sequence,
                                              std::vector<TcpSocketInfo>& sockets);

    // The RFC 9293 state of a kernel TCP_* state number (include/net/tcp_states.h).
    [[nodiscard]] static std::optional<TcpState> stateFromKernel(std::uint8_t kernelState);
};

} // namespace hopscope::tcp
