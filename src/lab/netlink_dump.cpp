// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "netlink_dump.h"

#include "netlink_attributes.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <limits>
#include <linux/netlink.h>
#include <poll.h>
#include <sys/socket.h>

namespace hopscope::lab {

namespace {

std::atomic<std::uint32_t> g_sequence{1};

// What the kernel's error `code` (a negative errno) means. A damaged message may carry
// INT_MIN, whose negation does not fit an int: that one is named by its number.
std::string kernelErrorText(int code) {
    const long long magnitude = code < 0 ? -static_cast<long long>(code) : code;
    if (magnitude > std::numeric_limits<int>::max()) {
        return "error code " + std::to_string(code);
    }
    return std::strerror(static_cast<int>(magnitude));
}

std::string errnoText(std::string what) {
    return what + ": " + std::strerror(errno);
}

std::string protocolName(int protocol) {
    switch (protocol) {
    case NETLINK_ROUTE:
        return "NETLINK_ROUTE";
    case NETLINK_NETFILTER:
        return "NETLINK_NETFILTER";
    case NETLINK_SOCK_DIAG:
        return "NETLINK_SOCK_DIAG";
    default:
        return "netlink protocol " + std::to_string(protocol);
    }
}

std::optional<std::string> checkSocket(int fd, int wanted) {
    int domain = 0;
    int protocol = 0;
    socklen_t length = sizeof domain;
    if (::getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &length) != 0) {
        return "descriptor " + std::to_string(fd) + " is not a socket (" + std::strerror(errno) +
               ")";
    }
    length = sizeof protocol;
    if (::getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &protocol, &length) != 0 ||
        domain != AF_NETLINK || protocol != wanted) {
        return "descriptor " + std::to_string(fd) + " is not a socket(AF_NETLINK, SOCK_RAW, " +
               protocolName(wanted) + ")";
    }
    return std::nullopt;
}

// The kernel's own words after an error code, when it sent them (NETLINK_EXT_ACK:
// NLMSGERR_ATTR_MSG among the attributes after the echoed request).
std::string extendedAckText(const nlmsghdr& header, std::span<const std::uint8_t> payload) {
    if ((header.nlmsg_flags & NLM_F_ACK_TLVS) == 0 || payload.size() < sizeof(nlmsgerr)) {
        return {};
    }
    nlmsgerr error{};
    std::memcpy(&error, payload.data(), sizeof error);
    std::size_t offset = sizeof error;
    if ((header.nlmsg_flags & NLM_F_CAPPED) == 0) {
        // The whole request is echoed; its header says how long it was.
        if (error.msg.nlmsg_len < sizeof(nlmsghdr)) {
            return {};
        }
        offset = sizeof(int) + NLMSG_ALIGN(error.msg.nlmsg_len);
    }
    if (offset > payload.size()) {
        return {};
    }
    const auto attributes = NetlinkAttributes::parse(payload.subspan(offset), "the error's notes");
    if (const auto* parsed = std::get_if<NetlinkAttributes>(&attributes)) {
        if (auto text = parsed->string(NLMSGERR_ATTR_MSG); text && !text->empty()) {
            return " (" + *text + ")";
        }
    }
    return {};
}

} // namespace

