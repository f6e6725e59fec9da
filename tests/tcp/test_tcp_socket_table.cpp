// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The kernel's table of TCP sockets over NETLINK_SOCK_DIAG, on loopback in the test's own
// namespace, and the parser on damaged answers.
#include "tcp/tcp_socket_table.h"

#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <cstring>
#include <gtest/gtest.h>
#include <limits>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <ostream>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hopscope::tcp {
// Failure messages name the state ("SYN-SENT") instead of its bytes.
inline void PrintTo(TcpState state, std::ostream* out) {
    *out << tcpStateName(state);
}
} // namespace hopscope::tcp

using namespace hopscope::tcp;

namespace {

// Closes on scope exit, so a failed assertion leaks nothing.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() { reset(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    void reset() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = -1;
    }

private:
    int m_fd;
};

std::uint16_t portOf(int fd) {
    sockaddr_in address{};
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    return ntohs(address.sin_port);
}

sockaddr_in loopback(std::uint16_t port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// Blocks until `fd` has read its peer's FIN (recv returns 0): the event, not a sleep.
bool waitForEnd(int fd) {
    pollfd ready{fd, POLLIN, 0};
    if (::poll(&ready, 1, 10000) != 1) {
        return false;
    }
    char byte = 0;
    return ::recv(fd, &byte, 1, 0) == 0;
}

std::vector<TcpSocketInfo> dumpOrFail(int fd) {
    auto result = TcpSocketTable::dump(fd);
    if (auto* error = std::get_if<std::string>(&result)) {
        ADD_FAILURE() << *error;
        return {};
    }
    return std::get<std::vector<TcpSocketInfo>>(result);
}

const TcpSocketInfo* find(const std::vector<TcpSocketInfo>& sockets, std::uint16_t localPort,
                          std::uint16_t remotePort, TcpState state) {
    for (const auto& s : sockets) {
        if (s.localPort == localPort && s.remotePort == remotePort && s.state == state) {
            return &s;
        }
    }
    return nullptr;
}

// One netlink message as the kernel lays it out.
std::vector<std::uint8_t> message(std::uint16_t type, std::uint32_t sequence, const void* payload,
                                  std::size_t size) {
    nlmsghdr header{};
    header.nlmsg_len = static_cast<std::uint32_t>(NLMSG_LENGTH(size));
    header.nlmsg_type = type;
    header.nlmsg_seq = sequence;
    std::vector<std::uint8_t> out(NLMSG_SPACE(size));
    std::memcpy(out.data(), &header, sizeof header);
    if (size > 0) {
        std::memcpy(out.data() + NLMSG_HDRLEN, payload, size);
    }
    return out;
}

std::vector<std::uint8_t> socketRecord(std::uint32_t sequence, std::uint8_t state) {
    inet_diag_msg record{};
    record.idiag_family = AF_INET;
    record.idiag_state = state;
    record.idiag_timer = 3;
    record.idiag_expires = 59000;
    record.id.idiag_sport = htons(40000);
    record.id.idiag_dport = htons(80);
    record.id.idiag_src[0] = htonl(0xc0a8010a); // 192.168.1.10
    record.id.idiag_dst[0] = htonl(0xc6336410); // 198.51.100.16
    record.idiag_inode = 1234;
    return message(SOCK_DIAG_BY_FAMILY, sequence, &record, sizeof record);
}

} // namespace

