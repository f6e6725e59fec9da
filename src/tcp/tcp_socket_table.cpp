// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_socket_table.h"

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <limits>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

namespace hopscope::tcp {

namespace {

// The kernel's TCP state numbers (include/net/tcp_states.h); glibc's <netinet/tcp.h> stops
// before TCP_NEW_SYN_RECV.
enum KernelTcpState : std::uint8_t {
    kEstablished = 1,
    kSynSent = 2,
    kSynRecv = 3,
    kFinWait1 = 4,
    kFinWait2 = 5,
    kTimeWait = 6,
    kClose = 7,
    kCloseWait = 8,
    kLastAck = 9,
    kListen = 10,
    kClosing = 11,
    kNewSynRecv = 12,    // a request socket: the SYN-ACK is out, the listener keeps LISTEN
    kBoundInactive = 13, // bound, neither listening nor connected (Linux 6.8)
};

// What the kernel's error `code` (a negative errno) means. A damaged message may carry
// INT_MIN, whose negation does not fit an int: that one is named by its number.
std::string kernelErrorText(int code) {
    const long long magnitude = code < 0 ? -static_cast<long long>(code) : code;
    if (magnitude > std::numeric_limits<int>::max()) {
        return "error code " + std::to_string(code);
    }
    return std::strerror(static_cast<int>(magnitude));
}

// The kernel answers at once; this only bounds a wait on a socket that will never answer.
constexpr int kAnswerTimeoutMs = 5000;

std::atomic<std::uint32_t> g_sequence{1};

std::string endpointText(std::uint32_t address, std::uint16_t port) {
    return std::to_string(address >> 24) + '.' + std::to_string((address >> 16) & 0xff) + '.' +
           std::to_string((address >> 8) & 0xff) + '.' + std::to_string(address & 0xff) + ':' +
           std::to_string(port);
}

std::string errnoText(const char* what) {
    return std::string(what) + ": " + std::strerror(errno);
}

std::optional<std::string> checkSocket(int fd) {
    int domain = 0;
    int protocol = 0;
    socklen_t length = sizeof domain;
    if (::getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &length) != 0) {
        return "descriptor " + std::to_string(fd) + " is not a socket (" + std::strerror(errno) +
               ")";
    }
    length = sizeof protocol;
    if (::getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &protocol, &length) != 0 ||
        domain != AF_NETLINK || protocol != NETLINK_SOCK_DIAG) {
        return "descriptor " + std::to_string(fd) +
               " is not a socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG)";
    }
    return std::nullopt;
}

} // namespace

std::string TcpSocketInfo::localText() const {
    return endpointText(localAddress, localPort);
}

std::string TcpSocketInfo::remoteText() const {
    return endpointText(remoteAddress, remotePort);
}

std::optional<TcpState> TcpSocketTable::stateFromKernel(std::uint8_t kernelState) {
    switch (kernelState) {
    case kEstablished:
        return TcpState::Established;
    case kSynSent:
        return TcpState::SynSent;
    case kSynRecv:
    case kNewSynRecv:
        return TcpState::SynReceived;
    case kFinWait1:
        return TcpState::FinWait1;
    case kFinWait2:
        return TcpState::FinWait2;
    case kTimeWait:
        return TcpState::TimeWait;
    case kClose:
    case kBoundInactive:
        return TcpState::Closed;
    case kCloseWait:
        return TcpState::CloseWait;
    case kLastAck:
        return TcpState::LastAck;
    case kListen:
        return TcpState::Listen;
    case kClosing:
        return TcpState::Closing;
    default:
        return std::nullopt;
    }
}