NetlinkDump::Part NetlinkDump::parseDatagram(std::span<const std::uint8_t> datagram,
                                             std::uint32_t sequence, std::string_view what,
                                             std::vector<NetlinkMessage>& messages) {
    Part part;
    std::size_t offset = 0;
    // Netlink messages follow each other, each aligned to 4 bytes (NLMSG_ALIGN); memcpy
    // because a datagram's bytes need not be aligned for the structs.
    while (offset < datagram.size()) {
        const std::size_t left = datagram.size() - offset;
        nlmsghdr header{};
        if (left < sizeof header) {
            part.error = "the kernel's answer for " + std::string(what) + " ends in " +
                         std::to_string(left) + " bytes too short for a message header";
            return part;
        }
        std::memcpy(&header, datagram.data() + offset, sizeof header);
        if (header.nlmsg_len < sizeof header || header.nlmsg_len > left) {
            part.error = "a netlink message at byte " + std::to_string(offset) + " of " +
                         std::string(what) + " says it is " + std::to_string(header.nlmsg_len) +
                         " bytes long, but " + std::to_string(left) +
                         " bytes are left in the datagram";
            return part;
        }
        const auto payload =
            datagram.subspan(offset + sizeof header, header.nlmsg_len - sizeof header);
        offset += std::min<std::size_t>(NLMSG_ALIGN(header.nlmsg_len), left);
        if (header.nlmsg_seq != sequence) {
            continue; // the late answer of an earlier request on the same socket
        }
        if (header.nlmsg_type == NLMSG_DONE) {
            // A dump's end carries the dump's own error code (0 when it went well).
            int code = 0;
            if (payload.size() >= sizeof code) {
                std::memcpy(&code, payload.data(), sizeof code);
            }
            if (code < 0) {
                part.error = "the kernel's dump of " + std::string(what) +
                             " failed: " + kernelErrorText(code);
            }
            part.done = true;
            return part;
        }
        if (header.nlmsg_type == NLMSG_ERROR) {
            int code = 0;
            if (payload.size() < sizeof code) {
                part.error = "the kernel's error message about " + std::string(what) + " is " +
                             std::to_string(payload.size()) +
                             " bytes long, too short for its error code";
                return part;
            }
            std::memcpy(&code, payload.data(), sizeof code);
            if (code == 0) {
                continue; // an acknowledgement
            }
            part.error = "the kernel refused to dump " + std::string(what) + ": " +
                         kernelErrorText(code) + extendedAckText(header, payload);
            return part;
        }
        if (header.nlmsg_type < NLMSG_MIN_TYPE) {
            continue; // NLMSG_NOOP, NLMSG_OVERRUN
        }
        messages.push_back({header.nlmsg_type, header.nlmsg_flags,
                            std::vector<std::uint8_t>(payload.begin(), payload.end())});
    }
    return part;
}

std::variant<std::vector<NetlinkMessage>, std::string>
NetlinkDump::run(int netlinkFd, const Request& request, std::chrono::milliseconds bound) {
    if (auto problem = checkSocket(netlinkFd, request.protocol)) {
        return *problem;
    }
    // Ask for the kernel's reasons with its errors; an old kernel without them is fine.
    const int one = 1;
    ::setsockopt(netlinkFd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof one);

    const std::uint32_t sequence = g_sequence.fetch_add(1);
    std::vector<std::uint8_t> message(NLMSG_HDRLEN + request.body.size());
    nlmsghdr header{};
    header.nlmsg_len = static_cast<std::uint32_t>(message.size());
    header.nlmsg_type = request.type;
    header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    header.nlmsg_seq = sequence;
    std::memcpy(message.data(), &header, sizeof header);
    std::memcpy(message.data() + NLMSG_HDRLEN, request.body.data(), request.body.size());
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    ssize_t sent = 0;
    do {
        sent = ::sendto(netlinkFd, message.data(), message.size(), 0,
                        reinterpret_cast<const sockaddr*>(&kernel), sizeof kernel);
    } while (sent < 0 && errno == EINTR);
    if (sent != static_cast<ssize_t>(message.size())) {
        return sent < 0 ? errnoText("sending the request for " + request.what + " failed")
                        : "the request for " + request.what + " went out short";
    }

    std::vector<NetlinkMessage> messages;
    std::vector<std::uint8_t> buffer;
    const auto deadline = std::chrono::steady_clock::now() + bound;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        pollfd ready{netlinkFd, POLLIN, 0};
        const int polled =
            ::poll(&ready, 1, static_cast<int>(std::max<long long>(left.count(), 0)));
        if (polled < 0 && errno == EINTR) {
            continue;
        }
        if (polled < 0) {
            return errnoText("waiting for the kernel's answer about " + request.what + " failed");
        }
        if (polled == 0) {
            return "the kernel did not finish its dump of " + request.what + " within " +
                   std::to_string(bound.count()) + " ms";
        }
        // MSG_PEEK | MSG_TRUNC tells the datagram's whole length, so none is cut short.
        const ssize_t length = ::recv(netlinkFd, nullptr, 0, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
        if (length < 0 && (errno == EINTR || errno == EAGAIN)) {
            continue;
        }
        if (length < 0) {
            return errnoText("reading the kernel's answer about " + request.what + " failed");
        }
        buffer.resize(static_cast<std::size_t>(length));
        const ssize_t got = ::recv(netlinkFd, buffer.data(), buffer.size(), MSG_DONTWAIT);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) {
            continue;
        }
        if (got < 0) {
            return errnoText("reading the kernel's answer about " + request.what + " failed");
        }
        const Part part = parseDatagram(
            std::span<const std::uint8_t>(buffer.data(), static_cast<std::size_t>(got)), sequence,
            request.what, messages);
        if (!part.error.empty()) {
            return part.error;
        }
        if (part.done) {
            return messages;
        }
    }
}

} // namespace hopscope::lab
