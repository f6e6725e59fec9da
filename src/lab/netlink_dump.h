// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "netlink_attributes.h"

#include <chrono>
#include <cstdint>
#include <cstring>
#include <linux/netlink.h>
#include <optional>
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

    // How the records of one table are told apart and named in the sentences.
    struct RecordKind {
        std::uint16_t type = 0;      // the message type of a record: RTM_NEWNEIGH ...
        std::string_view what;       // "a neighbour record"
        std::string_view headerName; // "ndmsg"
    };

    // Hands every message of `kind.type` to `visit(header, attributes)`, in order: its family
    // header (ndmsg, rtmsg, nfgenmsg ...) and the attributes after it, which point into
    // `messages`. Messages of other types, and those whose header `keep` refuses (another
    // address family), are skipped, as a dump may carry them. The walk ends with the first
    // sentence `visit` returns, or one saying a message is too short for its header or its
    // attributes lie.
    template <typename Header, typename Keep, typename Visit>
    [[nodiscard]] static std::optional<std::string>
    forEachRecord(const std::vector<NetlinkMessage>& messages, const RecordKind& kind, Keep keep,
                  Visit visit) {
        for (const auto& message : messages) {
            if (message.type != kind.type) {
                continue;
            }
            Header header{};
            if (message.payload.size() < sizeof header) {
                return std::string(kind.what) + " is " + std::to_string(message.payload.size()) +
                       " bytes long, shorter than the " + std::to_string(sizeof header) +
                       " bytes of " + std::string(kind.headerName);
            }
            // memcpy: the payload's bytes need not be aligned for the struct.
            std::memcpy(&header, message.payload.data(), sizeof header);
            if (!keep(header)) {
                continue;
            }
            const auto parsed = NetlinkAttributes::parse(
                std::span(message.payload).subspan(NLMSG_ALIGN(sizeof header)), kind.what);
            if (const auto* error = std::get_if<std::string>(&parsed)) {
                return *error;
            }
            if (std::optional<std::string> error =
                    visit(header, std::get<NetlinkAttributes>(parsed))) {
                return error;
            }
        }
        return std::nullopt;
    }
};

} // namespace hopscope::lab