TEST(TcpSocketTable, SeesAListenerBothEndsOfAConnectionAndTimeWaitOnLoopback) {
    Fd diag(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
    ASSERT_GE(diag.get(), 0) << std::strerror(errno);
    Fd listener(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_in any = loopback(0);
    ASSERT_EQ(::bind(listener.get(), reinterpret_cast<const sockaddr*>(&any), sizeof any), 0);
    ASSERT_EQ(::listen(listener.get(), 4), 0);
    const std::uint16_t serverPort = portOf(listener.get());
    Fd client(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    const sockaddr_in to = loopback(serverPort);
    ASSERT_EQ(::connect(client.get(), reinterpret_cast<const sockaddr*>(&to), sizeof to), 0)
        << std::strerror(errno);
    const std::uint16_t clientPort = portOf(client.get());
    Fd accepted(::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
    ASSERT_GE(accepted.get(), 0);

    auto sockets = dumpOrFail(diag.get());
    const TcpSocketInfo* listening = find(sockets, serverPort, 0, TcpState::Listen);
    ASSERT_NE(listening, nullptr);
    EXPECT_EQ(listening->localText(), "127.0.0.1:" + std::to_string(serverPort));
    EXPECT_EQ(listening->kernelState, 10);
    EXPECT_NE(listening->inode, 0U);
    const TcpSocketInfo* clientSide = find(sockets, clientPort, serverPort, TcpState::Established);
    ASSERT_NE(clientSide, nullptr);
    EXPECT_EQ(clientSide->remoteText(), "127.0.0.1:" + std::to_string(serverPort));
    EXPECT_EQ(clientSide->localAddress, 0x7f000001U);
    EXPECT_NE(clientSide->inode, 0U);
    EXPECT_EQ(clientSide->uid, ::geteuid());
    EXPECT_NE(find(sockets, serverPort, clientPort, TcpState::Established), nullptr);

    // The client closes first; once it has read the server's FIN it is in TIME-WAIT.
    ASSERT_EQ(::shutdown(client.get(), SHUT_WR), 0);
    ASSERT_TRUE(waitForEnd(accepted.get()));
    accepted.reset();
    ASSERT_TRUE(waitForEnd(client.get()));
    client.reset();
    sockets = dumpOrFail(diag.get());
    const TcpSocketInfo* waiting = find(sockets, clientPort, serverPort, TcpState::TimeWait);
    ASSERT_NE(waiting, nullptr);
    EXPECT_EQ(waiting->kernelState, 6);
    EXPECT_EQ(waiting->timer, TcpSocketTimer::TimeWait);
    EXPECT_GT(waiting->timerExpiresMs, 0U);
    EXPECT_LE(waiting->timerExpiresMs, 60000U);
    EXPECT_EQ(waiting->inode, 0U) << "no file is left behind a TIME-WAIT socket";
    EXPECT_EQ(find(sockets, clientPort, serverPort, TcpState::Established), nullptr);
}

TEST(TcpSocketTable, ADescriptorThatIsNoSockDiagSocketIsASentence) {
    auto notSocket = TcpSocketTable::dump(-1);
    ASSERT_TRUE(std::holds_alternative<std::string>(notSocket));
    EXPECT_NE(std::get<std::string>(notSocket).find("not a socket"), std::string::npos);
    Fd tcp(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    auto wrong = TcpSocketTable::dump(tcp.get());
    ASSERT_TRUE(std::holds_alternative<std::string>(wrong));
    EXPECT_NE(std::get<std::string>(wrong).find("NETLINK_SOCK_DIAG"), std::string::npos);
}

TEST(TcpSocketTable, KernelStatesMapToRfcStates) {
    EXPECT_EQ(TcpSocketTable::stateFromKernel(1), TcpState::Established);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(2), TcpState::SynSent);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(3), TcpState::SynReceived);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(4), TcpState::FinWait1);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(5), TcpState::FinWait2);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(6), TcpState::TimeWait);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(7), TcpState::Closed);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(8), TcpState::CloseWait);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(9), TcpState::LastAck);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(10), TcpState::Listen);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(11), TcpState::Closing);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(12), TcpState::SynReceived); // TCP_NEW_SYN_RECV
    EXPECT_EQ(TcpSocketTable::stateFromKernel(13), TcpState::Closed);      // TCP_BOUND_INACTIVE
    EXPECT_EQ(TcpSocketTable::stateFromKernel(0), std::nullopt);
    EXPECT_EQ(TcpSocketTable::stateFromKernel(99), std::nullopt);
}

