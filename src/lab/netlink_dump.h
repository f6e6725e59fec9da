// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hopscope::lab {

// One message of the kernel's answer: its type (RTM_NEWNEIGH ...), flags and payload (the
// bytes after struct nlmsghdr).
struct NetlinkMessage {
    std::uint16_t type = 0;
    std::uint16_t flags = 0;
    std::vector<std::uint8_t> payload;
};

// One netlink dump request and its answer (netlink(7): NLM_F_DUMP, a run of messages ended by
// NLMSG_DONE, or NLMSG_ERROR), on a socket the caller opened: a lab node's comes from the
// lab's helper, made inside that node's namespace. Every wait is bounded, so a socket that
// never answers gives an error, not a hang.
class NetlinkDump {
public:
    struct Request {
        int protocol = 0;       // what the socket must be: NETLINK_ROUTE, NETLINK_NETFILTER
        std::uint16_t type = 0; // RTM_GETNEIGH, (NFNL_SUBSYS_CTNETLINK << 8) | IPCTNL_MSG_CT_GET
        std::vector<std::uint8_t> body; // the family header (ndmsg, rtmsg, nfgenmsg ...)
        std::string what;               // "the neighbour table", for the sentences
    };

    static constexpr std::chrono::milliseconds kDefaultBound{2000};

    // Sends the request and gathers every message of the answer, or says what went wrong.
    [[nodiscard]] static std::variant<std::vector<NetlinkMessage>, std::string>
    run(int netlinkFd, const Request& request, std::chrono::milliseconds bound = kDefaultBound);

    // What one datagram of the answer to request `sequence` says: more to come, the end of the
    // dump, or a sentence on what was wrong. Messages go to `messages`; messages of other
    // requests are skipped.
    struct Part {
        bool done = false;
        std::string error;
    };
    [[nodiscard]] static Part parseDatagram(std::span<const std::uint8_t> datagram,
                                            std::uint32_t sequence, std::string_view what,
                                            std::vector<NetlinkMessage>& messages);

    // A struct as the bytes of a request's body.
    template <typename T> [[nodiscard]] static std::vector<std::uint8_t> bytesOf(const T& value) {
        const auto* p = reinterpret_cast<const std::uint8_t*>(&value);
        return {p, p + sizeof value};
    }
};

} // namespace hopscope::lab