TcpSocketTable::ReplyPart TcpSocketTable::parseReply(std::span<const std::uint8_t> datagram,
                                                     std::uint32_t sequence,
                                                     std::vector<TcpSocketInfo>& sockets) {
    ReplyPart part;
    std::size_t offset = 0;
    // Netlink messages follow each other, each aligned to 4 bytes (NLMSG_ALIGN); memcpy
    // because a datagram's bytes need not be aligned for the structs.
    while (datagram.size() - offset >= sizeof(nlmsghdr)) {
        nlmsghdr header{};
        std::memcpy(&header, datagram.data() + offset, sizeof header);
        const std::size_t left = datagram.size() - offset;
        if (header.nlmsg_len < sizeof header || header.nlmsg_len > left) {
            part.error = "a netlink message at byte " + std::to_string(offset) + " says it is " +
                         std::to_string(header.nlmsg_len) + " bytes long, but " +
                         std::to_string(left) + " bytes are left in the datagram";
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
                part.error =
                    std::string("the kernel's socket dump failed: ") + kernelErrorText(code);
            }
            part.done = true;
            return part;
        }
        if (header.nlmsg_type == NLMSG_ERROR) {
            int code = 0;
            if (payload.size() < sizeof code) {
                part.error = "the kernel's error message is " + std::to_string(payload.size()) +
                             " bytes long, too short for its error code";
                return part;
            }
            std::memcpy(&code, payload.data(), sizeof code);
            if (code == 0) {
                continue; // an acknowledgement
            }
            part.error =
                std::string("the kernel refused the sock_diag request: ") + kernelErrorText(code);
            return part;
        }
        if (header.nlmsg_type != SOCK_DIAG_BY_FAMILY) {
            continue; // NLMSG_NOOP and the like
        }
        inet_diag_msg record{};
        if (payload.size() < sizeof record) {
            part.error = "a socket record is " + std::to_string(payload.size()) +
                         " bytes long, shorter than the " + std::to_string(sizeof record) +
                         " bytes of inet_diag_msg";
            return part;
        }
        std::memcpy(&record, payload.data(), sizeof record);
        if (record.idiag_family != AF_INET) {
            continue;
        }
        TcpSocketInfo info;
        // Ports and addresses are in network byte order (__be16, __be32), the rest native.
        info.localAddress = ntohl(record.id.idiag_src[0]);
        info.localPort = ntohs(record.id.idiag_sport);
        info.remoteAddress = ntohl(record.id.idiag_dst[0]);
        info.remotePort = ntohs(record.id.idiag_dport);
        info.kernelState = record.idiag_state;
        info.state = stateFromKernel(record.idiag_state);
        info.timer = static_cast<TcpSocketTimer>(record.idiag_timer);
        info.timerExpiresMs = record.idiag_expires;
        info.retransmits = record.idiag_retrans;
        info.receiveQueue = record.idiag_rqueue;
        info.sendQueue = record.idiag_wqueue;
        info.uid = record.idiag_uid;
        info.inode = record.idiag_inode;
        sockets.push_back(info);
    }
    return part;
}

std::variant<std::vector<TcpSocketInfo>, std::string> TcpSocketTable::dump(int netlinkFd) {
    if (auto problem = checkSocket(netlinkFd)) {
        return *problem;
    }
    struct {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message{};
    const std::uint32_t sequence = g_sequence.fetch_add(1);
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = sequence;
    message.request.sdiag_family = AF_INET;
    message.request.sdiag_protocol = IPPROTO_TCP;
    message.request.idiag_states = ~0U; // one bit per kernel state: every one
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    ssize_t sent = 0;
    do {
        sent = ::sendto(netlinkFd, &message, sizeof message, 0,
                        reinterpret_cast<const sockaddr*>(&kernel), sizeof kernel);
    } while (sent < 0 && errno == EINTR);
    if (sent != static_cast<ssize_t>(sizeof message)) {
        return sent < 0 ? errnoText("sending the sock_diag request failed")
                        : std::string("the sock_diag request went out short");
    }

    std::vector<TcpSocketInfo> sockets;
    std::vector<std::uint8_t> buffer;
    for (;;) {
        pollfd ready{netlinkFd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, kAnswerTimeoutMs);
        if (polled < 0 && errno == EINTR) {
            continue;
        }
        if (polled < 0) {
            return errnoText("waiting for the kernel's socket dump failed");
        }
        if (polled == 0) {
            return "the kernel did not finish its socket dump within " +
                   std::to_string(kAnswerTimeoutMs / 1000) + " s";
        }
        // MSG_PEEK | MSG_TRUNC tells the datagram's whole length, so none is cut short.
        const ssize_t length = ::recv(netlinkFd, nullptr, 0, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
        if (length < 0 && (errno == EINTR || errno == EAGAIN)) {
            continue;
        }
        if (length < 0) {
            return errnoText("reading the kernel's socket dump failed");
        }
        buffer.resize(static_cast<std::size_t>(length));
        const ssize_t got = ::recv(netlinkFd, buffer.data(), buffer.size(), MSG_DONTWAIT);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) {
            continue;
        }
        if (got < 0) {
            return errnoText("reading the kernel's socket dump failed");
        }
        const ReplyPart part =
            parseReply(std::span<const std::uint8_t>(buffer.data(), static_cast<std::size_t>(got)),
                       sequence, sockets);
        if (!part.error.empty()) {
            return part.error;
        }
        if (part.done) {
            return sockets;
        }
    }
}

} // namespace hopscope::tcp