TEST(TcpSocketTable, ParsesRecordsAndTheEndOfTheDump) {
    std::vector<TcpSocketInfo> sockets;
    auto datagram = socketRecord(7, 6);
    const auto other = socketRecord(6, 1); // an earlier request's: skipped
    datagram.insert(datagram.end(), other.begin(), other.end());
    auto part = TcpSocketTable::parseReply(datagram, 7, sockets);
    EXPECT_FALSE(part.done);
    EXPECT_TRUE(part.error.empty()) << part.error;
    ASSERT_EQ(sockets.size(), 1U);
    EXPECT_EQ(sockets[0].state, TcpState::TimeWait);
    EXPECT_EQ(sockets[0].localText(), "192.168.1.10:40000");
    EXPECT_EQ(sockets[0].remoteText(), "198.51.100.16:80");
    EXPECT_EQ(sockets[0].timer, TcpSocketTimer::TimeWait);
    EXPECT_EQ(sockets[0].timerExpiresMs, 59000U);
    EXPECT_EQ(sockets[0].inode, 1234U);
    const int ok = 0;
    part = TcpSocketTable::parseReply(message(NLMSG_DONE, 7, &ok, sizeof ok), 7, sockets);
    EXPECT_TRUE(part.done);
    EXPECT_TRUE(part.error.empty());
}

TEST(TcpSocketTable, DamagedAnswersAreSentencesNotCrashes) {
    std::vector<TcpSocketInfo> sockets;
    // Nothing, or less than a header: nothing to say yet.
    EXPECT_TRUE(TcpSocketTable::parseReply({}, 1, sockets).error.empty());
    const std::vector<std::uint8_t> crumbs(7, 0xff);
    EXPECT_TRUE(TcpSocketTable::parseReply(crumbs, 1, sockets).error.empty());
    // A length past the datagram's end.
    auto longer = socketRecord(1, 1);
    longer.resize(longer.size() - 8);
    auto part = TcpSocketTable::parseReply(longer, 1, sockets);
    EXPECT_NE(part.error.find("bytes long, but"), std::string::npos) << part.error;
    // A length shorter than the header itself.
    auto tiny = socketRecord(1, 1);
    tiny[0] = 4;
    tiny[1] = tiny[2] = tiny[3] = 0;
    part = TcpSocketTable::parseReply(tiny, 1, sockets);
    EXPECT_FALSE(part.error.empty());
    // A record too short for inet_diag_msg.
    const std::array<std::uint8_t, 10> tooShort{};
    part = TcpSocketTable::parseReply(
        message(SOCK_DIAG_BY_FAMILY, 1, tooShort.data(), tooShort.size()), 1, sockets);
    EXPECT_NE(part.error.find("shorter than"), std::string::npos) << part.error;
    // The kernel's refusal, and an error message too short to hold its code.
    nlmsgerr refusal{};
    refusal.error = -EINVAL;
    part =
        TcpSocketTable::parseReply(message(NLMSG_ERROR, 1, &refusal, sizeof refusal), 1, sockets);
    EXPECT_NE(part.error.find(std::strerror(EINVAL)), std::string::npos) << part.error;
    part = TcpSocketTable::parseReply(message(NLMSG_ERROR, 1, tooShort.data(), 2), 1, sockets);
    EXPECT_NE(part.error.find("too short"), std::string::npos) << part.error;
    // A damaged code whose negation does not fit an int (found by fuzz_sock_diag): a number.
    refusal.error = std::numeric_limits<int>::min();
    part =
        TcpSocketTable::parseReply(message(NLMSG_ERROR, 1, &refusal, sizeof refusal), 1, sockets);
    EXPECT_EQ(part.error, "the kernel refused the sock_diag request: error code -2147483648");
    const int damaged = std::numeric_limits<int>::min();
    part = TcpSocketTable::parseReply(message(NLMSG_DONE, 1, &damaged, sizeof damaged), 1, sockets);
    EXPECT_EQ(part.error, "the kernel's socket dump failed: error code -2147483648");
    // A failed dump's end.
    const int failed = -ENOMEM;
    part = TcpSocketTable::parseReply(message(NLMSG_DONE, 1, &failed, sizeof failed), 1, sockets);
    EXPECT_TRUE(part.done);
    EXPECT_FALSE(part.error.empty());
    EXPECT_TRUE(sockets.empty());
    // Every cut of a good datagram either parses or says why, never reads past the end.
    auto good = socketRecord(1, 1);
    for (std::size_t cut = 0; cut <= good.size(); ++cut) {
        std::vector<TcpSocketInfo> some;
        (void)TcpSocketTable::parseReply(std::span(good.data(), cut), 1, some);
    }
}
